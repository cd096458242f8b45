"""Containment, longest copied run, verdicts and directions of document pairs."""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import astuple, fields, replace
from datetime import date, timedelta

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

import compare.overlap
from compare.align import align_pair
from compare.figures import gives_numbers_otherwise
from compare.overlap import (
    LongSides,
    ShownShares,
    Side,
    _in_names,
    _rounded_on_its_side,
    _verdict,
    backdating_outlets,
    compare_pair,
    dated_order,
    lifts_no_passage,
    names_of_stories,
    reports_one_event_alone,
    shared_phrases,
    stock_phrases,
    story_names,
    text_overlap,
)
from compare.pipeline import compare_documents
from compare.read import find_credits, read_paths
from compare.records import (
    DateSetAside,
    DirectionBasis,
    Document,
    FilledFor,
    FilledTemplate,
    FramingKind,
    HeadlineReuse,
    Match,
    MatchKind,
    PairComparison,
    Relation,
    Result,
    RunPlace,
    Story,
    Verdict,
)
from compare.report.outlet_framing import outlet_framing
from compare.segment import outside_quotations, segment, sentence_quotations, words
from compare.settings import Settings
from tests.helpers import (
    BOND_REWRITE,
    BOND_SCOOP,
    COURT_BRIEF,
    FIXTURES,
    FOOTBRIDGE_HEADLINE,
    INJURY_BRIEF,
    INJURY_REWRITE,
    MARKET_WRAP,
    MONDAYS_WRAP,
    MONDAYS_WRAP_REVISED,
    RIVAL_COURT_BRIEF,
    SHAZORBU,
    STOCK_CLOSED_BRIEFS,
    TUESDAYS_WRAP,
    VINSELIAN,
    backdating_run,
    break_in_briefs,
    document,
    exclusive_quoted,
    footbridge_pasted,
    forest_fire_lifted,
    job_cut_briefs,
    link_road_reports,
    live_entry,
    results_briefs,
)

WIRE = [
    "Kremlin spokesman Dmitry Peskov has accused NATO of being a direct participant in the Ukraine conflict.",
    "Speaking on Monday, Peskov stated that Western support for Ukraine has placed NATO in a state of open confrontation with Russia.",
    "The remarks came after Polish Foreign Minister Radoslaw Sikorski raised concerns about potential security guarantees for Ukraine.",
    "Sikorski highlighted the reluctance of Western nations to risk direct clashes with Moscow.",
    "Peskov dismissed these hesitations, arguing that NATO's actions already constitute warfare.",
    "Moscow has rejected these claims as baseless, accusing Western powers of inflating threats.",
]
OTHER = [
    "The Riverside city council on Tuesday approved a 48 million euro budget for a new tram line.",
    "Mayor Helena Varga said construction would begin in the spring.",
    "Opposition councillors argued the plan underestimated costs and called for an independent audit.",
    "The tram line is expected to carry about 20,000 passengers a day.",
]


def only_pair(*documents: Document) -> PairComparison:
    result = compare_documents(list(documents), single_story=True)
    (pair,) = result.pairs
    return pair


def test_identical_articles_are_a_copy_with_full_containment() -> None:
    """A republished wire story is a copy; the later publication reuses the earlier one."""
    pair = only_pair(
        document("\n".join(WIRE), "paper", "Daily", published="2025-01-14"),
        document("\n".join(WIRE), "wire", "Wire", published="2025-01-13"),
    )
    assert pair.verdict is Verdict.COPY
    assert (pair.a_in_b, pair.b_in_a) == (1.0, 1.0)
    assert pair.direction == "b->a"
    assert pair.longest_run_words == sum(len(line.split()) for line in WIRE)


# A bulletin's wire copy, mixed case; closed captions set it in capitals.
BULLETIN = [
    "Storm Eleanor cut power to about 180,000 homes on Sunday, Harbor Electric said.",
    "Governor Dana Whitfield declared a state of emergency for six counties.",
    "The National Weather Service said rainfall could reach 12 inches in the hills.",
    "Schools in Port Halden will be closed on Monday, the state education department said.",
]


def test_a_very_long_documents_side_is_read_once_and_numbered_as_each_vocabulary_would(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A live blog measured against briefs of several stories, each pair a story of its own with
    a vocabulary of its own, is read once: its phrases take the numbers that reading it again
    after each brief's side would give them."""
    monkeypatch.setattr("compare.records.VERY_LONG_WORDS", 40)
    blog = document(
        "08:00 A yellow weather warning for ice is in place for the Harwood area from Thursday. "
        "The warning runs until 9am the following day.\n\n"
        "09:00 Councillors in Ashby Vale have voted 14 to 3 to approve changes to parking "
        "charges. The full report is available on the council's website.\n\n"
        "10:00 A yellow weather warning for snow is in place for the Marsh End area from Sunday. "
        "The warning runs until 9am the following day.",
        "live",
        "Vale Courier",
    )
    briefs = [
        document(
            f"A yellow weather warning for {kind} is in place for the {town} area from Friday.\n"
            "The warning runs until 9am the following day.",
            town,
            f"{town} Herald",
        )
        for town, kind in (("Harwood", "ice"), ("Marsh End", "snow"))
    ]
    expected = []
    for brief in briefs:
        vocabulary: dict[tuple[str, ...], int] = {}
        Side.of(brief, segment(brief), frozenset(), vocabulary)
        expected.append((Side.of(blog, segment(blog), frozenset(), vocabulary), vocabulary))
    read: list[tuple[str, object]] = []
    long_sides = LongSides()
    for brief, (side, its_vocabulary) in zip(briefs, expected, strict=True):
        vocabulary = {}
        Side.of(brief, segment(brief), frozenset(), vocabulary)
        numbered = long_side_read(long_sides, blog, vocabulary, (), read, monkeypatch)
        assert np.array_equal(numbered.phrases, side.phrases)
        assert list(vocabulary.items()) == list(its_vocabulary.items())
    assert [doc for doc, _ in read] == ["live"]


def long_side_read(
    long_sides: LongSides,
    document: Document,
    vocabulary: dict[tuple[str, ...], int],
    names: tuple[str, ...],
    read: list[tuple[str, object]],
    monkeypatch: pytest.MonkeyPatch,
) -> Side:
    """``long_sides``' side of ``document``, boilerplate, namesakes and stock phrases aside,
    each reading of a side listed in ``read`` by its document and the names it was read with."""
    read_side = Side.of

    def counted(document: Document, *args: object, **kwargs: object) -> Side:
        read.append((document.id, args[3]))
        return read_side(document, *args, **kwargs)  # type: ignore[arg-type]

    with monkeypatch.context() as patched:
        patched.setattr(Side, "of", counted)
        return long_sides.of(
            document,
            segment(document),
            frozenset(),
            vocabulary,
            names,
            frozenset(),
            frozenset(),
            scanned=False,
        )


def test_a_very_long_document_headed_in_capitals_is_read_again_only_for_names_it_spells(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Council minutes headed in capitals, measured against reports of stories whose names
    differ only where the heading spells none of them, are read once, as each story's names
    would read them; a story whose names respell the heading reads them again."""
    monkeypatch.setattr("compare.records.VERY_LONG_WORDS", 40)
    minutes = document(
        "HARWICK BOROUGH COUNCIL CABINET MINUTES.\n\n"
        "Minute 1. The cabinet considered the street lighting budget of £164,000. Cllr Khan "
        "moved the recommendation, seconded by Cllr Ellis.\n\n"
        "Minute 2. The cabinet agreed that the Old Tannery Yard be sold to Castlegate Homes for "
        "£1.2 million. Cllr Holloway declared an interest.",
        "minutes",
        "Harwick Borough Council",
    )
    names_of_stories = (
        ("Harwick Borough Council", "Old Tannery Yard"),
        ("Castlegate Homes", "Harwick Borough Council"),
        ("Cabinet", "Harwick Borough Council"),
    )
    read: list[tuple[str, object]] = []
    long_sides = LongSides()
    for names in names_of_stories:
        side = long_side_read(long_sides, minutes, {}, names, read, monkeypatch)
        expected = Side.of(minutes, segment(minutes), frozenset(), {}, names)
        assert np.array_equal(side.phrases, expected.phrases)
        assert np.array_equal(side.phrase_starts, expected.phrase_starts)
    assert [names for _, names in read] == [names_of_stories[0], names_of_stories[2]]


def test_a_document_in_several_stories_has_its_names_read_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Minutes headed in capitals, in their own story and in a story of each pair they make
    across stories, have the names they write read once, and each story reads with the names
    all its texts write, as it would alone."""
    minutes = document(
        "HARWICK BOROUGH COUNCIL CABINET MINUTES.\n\nThe cabinet agreed that the Old Tannery "
        "Yard be sold to Castlegate Homes for £1.2 million.",
        "minutes",
        "Harwick Borough Council",
    )
    courier = document(
        "Harwick Borough Council sold the Old Tannery Yard to Castlegate Homes, Cllr Derek "
        "Holloway confirmed.",
        "courier",
        "Harwick Courier",
    )
    echo = document("The Valley Echo asked Castlegate Homes for comment.", "echo", "Valley Echo")
    sentences = {d.id: segment(d) for d in (minutes, courier, echo)}
    stories = [
        Story("story-001", "t", ("courier", "echo")),
        Story("story-002", "t", ("minutes",)),
        Story("story-003", "t", ("courier", "minutes")),
        Story("story-004", "t", ("minutes", "echo")),
    ]
    expected = {
        story.id: story_names(s for d in story.documents for s in sentences[d]) for story in stories
    }
    read: list[str] = []
    names_in_mixed_case = compare.overlap._names_in_mixed_case

    def counted(texts: Iterable[str]) -> tuple[str, ...]:
        written = list(texts)
        read.append(written[0])
        return names_in_mixed_case(written)

    monkeypatch.setattr(compare.overlap, "_names_in_mixed_case", counted)
    assert names_of_stories(stories, sentences) == expected
    assert expected["story-001"] == ()
    assert expected["story-003"] == (
        "Harwick Borough Council",
        "Old Tannery Yard",
        "Castlegate Homes",
        "Cllr Derek Holloway",
    )
    assert sorted(read) == sorted(s[0].text for s in sentences.values())


def test_a_copy_set_in_capitals_shares_the_phrasing_of_one_in_mixed_case() -> None:
    """Closed captions set the wire's words in capitals, where a capital tells no name: read
    with the names its story writes in mixed case, a copy in capitals shares the phrasing a copy
    in mixed case does, not the few phrases without a capitalised word."""
    wire = document("\n".join(BULLETIN), "wire", published="2025-09-14")
    mixed = only_pair(wire, document("\n".join(BULLETIN), "web", published="2025-09-15"))
    caps = only_pair(wire, document("\n".join(BULLETIN).upper(), "tv", published="2025-09-15"))
    assert caps.a_phrases_in_b == caps.b_phrases_in_a == mixed.a_phrases_in_b > 0.75


def test_two_copies_set_in_capitals_share_phrasing_without_names() -> None:
    """Where no text of the story is in mixed case, no word of a sentence in capitals is taken
    for a name, and the phrases of two caption files count as any others."""
    captions = "\n".join(BULLETIN).upper()
    pair = only_pair(document(captions, "tv"), document(captions, "radio"))
    assert pair.a_phrases_in_b > 0.9


def test_the_longest_copied_run_counts_words_not_dashes() -> None:
    """A dash between spaces is no word: a copy of a 21-word article has a run of 21 words."""
    text = (
        "A storm hit the coast on Monday \u2014 leaving 5,000 homes without power, the utility "
        "said. Crews worked overnight to restore service."
    )
    pair = only_pair(document(text, "a"), document(text, "b"))
    assert pair.longest_run_words == len(words(text)) == 21


def test_a_light_rewrite_of_most_sentences_is_derived() -> None:
    """Copy-edited sentences make an article derived, not a verbatim copy."""
    edited = [line.replace("has", "had").replace("Peskov", "Dmitry Peskov") for line in WIRE]
    pair = only_pair(document("\n".join(WIRE), "wire"), document("\n".join(edited), "paper"))
    assert pair.verdict is Verdict.DERIVED
    assert pair.a_in_b > 0.9


def test_one_copied_paragraph_in_an_own_story_is_partial() -> None:
    """An article that lifts two sentences of the wire into its own reporting reuses part of it."""
    own = OTHER + WIRE[:2]
    pair = only_pair(
        document("\n".join(WIRE), "wire", published="2025-01-13"),
        document("\n".join(own), "paper", published="2025-01-14"),
    )
    assert pair.verdict is Verdict.PARTIAL
    assert pair.direction == "a->b"
    assert 0.1 < pair.b_in_a < 0.5
    # Its shared phrasing would make it derived, but it sits in a third of its sentences.
    assert pair.b_phrases_in_a > 0.33 and pair.b_phrases_in_a_spread < 0.67


def test_a_rewrite_run_into_one_long_sentence_is_derived_by_its_phrasing() -> None:
    """A newspaper that runs the wire's sentences together, trimming a few words, aligns no
    sentence, yet most of its words sit in phrases of the wire: derived, wire first.
    """
    run_on = ", while ".join(line.rstrip(".").replace("Speaking on Monday, ", "") for line in WIRE)
    pair = only_pair(
        document("\n".join(WIRE), "wire", published="2025-01-13"),
        document(run_on + ".", "paper", published="2025-01-14"),
    )
    assert not [m for m in pair.matches if m.kind.is_reuse]
    assert pair.b_phrases_in_a > 0.9
    assert pair.verdict is Verdict.DERIVED
    assert pair.direction == "a->b"


def test_a_rewrite_keeping_a_third_of_the_phrasing_throughout_is_derived() -> None:
    """Every sentence reworded, none aligned as edited, yet each keeps phrases of the wire:
    written from it, so derived; a rewrite keeps a third to a half of its source's phrasing.
    """
    rewrite = [
        "On Monday the Kremlin accused NATO of being a direct participant in the war, a charge it has made before.",
        "Western support for Ukraine, Dmitry Peskov told journalists, amounts to open confrontation with Russia.",
        "He was answering Polish Foreign Minister Radoslaw Sikorski, who had asked about security guarantees for Kyiv.",
        "According to Sikorski, Western nations are reluctant to risk direct clashes with Moscow.",
        "For Peskov, what NATO is doing already constitutes warfare.",
    ]  # fmt: skip
    pair = only_pair(
        document("\n".join(WIRE), "wire", published="2025-01-13"),
        document("\n".join(rewrite), "paper", published="2025-01-14"),
    )
    assert not [m for m in pair.matches if m.kind.is_reuse]
    assert 0.33 < pair.b_phrases_in_a < 0.5
    assert pair.b_phrases_in_a_spread > 0.67
    assert pair.verdict is Verdict.DERIVED


def test_a_rewrite_that_retells_a_scoop_with_all_its_quotations_is_derived() -> None:
    """A competitor that retells a scoop sentence by sentence in its own words, paragraphs moved
    about, keeping every one of its quotations, made its article from it: derived, though it
    shares too little wording for containment or phrasing to say so (acceptance round 32, c3)."""
    pair = only_pair(
        document(" ".join(BOND_SCOOP), "sentinel", published="2025-05-06"),
        document(" ".join(BOND_REWRITE), "courier", published="2025-05-07"),
    )
    assert pair.b_in_a < 0.5 and pair.b_phrases_in_a < 0.33
    assert pair.verdict is Verdict.DERIVED
    assert pair.direction == "a->b"
    assert pair.retold is not None
    assert (pair.retold.doc, pair.retold.quotations) == ("courier", 3)
    assert pair.retold.share > 0.6 and pair.retold.of_the_other > 0.5


def test_a_rewrite_that_leaves_out_one_of_the_quotations_is_not_retold_whole() -> None:
    """The same rewrite without the professor's quotation carries not all the scoop's
    quotations: what it shares of the wording alone tells its verdict, partial."""
    without_quill = [line for line in BOND_REWRITE if "Marta Quill" not in line]
    pair = only_pair(
        document(" ".join(BOND_SCOOP), "sentinel", published="2025-05-06"),
        document(" ".join(without_quill), "courier", published="2025-05-07"),
    )
    assert pair.retold is None
    assert pair.verdict is Verdict.PARTIAL


def test_a_rewrite_of_a_brief_in_its_order_is_derived_with_its_one_quotation() -> None:
    """A partner that retells an agency's five-sentence injury brief sentence by sentence, in
    its order, keeping its one quotation, made its article from it: derived, though a brief has
    too few quotations for the rule of scoops (acceptance round 34, d2)."""
    pair = only_pair(
        document(" ".join(INJURY_BRIEF), "agency", published="2025-03-13"),
        document(" ".join(INJURY_REWRITE), "partner", published="2025-03-14"),
    )
    assert pair.b_in_a < 0.5 and pair.b_phrases_in_a < 0.33
    assert pair.verdict is Verdict.DERIVED
    assert pair.direction == "a->b"
    assert pair.retold is not None
    assert (pair.retold.doc, pair.retold.quotations) == ("partner", 1)
    assert min(pair.retold.share, pair.retold.of_the_other) > 0.8


def test_a_brief_retold_out_of_its_order_is_not_retold_whole() -> None:
    """The same sentences put in another order are no retelling of the brief by its order,
    which is all a brief's single quotation leaves to tell a rewrite by."""
    shuffled = [INJURY_REWRITE[i] for i in (3, 0, 4, 2, 1)]
    pair = only_pair(
        document(" ".join(INJURY_BRIEF), "agency", published="2025-03-13"),
        document(" ".join(shuffled), "partner", published="2025-03-14"),
    )
    assert pair.retold is None
    assert pair.verdict is Verdict.INDEPENDENT


def test_a_little_shared_phrasing_is_partial_only_when_it_runs_through_the_article() -> None:
    """Under 15% of its words in the wire's phrases, an article is partial when the sentences
    holding them carry most of its words (phrases lifted throughout), and independent when one
    sentence holds them (one fact worded alike)."""
    one_sentence = [
        *OTHER,
        "Councillors noted that Peskov has accused NATO of being a direct participant.",
    ]
    throughout = [
        "Kremlin officials on Tuesday summoned the Polish ambassador in Moscow after weeks of open confrontation with Warsaw over the war.",
        "The ambassador was told that any talk of security guarantees for Kyiv would be treated as a hostile act.",
        "Polish officials declined to comment on the meeting, which lasted about an hour.",
        "Analysts in Warsaw said both governments want to avoid direct clashes with each other while the fighting goes on.",
    ]  # fmt: skip
    wire = document("\n".join(WIRE), "wire", published="2025-01-13")
    concentrated = only_pair(wire, document("\n".join(one_sentence), "a", published="2025-01-14"))
    spread = only_pair(wire, document("\n".join(throughout), "b", published="2025-01-14"))
    for pair in (concentrated, spread):
        assert not [m for m in pair.matches if m.kind.is_reuse]
        assert 0.11 < pair.b_phrases_in_a < 0.15
    assert concentrated.b_phrases_in_a_spread < 0.55 < spread.b_phrases_in_a_spread
    assert concentrated.verdict is Verdict.INDEPENDENT
    assert spread.verdict is Verdict.PARTIAL


@pytest.mark.parametrize(
    ("share", "spread", "source_spread", "expected"),
    [
        pytest.param(0.09, 1.0, 1.0, Verdict.INDEPENDENT, id="below_the_floor_however_spread"),
        pytest.param(0.10, 0.55, 1.0, Verdict.PARTIAL, id="floor_spread_enough"),
        pytest.param(0.14, 0.54, 1.0, Verdict.INDEPENDENT, id="under_alone_spread_short"),
        pytest.param(0.15, 0.15, 1.0, Verdict.PARTIAL, id="alone_however_concentrated"),
        pytest.param(0.33, 0.66, 1.0, Verdict.PARTIAL, id="derived_share_spread_short"),
        pytest.param(0.33, 0.67, 0.49, Verdict.PARTIAL, id="derived_share_source_spread_short"),
        pytest.param(0.33, 0.67, 0.5, Verdict.DERIVED, id="derived"),
    ],
)
def test_shared_phrasing_verdicts_at_the_cuts(
    share: float, spread: float, source_spread: float, expected: Verdict
) -> None:
    """With nothing aligned, shared phrasing alone decides, by its share, its spread through the
    article, and, for derived, its spread through the other too."""
    assert _verdict(0.0, 0.0, [(share, spread, source_spread)], 0, Settings()) is expected


def test_two_live_pages_in_the_same_stock_phrases_are_no_rewrite() -> None:
    """A radio station's short live page whose two entries share no sentence with a paper's
    live page, but are made of the phrases any report of the derailment uses ("the fire
    service says", "a freight train has derailed near"), shares them with two of the paper's
    five entries: at most partial, not a rewrite (acceptance round 22, finding 4)."""
    paper = [
        "Crews from three counties are still working at the scene near Holloway Junction.",
        "Network Rail says the line between Holloway and Brackley will stay closed until at least Friday.",
        "The fire service now says 9 people have been taken to hospital. Two are in a serious condition.",
        "Our reporter at the station says passengers are being moved on to buses.",
        "The fire service says a freight train has derailed near Holloway Junction.",
    ]
    radio = [
        "Two of the 9 people taken to hospital are in a serious condition, the fire service says.",
        "A freight train has derailed near Holloway Junction, the fire service says.",
    ]  # fmt: skip
    pair = only_pair(
        document("\n\n".join(paper), "riverside", "Riverside Live", published="2025-03-10"),
        document("\n\n".join(radio), "valley", "Valley FM", published="2025-03-11"),
    )
    assert not [m for m in pair.matches if m.kind.is_reuse]
    assert pair.b_phrases_in_a > 0.33 and pair.b_phrases_in_a_spread > 0.67
    assert pair.a_phrases_in_b_spread < 0.5
    assert pair.verdict is Verdict.PARTIAL


@given(st.floats(0.0, 1.0))
def test_a_share_is_kept_on_its_side_of_every_cut(share: float) -> None:
    """A share kept to three places, as report.json writes it, stays within a thousandth of
    itself and on its side of every cut a verdict is judged at: 0.7996 is written 0.799, not
    the 0.8 a copy needs."""
    settings = Settings()
    cuts = (
        *settings.verbatim_cuts,
        *settings.containment_cuts,
        *settings.phrasing_cuts,
        *settings.spread_cuts,
    )
    kept = _rounded_on_its_side(share, cuts)
    assert abs(kept - share) <= 0.001
    assert [kept >= cut for cut in cuts] == [share >= cut for cut in cuts]


@pytest.mark.parametrize(
    "quote",
    [
        pytest.param(
            '"Western support for Ukraine has placed NATO in a state of open confrontation with Russia"',
            id="double_quotes",
        ),
        pytest.param(
            "\u2018Western support for Ukraine has placed NATO in a state of open confrontation with Russia\u2019",
            id="single_quotes",
        ),
    ],
)  # fmt: skip
def test_a_shared_quotation_is_not_shared_phrasing(quote: str) -> None:
    """Two reports quoting the same statement share its words, which never count as reuse,
    in double quotes or, as British outlets write, single ones."""
    pair = only_pair(
        document(
            "\n".join(
                [OTHER[0], f"Speaking in Moscow, a defiant Peskov insisted: {quote}.", OTHER[1]]
            ),
            "a",
            published="2025-01-13",
        ),
        document(
            "\n".join([f"{quote}, the Kremlin said at its daily briefing.", OTHER[2], OTHER[3]]),
            "b",
            published="2025-01-14",
        ),
    )
    assert not [m for m in pair.matches if m.kind.is_reuse]
    assert pair.b_phrases_in_a < 0.12
    assert pair.verdict is Verdict.INDEPENDENT


# Two reports of one journalist's arrest, in Spanish and in English, by a wire and a local paper
# the next day: they share the names of the union and the police headquarters, and cite the
# union alike, but no sentence and none of their own wording.
ARREST_WIRE_ES = [
    "Bogotá, 12 may (EFE).- La policía detuvo el viernes a un fotógrafo del semanario El Eco del Valle en Popayán, denunció la Federación Colombiana de Periodistas (Fecolper).",
    "El reportero, identificado como Camilo Restrepo, fue llevado a la sede de la Policía Metropolitana de Popayán, según la federación.",
    "El comandante de la policía local, Hernán Ospina, dijo que el fotógrafo se negó a mostrar sus documentos durante un control.",
    "La Fundación para la Libertad de Prensa (FLIP) registró 218 agresiones contra periodistas el año pasado.",
    "El semanario, fundado en 1987, circula en tres departamentos del suroccidente del país.",
]
ARREST_LOCAL_ES = [
    "Camilo Restrepo salió en libertad la mañana del sábado tras pasar la noche en la sede de la Policía Metropolitana de Popayán, informó la Federación Colombiana de Periodistas (Fecolper).",
    "Su abogada, Marta Lucía Cifuentes, anunció una queja ante la Procuraduría, según la federación.",
    "Restrepo deberá comparecer la próxima semana ante un juez de control de garantías, añadió Fecolper.",
]
ARREST_WIRE_EN = [
    "Police in Leeds arrested a photographer for the weekly Aire Valley Echo on Friday, the National Union of Journalists (NUJ) said.",
    "The photographer, named as Tom Whitaker, was taken to the headquarters of West Yorkshire Police in Wakefield, according to the union.",
    "Chief Superintendent Alan Brook said the photographer had refused to show identification at a cordon.",
    "Press freedom group Index on Censorship recorded 41 arrests of journalists in Britain last year.",
    "The weekly, founded in 1921, is distributed across three districts of West Yorkshire.",
]
ARREST_LOCAL_EN = [
    "Tom Whitaker was released on Saturday morning after a night at the headquarters of West Yorkshire Police in Wakefield, the National Union of Journalists (NUJ) said.",
    "His lawyer, Priya Shah, said she would complain to the Independent Office for Police Conduct, according to the union.",
    "Whitaker must appear before magistrates next week, the NUJ added.",
]


@pytest.mark.parametrize(
    ("wire", "local"),
    [
        pytest.param(ARREST_WIRE_ES, ARREST_LOCAL_ES, id="spanish"),
        pytest.param(ARREST_WIRE_EN, ARREST_LOCAL_EN, id="english"),
    ],
)  # fmt: skip
def test_reports_sharing_an_institutions_name_and_a_cited_source_are_independent(
    wire: list[str], local: list[str]
) -> None:
    """A name with the words in lower case inside it ("Federación Colombiana de Periodistas",
    "National Union of Journalists") is one name, and "según la federación" or "according to
    the union" says whom a report cites, as any report citing it does: a local follow-up that
    shares only these with the wire reused nothing (acceptance round 24, finding 2: "partial,
    uncredited" before)."""
    pair = only_pair(
        document("\n\n".join(wire), "wire", "Wire", published="2025-05-12"),
        document("\n\n".join(local), "local", "Local", published="2025-05-13"),
    )
    assert not [m for m in pair.matches if m.kind.is_reuse]
    assert pair.b_phrases_in_a < 0.1
    assert pair.verdict is Verdict.INDEPENDENT
    assert not pair.undisclosed_reuse
    assert pair.shared_phrases == ()


def test_a_paper_lifting_a_wires_phrases_is_partial_and_lists_them() -> None:
    """A paper that rewrites no sentence of the wire but lifts its phrases into its own
    ("las llamas avanzaron durante la madrugada") is partial, uncredited, and the pair lists
    the phrases in the paper's order, for a reader to check."""
    pair = only_pair(*forest_fire_lifted())
    assert not [m for m in pair.matches if m.kind.is_reuse]
    assert pair.verdict is Verdict.PARTIAL
    assert pair.undisclosed_reuse
    assert pair.shared_phrases == (
        "las llamas avanzaron durante la madrugada",
        "alcanzaron las primeras viviendas del",
        "los bomberos trabajan sin descanso",
        "pidió a los vecinos no regresar a sus casas",
        "por la quema de rastrojos en",
    )


MILL_FIRE_FIRST = [
    "Three people were hurt when fire broke out at a timber yard in Corvan Bay late on Friday, police said.",
    "Engine crews spent more than six hours bringing the flames under control at the Ashgrove Timber site.",
    "A 41-year-old woman was later arrested on suspicion of arson.",
    "Neighbours on Kettle Lane were told to keep windows shut because of the smoke.",
]
MILL_FIRE_OWN = [
    "A blaze ripped through the Ashgrove Timber yard in Corvan Bay overnight, leaving three people in hospital.",
    "It took more than six hours to put out.",
    "Detectives said a 41-year-old woman had been arrested on suspicion of arson and remained in custody.",
    "The yard's owner, Petra Lind, said the business would reopen within weeks.",
]


def test_reports_sharing_only_a_police_statements_wording_are_independent() -> None:
    """Two reports of one fire written apart share what the police told both: a span with its
    number ("more than six hours"), an age ("a 41-year-old woman") and the arrest's formula
    ("arrested on suspicion of arson"). Such phrases tell no copy: independent, no charge of
    undisclosed reuse (acceptance round 36, a2: "partial, 0% of its words copied, uncredited")."""
    pair = only_pair(
        document("\n".join(MILL_FIRE_FIRST), "first", "Bay Herald", published="2026-03-06"),
        document("\n".join(MILL_FIRE_OWN), "own", "Corvan Echo", published="2026-03-07"),
    )
    assert not [m for m in pair.matches if m.kind.is_reuse]
    assert pair.shared_phrases == ()
    assert pair.verdict is Verdict.INDEPENDENT
    assert not pair.undisclosed_reuse


def test_phrasing_alone_charges_no_undisclosed_reuse_without_a_lifted_clause() -> None:
    """A dated report that copies no sentence but shares phrases of four or five words with an
    earlier one ("planning inspectors visited the site", "the consultation closes on") is
    partial, yet no phrase is a clause lifted whole: too little to charge undisclosed reuse
    on. A phrase of six words or more lifted from it is charged, as before."""
    first = [
        "Planning inspectors visited the site at Holloway Farm on Monday ahead of a ruling on 140 homes.",
        "Residents fear the scheme would swamp the village school and its narrow lanes.",
        "The consultation closes on 14 March, the district council said.",
    ]  # fmt: skip
    later = [
        "Objectors turned out in the rain as planning inspectors visited the site of the disputed Holloway Farm scheme.",
        "Many say the narrow lanes cannot take more traffic.",
        "Parents worry about places at the village school, and the consultation closes on 14 March.",
        "Developer Greenmoor Homes says a quarter of the houses would be sold at reduced prices.",
        "A decision is expected before the summer recess.",
    ]  # fmt: skip
    lifted = [
        *later[:2],
        "Parents said the scheme would swamp the village school and its narrow lanes.",
        *later[3:],
    ]
    earlier = document("\n".join(first), "first", "Wold Gazette", published="2026-02-02")
    phrased = only_pair(
        earlier, document("\n".join(later), "later", "Vale Post", published="2026-02-03")
    )
    assert not [m for m in phrased.matches if m.kind.is_reuse]
    assert max(len(phrase.split()) for phrase in phrased.shared_phrases) < 6
    # Two reports of one inquiry, neither directed (see lifts_no_passage).
    assert (phrased.verdict, phrased.direction) == (Verdict.PARTIAL, None)
    assert not phrased.undisclosed_reuse
    taken = only_pair(
        earlier, document("\n".join(lifted), "later", "Vale Post", published="2026-02-03")
    )
    assert taken.undisclosed_reuse


def test_a_verdict_made_by_copied_sentences_lists_no_phrases() -> None:
    """Only a verdict that shared phrasing alone makes lists phrases: a copy's are its
    sentences, which the pair aligns."""
    wire = document("\n".join(WIRE), "wire", published="2025-01-13")
    copy = document("\n".join(WIRE[:4]), "copy", "Daily", published="2025-01-14")
    pair = only_pair(wire, copy)
    assert pair.verdict is Verdict.COPY
    assert pair.shared_phrases == ()


@pytest.mark.parametrize(
    ("text", "named"),
    [
        pytest.param(
            "denunció el Sindicato Nacional de Trabajadores de la Prensa (SNTP).",
            "sindicato nacional de trabajadores de la prensa sntp",
            id="spanish_particles_and_bracketed_initials",
        ),
        pytest.param(
            "said the National Union of Journalists in a statement.",
            "national union of journalists",
            id="english_of",
        ),
        pytest.param(
            "informó la Fiscalía General del Estado de Sinaloa",
            "fiscalía general del estado de sinaloa",
            id="del_and_de",
        ),
        pytest.param(
            "llegó a Caracas, de donde salió con Maduro y Cabello",
            "caracas maduro y cabello",
            id="a_comma_ends_a_name",
        ),
        pytest.param(
            "La sede de la Policía Metropolitana",
            "policía metropolitana",
            id="a_sentences_first_word_alone_is_no_name",
        ),
        pytest.param(
            "La Fiscalía de Sinaloa informó que no hay detenidos",
            "la fiscalía de sinaloa",
            id="a_name_opening_a_sentence",
        ),
    ],
)  # fmt: skip
def test_a_name_holds_the_words_in_lower_case_between_its_capitalised_ones(
    text: str, named: str
) -> None:
    """A name's words are its capitalised words and the words in lower case between two of
    them, in any language; a mark after a word ends the name."""
    flags = _in_names(text, opens_sentence=True)
    assert " ".join(w for w, name in zip(words(text), flags, strict=True) if name) == named


@pytest.mark.parametrize(
    ("a", "b", "shared"),
    [
        pytest.param(
            "El Gobierno destinó 480 millones de dólares al programa de vivienda.",
            "La reforma costará 900 millones de dólares al año, dijo el ministro.",
            (),
            id="a_figures_multiplier_and_currency",
        ),
        pytest.param(
            "Dos periodistas fueron detenidos en Zulia, según el sindicato.",
            "La periodista fue liberada el lunes por la noche, según el sindicato.",
            (),
            id="a_cited_source",
        ),
        pytest.param(
            "Dos periodistas fueron detenidos en Zulia, dijo el sindicato.",
            "Los periodistas fueron detenidos en Zulia el domingo, según la ONG.",
            ("periodistas fueron detenidos en zulia",),
            id="own_wording_counts",
        ),
        pytest.param(
            "Okonkwo made sure of the points in the 89th minute.",
            "Harrowgate were reduced to ten men in the 89th minute.",
            (),
            id="a_minute_mark",
        ),
        pytest.param(
            "Kellsby Town beat Harrowgate 2-0 on Saturday.",
            "Dunmore also beat Harrowgate 2-0 in March.",
            (),
            id="a_score_with_a_name",
        ),
        pytest.param(
            "A crowd of 52,314 saw Northbridge move up to fourth.",
            "The win, in front of a crowd of 52,314, lifts Northbridge to fourth.",
            ("a crowd of 52,314",),
            id="a_figure_with_words_of_its_own",
        ),
        pytest.param(
            "Savers should move quickly, because easy-access rates are likely to fall.",
            "Officials are likely to cut again in November, according to people familiar with the matter.",
            (),
            id="a_hedge_in_function_words",
        ),
        pytest.param(
            "Crews needed more than six hours to put out the fire.",
            "The fire burned for more than six hours.",
            (),
            id="a_span_with_its_unit",
        ),
        pytest.param(
            "Police said a 41-year-old woman was being questioned.",
            "A 41-year-old woman is being held.",
            (),
            id="an_age_and_whom_it_ages",
        ),
        pytest.param(
            "A woman was later arrested on suspicion of arson.",
            "Detectives said a suspect had been arrested on suspicion of arson overnight.",
            (),
            id="an_arrests_formula",
        ),
        pytest.param(
            "Firefighters rescued 41 sheep trapped in a burning barn.",
            "Crews rescued 41 sheep from the barn.",
            ("rescued 41 sheep",),
            id="a_figure_with_a_verb_of_its_own",
        ),
    ],
)  # fmt: skip
def test_which_shared_phrases_count(a: str, b: str, shared: tuple[str, ...]) -> None:
    """A figure's words, a cue that cites a source with its source, a minute mark, a name with
    a score ("beat Harrowgate 2-0"), a hedge among function words ("are likely to"), a number
    with what it measures or ages ("more than six hours", "a 41-year-old woman") and an
    arrest's formula ("arrested on suspicion of arson") are no wording of a report's own; the
    rest of a report's words are, the words around a figure too."""
    vocabulary: dict[tuple[str, ...], int] = {}
    sides = [
        Side.of(doc, segment(doc), frozenset(), vocabulary)
        for doc in (Document("a", "A", a), Document("b", "B", b))
    ]
    assert shared_phrases(*sides) == shared


def test_a_brief_sharing_one_phrase_with_a_report_is_independent() -> None:
    """Three of a seven-word brief's words in one phrase of a long report are a large share
    but one phrase, which any two reports of the strike may share: no reuse."""
    wire = document(
        "Rail workers walked out on Monday over pay, halting trains across the north. "
        "The union said 12,000 members joined the strike, which is due to last two days. "
        "Operators said they expected no services on most routes until Wednesday.",
        "wire",
        published="2025-01-13",
    )
    brief = document(
        "Drivers strike. Trains halted across the north.", "ticker", published="2025-01-13"
    )
    pair = only_pair(wire, brief)
    assert pair.b_phrases_in_a > 0.4
    assert pair.verdict is Verdict.INDEPENDENT


@pytest.mark.parametrize(
    ("gazette", "echo", "verdict"),
    [
        pytest.param(
            "The fire service has raised the Carrow Hill blaze to a level 3 wildfire as it spreads east at 5mph.",
            "The Carrow Hill fire is now a level 3 wildfire as it spreads east, officials said.",
            Verdict.INDEPENDENT,
            id="one_clause_of_an_advisory",
        ),
        pytest.param(
            "Tidewell Power says 8,200 homes are without power and engineers from three counties are on the way.",
            "Tidewell Power says engineers from three counties are being sent.",
            Verdict.INDEPENDENT,
            id="one_phrase_of_a_statement",
        ),
        pytest.param(
            "The fire is now a level 2 wildfire, about 9 miles from Ashby, with gusts of 40mph, the fire service says.",
            "The fire has been downgraded to a level 2 wildfire with gusts of 40mph.",
            Verdict.INDEPENDENT,
            id="two_short_phrases",
        ),
        pytest.param(
            "Ashby council has opened an emergency shelter at the leisure centre on Mill Lane for families who have been told to leave their homes.",
            "Families who have been told to leave their homes can go to an emergency shelter at the leisure centre on Mill Lane, the council says.",
            Verdict.DERIVED,
            id="a_lifted_clause_and_more",
        ),
        pytest.param(
            "Flash floods swept through the lower Ardle valley overnight, killing at least nine people and forcing 2,000 from their homes, the county fire service said.",
            "Flash floods killed at least nine people in the lower Ardle valley overnight, forcing 2,000 from their homes, according to the county fire service.",
            Verdict.DERIVED,
            id="a_rewritten_lede",
        ),
    ],
)  # fmt: skip
def test_one_line_entries_sharing_a_facts_stock_wording_are_no_reuse(
    gazette: str, echo: str, verdict: Verdict
) -> None:
    """Two outlets' one-line live entries minutes apart that word one advisory or statement
    alike share a phrase or two, which spread through a one-sentence entry: reported
    independently, no undisclosed reuse charged. A rewrite that keeps a lifted clause and
    another phrase, or the wording of each fact of a lede, is still derived from the earlier
    entry (acceptance round 37, b14 / R1; retest 38, R1)."""
    pair = only_pair(
        live_entry(gazette, "gazette-1410", "Ashby Gazette", "14:10"),
        live_entry(echo, "echo-1418", "Valley Echo", "14:18"),
    )
    assert not [m for m in pair.matches if m.kind.is_reuse]
    assert pair.verdict is verdict
    assert pair.undisclosed_reuse is (verdict is not Verdict.INDEPENDENT)


AGENCY_MATCH_REPORT = [
    "KELLSBY, England (AP) — Nadia Okonkwo scored in the 89th minute as Kellsby Town beat Harrowgate 2-0 in the Women's Championship on Saturday.",
    "Rhys Talbot had given Kellsby the lead in the 71st minute with a free kick into the top corner.",
    "Okonkwo then made sure of the points from the penalty spot after Harrowgate defender Lena Brandt was sent off for a second booking.",
    "The win lifts Kellsby to sixth place, a point outside the playoff positions.",
    "Harrowgate have not won in six league games and visit Dunmore on Wednesday.",
]  # fmt: skip


def _beside_the_agency(lines: list[str], id: str, source: str, time: str) -> PairComparison:
    """The pair of AGENCY_MATCH_REPORT, out at 17:05 UTC on the day of the match, and a report
    of ``lines`` published that day at ``time`` (UTC)."""
    agency = document("\n".join(AGENCY_MATCH_REPORT), "ap", "AP", published="2025-03-08")
    other = document("\n".join(lines), id, source, published="2025-03-08")
    return only_pair(
        replace(agency, published_time="2025-03-08T17:05:00Z"),
        replace(other, published_time=f"2025-03-08T{time}"),
    )


def test_two_agencies_reports_of_one_match_in_its_stock_phrases_are_independent() -> None:
    """A second agency's own report of the match shares no sentence with the first, only the
    phrases any report of it writes ("beat Harrowgate 2-0", "71st minute", "from the penalty
    spot", "was sent off"): independent, no undisclosed reuse (acceptance round 28, n1)."""
    other_agency = [
        "Kellsby Town climbed to within a point of the playoff places after a late double saw off ten-woman Harrowgate at Mill Lane.",
        "Talbot broke a scrappy deadlock in the 71st minute, curling a 25-yard effort into the top corner.",
        "Harrowgate centre-back Lena Brandt, already booked, was sent off soon after, and Okonkwo converted from the penalty spot in the 89th minute.",
        "Kellsby beat Harrowgate 2-0 for a third straight home win, while the visitors are winless in six.",
    ]  # fmt: skip
    pair = _beside_the_agency(other_agency, "pa", "PA Media", "17:20:00Z")
    assert not [m for m in pair.matches if m.kind.is_reuse]
    assert pair.verdict is Verdict.INDEPENDENT
    assert not pair.undisclosed_reuse


def test_a_papers_rewrite_of_a_match_report_is_derived() -> None:
    """A paper that rewords each sentence of an agency's match report but keeps its order and
    its phrases ("a point outside the playoff positions") is derived from it, uncredited."""
    rewrite = [
        "Kellsby Town beat Harrowgate 2-0 in the Women's Championship on Saturday, with Nadia Okonkwo scoring in the 89th minute.",
        "Rhys Talbot put Kellsby ahead in the 71st minute, sending a free kick into the top corner.",
        "Harrowgate defender Lena Brandt was then sent off for a second booking, and Okonkwo made sure of the points from the penalty spot.",
        "The result lifts Kellsby to sixth place, a point outside the playoff positions.",
        "Harrowgate, who have not won in six league games, visit Dunmore on Wednesday.",
    ]  # fmt: skip
    pair = _beside_the_agency(rewrite, "herald", "Kellsby Herald", "18:30:00Z")
    assert pair.verdict is Verdict.DERIVED
    assert pair.direction == "a->b"
    assert pair.undisclosed_reuse


WIRE_MATCH_REPORT = [
    "NORTHBRIDGE, England (AP) — Northbridge United came from behind to beat Castlegate City 3-2 on Saturday, with Jonas Müller scoring twice in the last ten minutes.",
    "Castlegate had led at the break after Tom Avery scored with a low shot from the edge of the box.",
    "A crowd of 52,314 watched the win, which lifts Northbridge to fourth in the table.",
    "Müller levelled with a header from a corner and then won it with a volley in stoppage time.",
    "Castlegate manager Ivan Petrov said his side had been undone by set pieces again.",
    "Northbridge travel to Harwick next weekend, while Castlegate host Elmsworth.",
]  # fmt: skip
CLUB_MATCH_REPORT = [
    "Northbridge United came from behind to beat Castlegate City at Riverside Park on Saturday afternoon.",
    "The visitors went in front midway through the first half when Tom Avery found the net with a low shot from the edge of the box.",
    "Jonas Müller rescued the Reds, heading in the equaliser from Kai Brandt's delivery before volleying home deep into added time.",
    "A crowd of 52,314 roared the players off at the final whistle.",
    "Head coach Sam Ellery praised the character of his squad after a difficult week on the training ground.",
    "Tickets for next month's home game against Dunmore go on general sale to members on Tuesday morning.",
    "Supporters can watch full highlights of the match on Northbridge TV from Sunday.",
    "The under-21 side play Castlegate at the academy ground on Monday evening, with free entry for season ticket holders.",
    "The club shop at Riverside Park will stay open until 7pm on matchdays for the rest of the season.",
    "Our women's team host Kellsby Town at Riverside Park next Sunday, with kick-off at 2pm.",
]  # fmt: skip


@pytest.mark.parametrize(
    ("copy", "verdict"),
    [
        pytest.param(WIRE_MATCH_REPORT[1:], Verdict.INDEPENDENT, id="the_wires_text"),
        pytest.param(WIRE_MATCH_REPORT[1:4], Verdict.INDEPENDENT, id="the_wires_text_cut"),
        pytest.param(
            [*WIRE_MATCH_REPORT[1:], "Fans roared the players off."],
            Verdict.PARTIAL,
            id="a_line_of_its_own_sharing_the_clubs_words",
        ),
    ],
)  # fmt: skip
def test_a_copy_of_the_wire_shares_with_a_third_report_only_what_the_wire_does(
    copy: list[str], verdict: Verdict
) -> None:
    """A paper's verbatim copy of the wire's match report shares the wire's stock phrases with
    the club's own report, published between the two, as the wire does: independent, as the
    club's report and the wire are, unless a line of the paper's own shares the club's words
    (acceptance round 28, R2: "Daily Courier reuses Northbridge United FC: partial, 0% ...")."""
    lede = WIRE_MATCH_REPORT[0].removeprefix("NORTHBRIDGE, England (AP) — ")
    texts = [
        (WIRE_MATCH_REPORT, "ap", "AP", "17:20"),
        (CLUB_MATCH_REPORT, "club", "Northbridge United FC", "17:45"),
        ([lede, *copy], "courier", "Daily Courier", "18:05"),
    ]
    pairs = {
        (p.a, p.b): p
        for p in compare_documents(
            [
                replace(
                    document("\n".join(lines), id, source, published="2025-03-08"),
                    published_time=f"2025-03-08T{time}:00Z",
                )
                for lines, id, source, time in texts
            ]
        ).pairs
    }
    assert pairs["ap", "club"].verdict is Verdict.INDEPENDENT
    assert pairs["ap", "courier"].verdict is Verdict.COPY
    club_and_copy = pairs["club", "courier"]
    assert club_and_copy.verdict is verdict
    assert club_and_copy.undisclosed_reuse is (verdict is not Verdict.INDEPENDENT)


def test_the_later_articles_phrasing_decides() -> None:
    """A short report is covered by a long one's phrases; only the later one could have taken
    them, and its short phrases are too little to say it did.
    Its phrases sit in two of its sentences: held in one line, two short phrases are one fact
    worded alike (see test_one_line_entries_sharing_a_facts_stock_wording_are_no_reuse)."""
    short = (
        "NATO is a direct participant, Peskov says. Its arms keep coming in the Ukraine conflict."
    )
    long_story = "\n".join([*OTHER, WIRE[0].replace("Kremlin spokesman Dmitry ", "")])
    first = document(short, "short", published="2025-01-13")
    later = document(long_story, "long", published="2025-01-14")
    pair = only_pair(first, later)
    assert not [m for m in pair.matches if m.kind.is_reuse]
    assert pair.a_phrases_in_b > 0.33 > pair.b_phrases_in_a
    assert pair.verdict is Verdict.INDEPENDENT
    later_short = only_pair(replace(first, published="2025-01-15"), later)
    # Partial, not derived: what it shares sits in one of the long report's five sentences; in
    # phrases short of six words, which name no copy (see lifts_no_passage).
    assert later_short.verdict is Verdict.PARTIAL
    assert later_short.direction is None


def test_containment_is_asymmetric_and_gives_the_direction() -> None:
    """A short article made of half the wire is mostly contained in it, not the reverse."""
    pair = only_pair(document("\n".join(WIRE[:3]), "short"), document("\n".join(WIRE), "wire"))
    assert pair.a_in_b == 1.0
    assert pair.b_in_a < 0.6
    assert pair.direction == "b->a"


def test_a_wire_story_is_the_origin_of_a_same_day_rewrite_that_adds_to_it() -> None:
    """A paper that adds a local sentence to the wire's text holds all of it, which alone would
    make the wire the copy; the wire's source being a news agency, by a wire service's name or
    by its own ("Coastal Wire") where its byline signs as one, or the paper's credit, says
    otherwise. A name alone makes no agency: a site named "Coastal Wire" is a paper."""
    local = "Local shelters in Riverside opened their doors on Monday night."
    day = "2025-03-10"
    daily = document("\n".join([*WIRE, local]), "daily", "Brantford Daily", published=day)
    credit = "Coastal Courier contributed to this report."
    credited = document(f"{daily.text}\n{credit}", "daily", "Brantford Daily", published=day)
    unknown = document("\n".join(WIRE), "wire", "Coastal Courier", published=day)
    ap = document("\n".join(WIRE), "wire", "Associated Press", published=day)
    assert only_pair(unknown, daily).direction == "b->a"
    assert only_pair(unknown, credited).direction == "a->b"
    for agency in ("Coastal Wire", "Coastal Press Agency"):
        named = document("\n".join(WIRE), "wire", agency, published=day)
        assert only_pair(replace(named, author=f"{agency} staff"), daily).direction == "a->b"
        assert only_pair(named, daily).direction == "b->a"
    # Outlets named like agencies that are none: containment decides, as for any paper.
    for outlet in ("The Daily Wire", "The Wire"):
        named = document("\n".join(WIRE), "wire", outlet, published=day)
        assert only_pair(named, daily).direction == "b->a"
    from_ap = only_pair(ap, daily)
    assert from_ap.direction == "a->b"
    assert from_ap.undisclosed_reuse
    for spelled in ("The Associated Press", "REUTERS"):
        wire = document("\n".join(WIRE), "wire", spelled, published=day)
        assert only_pair(wire, daily).direction == "a->b"


@pytest.mark.parametrize(
    "dateline",
    [
        "MOSCOW (AP) \u2014 ",
        "MOSCOW, March 10 (Reuters) - ",
        "MOSKAU (dpa) - ",
        "BRENNICK (Brennick Wire) -- ",
        "TARROW, May 14 (NPA) - ",
        "LONDON, March 10 (PA) - ",
        "LISBON, March 10 (Lusa) - ",
        "Valencia, 10 mar (EFE).- ",
        "MADRID, 10 (EUROPA PRESS) ",
        "(ANSA) - ROMA, 10 MAR - ",
        # TASS's, in Cyrillic letters: "MOSCOW, December 15. /TASS/. "
        "\u041c\u041e\u0421\u041a\u0412\u0410, 15 \u0434\u0435\u043a\u0430\u0431\u0440\u044f. /\u0422\u0410\u0421\u0421/. ",
        # APP's, in Urdu, with no dash: "KARACHI. 2 August (APP) "
        "\u06a9\u0631\u0627\u0686\u06cc\u06d4 2 \u0627\u06af\u0633\u062a (\u0627\u06d2 \u067e\u06cc \u067e\u06cc) ",
    ],
)
def test_wire_copy_as_filed_is_the_origin_of_a_rewrite_without_its_dateline(dateline: str) -> None:
    """Neither file names its outlet, nor has a date. The one that opens with a news agency's
    dateline runs the agency's text as filed: an outlet that drops the dateline and adds a local
    sentence took it, though its text holds all of the other's."""
    filed = document(dateline + "\n".join(WIRE), "filed", "filed")
    local = "Local shelters in Riverside opened their doors on Monday night."
    rewrite = document("\n".join([*WIRE, local]), "rewrite", "rewrite")
    pair = only_pair(filed, rewrite)
    assert pair.direction == "a->b"
    assert pair.undisclosed_reuse
    assert only_pair(document("\n".join(WIRE), "plain", "plain"), rewrite).direction == "b->a"
    # A wire named in brackets in a sentence is no dateline: containment decides, and the
    # shorter article made of half the other is the copy.
    told = "An official told the Associated Press (AP) on Monday that talks failed."
    mention = document("\n".join([told, *WIRE[:3]]), "mention", "mention")
    assert only_pair(mention, document("\n".join(WIRE), "full", "full")).direction == "b->a"


def test_an_agencys_own_copy_is_the_origin_of_papers_that_keep_its_dateline() -> None:
    """The Northfield Press Agency's text, kept in "outlets/npa.txt", and a paper that runs it
    with the agency's dateline and a local line: both open "TARROW, May 14 (NPA) -", but only
    the agency's source is what the dateline names, so the paper is the copy, and credits it."""
    dateline = "TARROW, May 14 (NPA) - "
    local = "In Kellbeck, residents said the closure would add to traffic on the bypass."
    filed = document(dateline + "\n".join(WIRE), "npa")
    wire = replace(filed, path="outlets/npa.txt", source="outlets/npa")
    text = dateline + "\n".join([*WIRE, local])
    paper = replace(document(text, "courier", "Valley Courier"), credits=find_credits(text))
    pair = only_pair(wire, paper)
    assert (pair.direction, pair.undisclosed_reuse) == ("a->b", False)


# The government announced a new plan on the 12th to support regional railways. Under the plan,
# loss-making lines get subsidies from next spring. The transport ministry means to spend about
# 300 billion yen over five years. Local governments welcomed it.
KYODO = (
    "政府は12日、全国の地方鉄道を支援する新たな交通計画を発表した。",
    "計画によると、来年春から赤字路線に補助金を出す。",
    "国土交通省は、5年間で約3千億円を投じる方針だ。",
    "地元自治体からは歓迎の声が上がっている。",
)


@pytest.mark.parametrize(
    ("credit", "undisclosed"),
    [pytest.param("（共同）", False, id="credited"), pytest.param("", True, id="uncredited")],
)
def test_a_wire_named_by_its_folder_is_the_origin_and_its_japanese_credit_counts(
    credit: str, undisclosed: bool
) -> None:
    """Kyodo's copy kept in "kyodo/" is the origin of a paper that prints it whole with one
    sentence of its own, which "（共同）" at its end credits; without it, the reuse is
    undisclosed, and Kyodo is still the origin, not the longer text."""
    wire = replace(document("".join(KYODO), "kyodo"), path="kyodo/a.txt", source="kyodo/a")
    # "The city plans to hold a briefing for residents next month."
    text = "".join(KYODO) + "市は来月、住民向けの説明会を開く予定だ。" + credit
    paper = replace(
        document(text, "chunichi"),
        path="chunichi/a.txt",
        source="chunichi/a",
        credits=find_credits(text),
    )
    pair = only_pair(wire, paper)
    assert (pair.direction, pair.undisclosed_reuse) == ("a->b", undisclosed)


def test_a_credited_reprint_of_efe_without_its_dateline_is_a_copy() -> None:
    """EFE's dateline, "Valencia, 14 may (EFE).-", is boilerplate: a paper that prints the rest
    word for word and credits EFE at its end runs a copy, not a text derived from it."""
    body = [
        "Un incendio forestal declarado este martes en la sierra de Calderona ha obligado a "
        "desalojar a unos 2.000 vecinos de tres urbanizaciones, según informó la Generalitat.",
        "Más de 200 bomberos y 15 medios aéreos trabajan en la extinción del fuego, que ha "
        "quemado ya unas 800 hectáreas.",
        "Las autoridades investigan si el incendio fue provocado.",
    ]
    filed = document("Valencia, 14 may (EFE).- " + "\n\n".join(body), "efe", "efe")
    text = "\n\n".join([*body, "Con información de EFE."])
    paper = replace(document(text, "diario", "diario"), credits=find_credits(text))
    pair = only_pair(filed, paper)
    assert (pair.verdict, pair.direction, pair.undisclosed_reuse) == (Verdict.COPY, "a->b", False)
    assert (pair.a_in_b, pair.b_in_a) == (1.0, 1.0)


@pytest.mark.parametrize(
    ("wire_lede", "copy_lede", "verdict"),
    [
        pytest.param(
            "Unos 1,5 millones de migrantes cruzaron la frontera sur en 2025, informó el Instituto.",
            "Unos 1.500.000 de migrantes cruzaron la frontera sur en 2025, informó el Instituto.",
            Verdict.COPY,
            id="figure_written_otherwise",
        ),
        pytest.param(
            "Cientos de docentes marcharon este martes hacia el Congreso, informó el sindicato.",
            "Cientos de docentes marcharon el martes hacia el Congreso, informó el sindicato.",
            Verdict.COPY,
            id="same_weekday",
        ),
        pytest.param(
            "Cientos de docentes marcharon este martes hacia el Congreso, informó el sindicato.",
            "Cientos de docentes marcharon el pasado martes hacia el Congreso, informó el sindicato.",
            Verdict.DERIVED,
            id="another_day",
        ),
        pytest.param(
            "Unos 1,5 millones de migrantes cruzaron la frontera sur en 2025, informó el Instituto.",
            "Unos 15 millones de migrantes cruzaron la frontera sur en 2025, informó el Instituto.",
            Verdict.DERIVED,
            id="figure_changed",
        ),
    ],
)
def test_a_credited_wire_copy_whose_one_edit_is_routine_is_a_copy(
    wire_lede: str, copy_lede: str, verdict: Verdict
) -> None:
    """A short wire item's lede is a quarter of its words: a credited copy that writes the
    wire's figure its own way ("1.500.000" for "1,5 millones") or names its day so ("el martes"
    for "este martes") is a copy still, while one that changes the figure or the day derives
    from it (retest of acceptance round 39, b9)."""
    rest = [
        "La mayoría viajaba con niños pequeños, dijo el comisionado regional.",
        "Los albergues de la zona operan por encima de su capacidad desde enero.",
        "Organizaciones civiles pidieron más fondos para la atención humanitaria.",
    ]
    wire = document("\n\n".join([wire_lede, *rest]), "austral", "Agencia Austral")
    copy = document("\n\n".join([copy_lede, *rest, "(AUSTRAL)"]), "diario", "Diario")
    copy = replace(copy, credits=find_credits(copy.text))
    assert only_pair(wire, copy).verdict is verdict


def test_tass_copy_without_its_dateline_is_wholly_contained() -> None:
    """TASS's dateline, "MOSCOW, December 15. /TASS/.", is a sentence of boilerplate: a copy
    that drops it still carries every counted word of the wire, its lede aligned as is, and
    the dateline is not what the wire adds."""
    filed = document("MOSCOW, December 15. /TASS/. " + " ".join(WIRE), "tass", "tass")
    lede = (
        "Kremlin spokesman Dmitry Peskov accused NATO of being a direct participant in the "
        "Ukraine conflict, TASS said, citing his remarks."
    )
    pair = only_pair(filed, document("\n".join([lede, *WIRE[1:]]), "daily", "daily"))
    # All but the "has" the lede drops; the daily's own "TASS said, citing his remarks" is not
    # the wire's.
    assert pair.a_in_b > 0.98
    assert pair.b_in_a < pair.a_in_b
    assert pair.matches[0].kind is MatchKind.EDITED
    assert pair.only_a == ()


@pytest.mark.parametrize(
    "standfirst",
    [
        pytest.param("", id="dateline_split_off_in_both"),
        pytest.param(
            "Residents of Tarrow and Elm Ford should check the county website for shelter news.\n",
            id="dateline_kept_in_the_copys_lede",
        ),
    ],
)
def test_a_copied_lede_counts_when_its_dateline_is_boilerplate_on_one_side(
    standfirst: str,
) -> None:
    """A lede copied with its dateline counts its words even when the wire's dateline is a
    sentence of boilerplate that the alignment joins to the lede (a split/merge): a paper that
    puts a standfirst above the wire's text carries all of it."""
    body = "\n\n".join(
        [
            "Authorities on Tuesday ordered about 3,000 residents of two riverside towns to "
            "leave their homes after engineers found seepage at the base of the Hollis Creek "
            "Dam, officials said.",
            *WIRE[1:4],
        ]
    )
    wire = "TARROW, Ore. (AP) \u2014 " + body
    pair = only_pair(document(wire, "wire"), document(standfirst + wire, "paper"))
    assert (pair.verdict, pair.a_in_b) == (Verdict.COPY, 1.0)
    assert pair.longest_run_words >= len(words(body))


@pytest.mark.parametrize(
    ("opening", "closing"),
    [
        pytest.param('"', '"', id="straight_quotes"),
        pytest.param("\u201c", "\u201d", id="curly_quotes"),
    ],
)
def test_two_reports_quoting_one_statement_are_independent(opening: str, closing: str) -> None:
    """Two papers quote a company's whole statement, each with its own words around it: the
    quotation is shared, not copied, so neither containment nor the longest run counts it,
    however the quotes are printed."""
    statement = (
        f"{opening}We are deeply sorry for the distress caused to our passengers on Saturday "
        "evening. A full investigation into the engine failure is under way, and every "
        f"passenger will receive a full refund and a free return voucher,{closing}"
    )
    herald = "\n".join(
        [
            "Three hundred passengers spent six hours aboard the Island Star on Saturday after "
            "an engine failure left the ferry drifting off Carrow Point, the coastguard said.",
            "Two lifeboats stood by while a tug towed the vessel back to harbour.",
            f"{statement} the company said in a statement.",
            "The Island Star was launched in 2009 and had its last overhaul in 2021.",
        ]
    )
    gazette = "\n".join(
        [
            "A tug brought the crippled Island Star ferry back into Carrow harbour late on "
            "Saturday night, ending an ordeal that began when its engines cut out.",
            "Coastguard officers said none of the roughly 300 people on board was injured.",
            "In a statement, Island Ferries said: "
            + statement.removesuffix(f",{closing}")
            + f".{closing}",
            "The route is expected to reopen on Monday with a replacement vessel.",
        ]
    )
    pair = only_pair(document(herald, "herald", "Herald"), document(gazette, "gazette", "Gazette"))
    assert pair.verdict is Verdict.INDEPENDENT
    assert pair.longest_run_words < 10
    assert max(pair.a_in_b, pair.b_in_a) < 0.1


# A statement of four sentences as a release gives it, quoted by the papers below.
STATEMENT = [
    "We are deeply sorry for the distress caused to our passengers on Saturday evening.",
    "A full investigation into the engine failure is under way with the coastguard.",
    "Every passenger will receive a full refund and a free return voucher this week.",
    "Our crews will stay with the ferry until it is safely back in service",
]
# Printed as a quotation: marks on its first and last sentences only (the opening one curly and
# the closing one straight, as a paper's system often mixes them, or over two paragraphs, each
# opening with a mark), so that its sentences are split apart and its middle ones carry none.
QUOTED_STATEMENTS = [
    pytest.param(
        "\u201c" + " ".join(STATEMENT) + ',"',
        id="one_paragraph",
    ),
    pytest.param(
        "\u201c" + " ".join(STATEMENT[:2]) + "\n\u201c" + " ".join(STATEMENT[2:]) + ",\u201d",
        id="two_paragraphs",
    ),
]


@pytest.mark.parametrize("quotation", QUOTED_STATEMENTS)
def test_two_reports_quoting_a_statement_over_sentences_are_independent(quotation: str) -> None:
    """Two papers quote a statement of four sentences, whose middle ones carry no marks, each
    with its own words around it: all four sentences are quoted, so neither containment nor
    the longest run counts them."""
    herald = "\n".join(
        [
            "Three hundred passengers spent six hours aboard the Island Star on Saturday after "
            "an engine failure left the ferry drifting off Carrow Point, the coastguard said.",
            f"{quotation} the company said.",
            "The Island Star was launched in 2009 and had its last overhaul in 2021.",
        ]
    )
    gazette = "\n".join(
        [
            "A tug brought the crippled Island Star back into Carrow harbour late on Saturday "
            "night, ending an ordeal that began when its engines cut out.",
            f"{quotation} Island Ferries said in a statement.",
            "The route is expected to reopen on Monday with a replacement vessel.",
        ]
    )
    # The statement's second sentence stands alone, without a mark.
    assert STATEMENT[1] in [s.text for s in segment(document(herald))]
    pair = only_pair(document(herald, "herald", "Herald"), document(gazette, "gazette", "Gazette"))
    assert pair.verdict is Verdict.INDEPENDENT
    assert pair.longest_run_words < 10
    assert max(pair.a_in_b, pair.b_in_a) < 0.1


@pytest.mark.parametrize(
    "quotation",
    [
        *QUOTED_STATEMENTS,
        pytest.param("\u201c" + " ".join(STATEMENT) + ".", id="a_mark_nothing_closes"),
    ],
)
def test_a_copy_of_the_words_around_a_statement_over_sentences_is_found(quotation: str) -> None:
    """A paper runs a wire story's own sentences around the statement it quotes: they are
    copied, and the statement's quotation, however it runs, takes none of them; a mark that
    nothing closes quotes only the rest of its sentence."""
    own = WIRE[:3]
    wire = "\n".join([own[0], f"{quotation} the company said.", *own[1:]])
    paper = "\n".join([own[0], f"{quotation} Island Ferries said.", *own[1:]])
    pair = only_pair(document(wire, "wire", "Wire"), document(paper, "paper", "Paper"))
    assert pair.verdict in (Verdict.COPY, Verdict.DERIVED)
    assert min(pair.a_in_b, pair.b_in_a) > 0.9
    assert pair.longest_run_words >= len(words(" ".join(own[1:])))


def test_two_reports_of_a_resignation_quoting_the_same_statements_are_independent() -> None:
    """Two papers quote the same four statements of a resignation word for word, each tagged
    "he said", and write the rest themselves: identical sentences, but the quotations are shared
    and their tags are how any report attributes them, so neither a copy nor a part of one."""
    quotes = [
        '"I have decided that the time has come for me to step aside so that the party can '
        'choose a new leader before the autumn conference," Torres said.',
        '"I am proud of what this government has achieved on jobs, on schools and on the '
        'health service," he said.',
        '"I want to thank every volunteer, every member and every voter who placed their trust '
        'in me over the past six years," he said.',
        '"This was not an easy decision and I did not take it lightly," he said.',
    ]
    wire = "\n".join(
        [
            "Prime Minister Alan Torres resigned on Friday.",
            *quotes,
            "Torres will stay on until a successor is chosen.",
        ]
    )
    courier = "\n".join(
        [
            "Alan Torres stepped down as prime minister on Friday afternoon.",
            *quotes,
            "He remains in office until the party picks his replacement.",
        ]
    )
    pair = only_pair(
        document(wire, "wire", "Capital Wire"), document(courier, "courier", "Courier")
    )
    assert pair.verdict is Verdict.INDEPENDENT
    assert max(pair.a_in_b, pair.b_in_a) == 0.0
    assert min(pair.a_verbatim_in_b, pair.b_verbatim_in_a) > 0.8


def test_a_copy_that_edits_its_quotations_attributions_is_derived_not_copy() -> None:
    """A paper runs a wire story's sentences, but has each quotation "claimed" where the wire
    has it "said": not word for word, whatever share of its own words the quotations leave."""
    quotes = [
        '"We are not going to give up on this city or on the people who live here," he said.',
        '"The money has been promised for years and not one bridge has been repaired," he said.',
        '"Our crews will be out on the roads tonight and every night until it is done," he said.',
    ]
    wire = "\n".join(
        [
            "The mayor of Tarrow unveiled a 40 million euro plan to repair the town's bridges.",
            quotes[0],
            "The council will vote on the plan next Thursday, officials said.",
            quotes[1],
            "Work on the first two bridges could start in the spring.",
            quotes[2],
        ]
    )
    paper = wire.replace('," he said.', '," he claimed.')
    pair = only_pair(
        document(wire, "wire", "Wire", published="2025-03-10"),
        document(paper, "paper", "Paper", published="2025-03-11"),
    )
    assert pair.verdict is Verdict.DERIVED
    assert [n.kind for m in pair.matches for n in m.framing].count(
        FramingKind.ATTRIBUTION_VERB
    ) == 3


def test_a_stock_line_brings_in_only_its_own_words() -> None:
    """Two reports of one crime share the police's stock line; one goes on with its own
    clause. The longer sentence counts only the words the line shares with it, not the
    clause: the longer report is the less contained."""
    national = "\n".join(
        [
            "Police said a man had been arrested on suspicion of murder after a woman was found "
            "dead at a house in Leeds on Sunday morning.",
            "Officers were called to the property in Harehills shortly after 07:00 following "
            "reports of concern for a woman's welfare.",
            "Neighbours described hearing shouting during the night.",
        ]
    )
    local = "\n".join(
        [
            "Police said a man had been arrested on suspicion of murder.",
            "The body of a 34-year-old woman was discovered at an address on Compton Road.",
            "Residents of the terraced street told reporters they were shocked.",
        ]
    )
    result = compare_documents(
        [document(national, "national", "National"), document(local, "local", "Local")],
        single_story=True,
    )
    (pair,) = result.pairs
    assert len(pair.matches) == 1
    stock_line = len(result.sentences["local"][0].tokens)
    national_words = sum(len(s.tokens) for s in result.sentences["national"])
    assert pair.a_in_b == round(stock_line / national_words, 3)
    assert pair.b_in_a > pair.a_in_b


# A rewrite of the Kremlin story that keeps the wire's phrases but none of its sentences.
WIRE_PHRASES_REWRITTEN = [
    "On Monday the Kremlin spokesman Dmitry Peskov, in a combative mood, said NATO was now a direct participant in the Ukraine conflict.",
    "He told reporters that Western support for Ukraine has placed NATO in a state of open confrontation with Russia, a charge allies deny.",
    "Brushing aside such doubts as irrelevant, the spokesman insisted, arguing that NATO's actions already constitute warfare against his country.",
]
SHELTERS = "Local shelters in Riverside opened their doors on Monday night."


def _wire_and_daily(
    wire_source: str = "Coastal Courier", wire_opening: str = "", **dates: str
) -> tuple[Document, Document]:
    """The wire's story and a paper's copy that adds a local sentence, undated unless ``dates``
    gives ``wire`` or ``daily`` a date and ``wire_time`` or ``daily_time`` a time."""
    wire = document(wire_opening + "\n".join(WIRE), "wire", wire_source)
    daily = document("\n".join([*WIRE, SHELTERS]), "daily", "Brantford Daily")
    return (
        replace(wire, published=dates.get("wire"), published_time=dates.get("wire_time")),
        replace(daily, published=dates.get("daily"), published_time=dates.get("daily_time")),
    )


def _signed_by_its_desk(wire: Document, daily: Document) -> tuple[Document, Document]:
    """The wire's story under its own desk's byline ("Coastal Wire staff"), as an agency signs
    its copy, and the paper's copy."""
    return replace(wire, author=f"{wire.source} staff"), daily


def test_one_moment_on_two_dates_tells_no_direction_by_date() -> None:
    """A wire posted at 01:00 on April 7 in Athens (+0200) and a paper at 23:00 UTC on April 6
    published at one moment, though their dates differ: in a story where a third paper gives a
    date alone, the dates do not make the paper the origin; what each holds of the other tells."""
    wire, daily = _wire_and_daily(
        wire="2025-04-07",
        daily="2025-04-06",
        wire_time="2025-04-06T23:00:00Z",
        daily_time="2025-04-06T23:00:00Z",
    )
    dated = replace(
        document("\n".join(WIRE[:4]), "ledger", "Valley Ledger"), published="2025-04-08"
    )
    (pair,) = [
        p for p in compare_documents([wire, daily, dated]).pairs if {p.a, p.b} == {"wire", "daily"}
    ]
    assert pair.direction_basis is DirectionBasis.CONTAINMENT


@pytest.mark.parametrize(
    ("daily_date", "directed"),
    [
        pytest.param("2025-04", ("daily", DirectionBasis.CONTAINMENT), id="same_month"),
        pytest.param("2025-05", ("wire", DirectionBasis.PUBLISHED_DATE), id="next_month"),
    ],
)
def test_a_month_alone_directs_a_pair_only_against_another_month(
    daily_date: str, directed: tuple[str, DirectionBasis]
) -> None:
    """A paper dated by its month alone is neither before nor after a wire of a day of that
    month, so what each holds of the other tells the direction (the daily holds all the wire
    does); against a day of an earlier month, its date does."""
    wire, daily = _wire_and_daily(wire="2025-04-07", daily=daily_date)
    (pair,) = compare_documents([wire, daily]).pairs
    assert (pair.origin, pair.direction_basis) == directed


def _credited(wire: Document, daily: Document) -> tuple[Document, Document]:
    """The wire and the paper, which credits the wire's outlet."""
    return wire, replace(daily, text=f"{daily.text}\nCoastal Courier contributed to this report.")


@pytest.mark.parametrize(
    ("a", "b", "direction", "basis"),
    [
        pytest.param(
            *_wire_and_daily(
                wire="2025-03-10",
                daily="2025-03-10",
                wire_time="2025-03-10T08:30:00Z",
                daily_time="2025-03-10T09:30:00Z",
            ),
            "a->b",
            DirectionBasis.PUBLISHED_TIME,
            id="published_time",
        ),
        pytest.param(
            # The wire's "Speaking on Monday" reports its own day.
            *_wire_and_daily(wire="2025-03-10", daily="2025-03-11"),
            "a->b",
            DirectionBasis.PUBLISHED_DATE,
            id="published_date",
        ),
        pytest.param(*_credited(*_wire_and_daily()), "a->b", DirectionBasis.CREDIT, id="credit"),
        pytest.param(
            *_signed_by_its_desk(*_wire_and_daily("Coastal Wire")),
            "a->b",
            DirectionBasis.NEWS_AGENCY,
            id="news_agency",
        ),
        pytest.param(
            *_wire_and_daily(wire_opening="MOSCOW (AP) \u2014 "),
            "a->b",
            DirectionBasis.AGENCY_DATELINE,
            id="agency_dateline",
        ),
        pytest.param(
            document("\n".join(WIRE[:3]), "brief", "Valley Ledger"),
            document("\n".join(WIRE), "post", "Northern Post"),
            "b->a",
            DirectionBasis.CONTAINMENT,
            id="containment",
        ),
        pytest.param(
            document("\n".join(WIRE), "post", "Northern Post"),
            document("\n".join(WIRE_PHRASES_REWRITTEN), "ledger", "Valley Ledger"),
            "a->b",
            DirectionBasis.PHRASING,
            id="phrasing",
        ),
    ],
)
def test_a_direction_names_what_told_it(
    a: Document, b: Document, direction: str, basis: DirectionBasis
) -> None:
    """A pair's direction comes with what told it, from a time or credit down to shares alone,
    so that a reader can weigh a direction that two near shares decide."""
    pair = only_pair(a, b)
    assert (pair.direction, pair.direction_basis) == (direction, basis)


def test_dates_that_tell_a_direction_say_times_where_both_give_one() -> None:
    """In a story where a third article gives no time, dates of other days order two articles;
    when both give a time, and the times agree, the verdict says the times told it."""
    wire, daily = _wire_and_daily(
        wire="2025-03-09",
        daily="2025-03-10",
        wire_time="2025-03-09T08:30:00Z",
        daily_time="2025-03-10T06:00:00Z",
    )
    untimed = document("\n".join(WIRE[:4]), "ledger", "Valley Ledger", published="2025-03-11")
    (pair,) = [
        p
        for p in compare_documents([wire, daily, untimed]).pairs
        if {p.a, p.b} == {"wire", "daily"}
    ]
    assert (pair.direction, pair.direction_basis) == ("a->b", DirectionBasis.PUBLISHED_TIME)


@pytest.mark.parametrize(
    ("daily_day", "daily_time", "told"),
    [
        pytest.param(
            "2026-12-05",
            "2026-12-05T03:00:00Z",
            ("b->a", DirectionBasis.PUBLISHED_TIME),
            id="timed_of_the_next_printed_day_but_earlier_in_utc",
        ),
        pytest.param(
            "2026-12-05",
            None,
            ("a->b", DirectionBasis.PUBLISHED_DATE),
            id="untimed_of_the_next_printed_day",
        ),
        pytest.param("2026-12-04", None, None, id="untimed_of_the_same_printed_day"),
    ],
)
def test_times_in_utc_order_two_articles_and_printed_days_an_untimed_one(
    daily_day: str, daily_time: str | None, told: tuple[str, DirectionBasis] | None
) -> None:
    """An article published on December 4 at 23:30 in New York (04:30 UTC on the 5th) came
    after one of the 5th at 03:00 UTC in London, though its outlet printed an earlier day, in a
    story where a third article gives no time too; against a paper that gives a date alone, the
    days the outlets printed decide, and one of the 4th is of its day: no date tells."""
    wire, daily = _wire_and_daily(
        wire="2026-12-04", daily=daily_day, wire_time="2026-12-05T04:30:00Z"
    )
    daily = replace(daily, published_time=daily_time)
    untimed = document("\n".join(WIRE[:4]), "ledger", "Valley Ledger", published="2026-12-06")
    (pair,) = [
        p
        for p in compare_documents([wire, daily, untimed]).pairs
        if {p.a, p.b} == {"wire", "daily"}
    ]
    dated = (pair.direction, pair.direction_basis)
    if told is None:
        assert pair.direction_basis not in (
            DirectionBasis.PUBLISHED_TIME,
            DirectionBasis.PUBLISHED_DATE,
        )
    else:
        assert dated == told


def test_a_pair_without_a_direction_has_nothing_that_told_it() -> None:
    """Two undated articles that hold each other nearly whole, one a word longer, have no
    direction and no basis for one."""
    longer = [*WIRE[:-1], WIRE[-1].replace("claims", "claims outright")]
    pair = only_pair(
        document("\n".join(WIRE), "post", "Northern Post"),
        document("\n".join(longer), "ledger", "Valley Ledger"),
    )
    assert (pair.direction, pair.direction_basis) == (None, None)


def test_publication_times_order_a_same_day_pair() -> None:
    """Two outlets of one day: the time each went out decides who reuses whom, before credits
    and containment (here a paper ran the wire's text an hour before the wire's own, fuller,
    version); without both times, the wire service is still the origin."""
    local = "Local shelters in Riverside opened their doors on Monday night."
    wire = document("\n".join([*WIRE, local]), "wire", "Associated Press", published="2025-03-10")
    daily = document("\n".join(WIRE), "daily", "Brantford Daily", published="2025-03-10")
    early, late = "2025-03-10T08:30:00Z", "2025-03-10T09:30:00Z"
    timed = only_pair(replace(wire, published_time=late), replace(daily, published_time=early))
    assert timed.direction == "b->a"
    assert only_pair(replace(wire, published_time=late), daily).direction == "a->b"


def test_two_times_order_a_same_day_pair_in_a_story_of_untimed_articles() -> None:
    """Where another article of the story gives no time, the dates order the story, and two
    articles of one day that both give a time are still ordered by it: an identical copy runs
    after the wire's own."""
    day = "2025-03-10"
    wire = document("\n".join(WIRE), "wire", "Coastal Wire", published=day)
    wire = replace(wire, published_time="2025-03-10T14:05:00Z")
    star = document("\n".join(WIRE), "star", "Riverton Star", published=day)
    star = replace(star, published_time="2025-03-10T18:30:00Z")
    untimed = document("\n".join(WIRE[:3]), "post", "Valley Post", published=day)
    result = compare_documents([star, untimed, wire], single_story=True)
    (pair,) = [p for p in result.pairs if {p.a, p.b} == {"star", "wire"}]
    assert (pair.a, pair.direction) == ("star", "b->a")


def test_naming_a_source_in_the_story_is_no_credit() -> None:
    """A paper whose story mentions a word that is the other outlet's name ("metro") does not
    credit it: only a credit line or a wire credit says who took from whom."""
    day = "2025-03-10"
    metro = document("\n".join(WIRE), "metro", "Metro", published=day)
    local = "Riverside's metro bus service ran on a reduced timetable on Monday."
    star = document("\n".join([*WIRE, local]), "star", "Toronto Star", published=day)
    assert only_pair(metro, star).direction == "b->a"  # by containment, as without the mention


def test_boilerplate_is_not_reuse() -> None:
    """Two unrelated articles ending with the same credit line are independent."""
    credit = "Reuters contributed to this report."
    pair = only_pair(
        document("\n".join([*WIRE, credit]), "a"), document("\n".join([*OTHER, credit]), "b")
    )
    assert pair.verdict is Verdict.INDEPENDENT
    assert (pair.a_in_b, pair.b_in_a) == (0.0, 0.0)
    assert (pair.longest_run_words, pair.longest_run_at) == (0, None)


def test_the_longest_run_continues_across_consecutive_sentences() -> None:
    """Consecutive sentences copied in the same order make one run."""
    pair = only_pair(
        document("\n".join(WIRE[:3]), "a"),
        document("\n".join([OTHER[0], *WIRE[:2], OTHER[1]]), "b"),
    )
    assert pair.longest_run_words == len(WIRE[0].split()) + len(WIRE[1].split())
    # A's first two sentences, B's second and third.
    assert pair.longest_run_at == RunPlace((0, 1), (1, 2))


def test_the_longest_run_continues_past_boilerplate_between_copied_sentences() -> None:
    """A web copy's "Advertisement" slot between two copied paragraphs does not cut the run."""
    pair = only_pair(
        document("\n".join(WIRE[:3]), "a"),
        document("\n".join([OTHER[0], WIRE[0], "Advertisement", *WIRE[1:3]]), "b"),
    )
    assert pair.longest_run_words == sum(len(line.split()) for line in WIRE[:3])
    assert pair.longest_run_at == RunPlace((0, 2), (1, 4))


def test_the_same_text_twice_is_an_identical_copy() -> None:
    """Two documents with one text are a copy marked identical; an abridged copy is not identical."""
    text = "\n".join(WIRE)
    pair = only_pair(document(text, "saved"), document(text, "saved-again"))
    assert (pair.verdict, pair.identical, pair.a_in_b, pair.b_in_a) == (Verdict.COPY, True, 1, 1)
    abridged = only_pair(document(text, "wire"), document("\n".join(WIRE[:-1]), "daily"))
    assert (abridged.verdict, abridged.identical) == (Verdict.COPY, False)


def test_identical_boilerplate_only_texts_are_still_a_copy() -> None:
    """A credit line saved twice counts no reused words, yet the same text twice is a copy."""
    text = "Reuters contributed to this report."
    pair = only_pair(document(text, "a"), document(text, "b"))
    assert (pair.verdict, pair.identical) == (Verdict.COPY, True)


def test_same_source_pairs_are_marked() -> None:
    """Two versions from one outlet are an update, marked same_source."""
    pair = only_pair(
        document("\n".join(WIRE), "v1", "Wire"), document("\n".join(WIRE[:-1]), "v2", "wire")
    )
    assert pair.same_source


@pytest.mark.parametrize(
    ("paths", "same"),
    [
        pytest.param(("reuters/v1.txt", "reuters/v2.txt"), True, id="one_wires_folder"),
        pytest.param(
            ("wires/reuters/v1.txt", "wires/reuters/v2.txt"), True, id="one_wires_folder_deeper"
        ),
        pytest.param(("associated_press/v1.txt", "ap/v2.txt"), True, id="one_wire_two_names"),
        pytest.param(("reuters/world/v1.txt", "reuters/world/v2.txt"), True, id="a_wires_section"),
        pytest.param(
            ("associated-press/v1.txt", "associated_press/v2.txt"), True, id="a_wire_hyphened"
        ),
        pytest.param(
            ("meridian_wire/v1.txt", "meridian_wire/v2.txt"), True, id="an_agencys_folder"
        ),
        pytest.param(
            ("york_gazette/flood.txt", "york_gazette/flood-update.txt"), True, id="a_papers_folder"
        ),
        pytest.param(
            ("papers/pennine_herald/flood.txt", "papers/pennine_herald/2025/flood-update.txt"),
            True,
            id="a_papers_folder_by_year",
        ),
        pytest.param(("reuters/v1.txt", "courier/v1.txt"), False, id="two_outlets_folders"),
        pytest.param(
            ("york_gazette/flood.txt", "pennine_post/flood.txt"), False, id="two_papers_folders"
        ),
        pytest.param(("strike/courier.txt", "strike/gazette.txt"), False, id="a_storys_folder"),
        pytest.param(
            ("heat_record/courier.txt", "heat_record/gazette.txt"),
            False,
            id="a_storys_folder_ending_as_a_masthead_may",
        ),
        pytest.param(
            ("local_news/courier.txt", "local_news/gazette.txt"), False, id="a_feeds_news_folder"
        ),
        pytest.param(
            ("er_wait_times/courier.txt", "er_wait_times/gazette.txt"),
            False,
            id="a_storys_folder_ending_as_the_times",
        ),
        pytest.param(
            ("medical_examiner/courier.txt", "medical_examiner/gazette.txt"),
            False,
            id="a_storys_folder_ending_as_the_examiner",
        ),
        pytest.param(("v1.txt", "v2.txt"), False, id="no_folder"),
    ],
)
def test_files_in_one_outlets_folder_are_one_source(paths: tuple[str, str], same: bool) -> None:
    """A folder named for a wire service, or as a newspaper is, holds that outlet's stories: two
    versions of a story in reuters/ or york_gazette/ are one source's, whatever their files are
    called, and neither is named the other's copy. Other folders may hold one story's outlets:
    two papers in strike/ are two sources."""
    a, b = (
        replace(
            document(text, path.removesuffix(".txt").replace("/", "-")),
            path=f"articles/{path}",
            source=path.removesuffix(".txt"),
        )
        for path, text in zip(paths, ("\n".join(WIRE), "\n".join(WIRE[:-1])), strict=True)
    )
    pair = only_pair(a, b)
    assert (pair.same_source, pair.undisclosed_reuse) == (same, not same)
    assert (pair.direction is None) is same


def test_reuse_without_credit_is_flagged_and_with_credit_is_not() -> None:
    """Copied wire text is undisclosed unless the copy credits wire services or the source."""
    wire = document("\n".join(WIRE), "wire", "Wire Service", published="2025-01-13")
    silent = document("\n".join(WIRE), "silent", "Daily", published="2025-01-14")
    text = "\n".join([*WIRE, "With wire services"])
    credited = replace(document(text, "credited", "Daily"), credits=find_credits(text))
    assert only_pair(wire, silent).undisclosed_reuse
    assert not only_pair(wire, credited).undisclosed_reuse


@pytest.mark.parametrize(
    ("copy_dateline", "undisclosed"),
    [
        pytest.param("CORVALE (Meridian) \u2014 ", False, id="kept"),
        pytest.param("CORVALE \u2014 ", True, id="dropped"),
        pytest.param("CORVALE (Herald) \u2014 ", True, id="its_own"),
    ],
)
def test_a_copy_that_keeps_its_origins_dateline_credits_it(
    copy_dateline: str, undisclosed: bool
) -> None:
    """A paper's later copy that keeps the "(Meridian)" of the story's dateline credits whoever
    filed it so, though nothing names the origin's files for Meridian; one that drops it, or
    dates the story as its own, credits no one."""
    story = "\n".join(WIRE)
    wire = document("CORVALE (Meridian) \u2014 " + story, "wire", "wire", published="2025-01-13")
    paper = document(copy_dateline + story, "paper", "paper", published="2025-01-14")
    pair = only_pair(wire, paper)
    assert (pair.direction, pair.undisclosed_reuse) == ("a->b", undisclosed)


def test_a_copys_dateline_naming_its_origins_source_credits_it() -> None:
    """A feed may give an agency's dateline apart from its text: a paper's copy that opens
    "CORVALE (Meridian) -" credits the Meridian Press Agency's record, which has none."""
    story = "\n".join(WIRE)
    wire = document(story, "mpa-1", "Meridian Press Agency", published="2025-01-13")
    paper = document(
        "CORVALE (Meridian) \u2014 " + story, "vg-1", "Gazette", published="2025-01-14"
    )
    pair = only_pair(wire, paper)
    assert (pair.direction, pair.undisclosed_reuse) == ("a->b", False)


@pytest.mark.parametrize(
    ("credit", "undisclosed"),
    [
        pytest.param("The Associated Press contributed to this report.", False, id="its_wire"),
        pytest.param("Reuters contributed to this report.", True, id="another_wire"),
        pytest.param("With wire services", False, id="wires_in_general"),
    ],
)
def test_an_agencys_text_is_disclosed_by_crediting_that_agency(
    credit: str, undisclosed: bool
) -> None:
    """A paper's verbatim copy of AP's story discloses it by crediting AP, or news agencies in
    general, not by crediting Reuters: that misattributes AP's text."""
    ap = replace(
        document("\n".join(WIRE), "ap-story", "ap/story"),
        path="ap/story.txt",
        source_from_path=True,
    )
    text = "\n".join([*WIRE, credit])
    paper = replace(document(text, "paper", "Daily"), credits=find_credits(text))
    pair = only_pair(ap, paper)
    assert (pair.direction, pair.undisclosed_reuse) == ("a->b", undisclosed)


@pytest.mark.parametrize(
    ("wire", "credit"),
    [
        pytest.param("EFE", "Con información de EFE.", id="spanish"),
        pytest.param("EFE", "Diario Sur, con EFE.", id="spanish_papers_name_with_efe"),
        pytest.param("AFP", "D'après l'AFP.", id="french_after_afp"),
        pytest.param("dpa", "mit dpa", id="german_with_dpa"),
        pytest.param("AFP", "Avec AFP.", id="french"),
        pytest.param("AFP", "Le Bocage libre avec AFP", id="french_papers_name_in_sentence_case"),
        pytest.param("dpa", "Mit Material von dpa.", id="german"),
        pytest.param("Lusa", "Com Lusa", id="portuguese"),
        pytest.param("Lusa", "LUSA/FIM", id="portuguese_end_mark_in_capitals"),
        pytest.param("Lusa", "Texto: Ag\u00eancia Lusa", id="portuguese_label_of_the_text"),
        pytest.param("Lusa", "ZAP // Lusa", id="portuguese_papers_name_and_double_slash"),
        pytest.param("dpa", "Text: dpa", id="german_label_of_the_text"),
        pytest.param("ANSA", "Fonte: ANSA", id="italian"),
        pytest.param("The Canadian Press", "\u2014 With files from The Canadian Press", id="cp"),
        pytest.param(
            "RIA Novosti",
            "\u041f\u043e \u043c\u0430\u0442\u0435\u0440\u0438\u0430\u043b\u0430\u043c "
            "\u0420\u0418\u0410 \u041d\u043e\u0432\u043e\u0441\u0442\u0438.",
            id="russian",
        ),
        # Urdu: "(Courtesy of APP)", "Courtesy: APP", "Source: APP".
        pytest.param("APP", "(بشکریہ اے پی پی)", id="urdu_courtesy_in_brackets"),
        pytest.param("APP", "بشکریہ: اے پی پی", id="urdu_courtesy_label"),
        pytest.param("APP", "ذریعہ: اے پی پی", id="urdu_source_label"),
    ],
)
def test_a_credit_line_in_any_language_credits_the_wire(wire: str, credit: str) -> None:
    """ "Con información de EFE." closes a paper's copy of EFE's text as "Reuters contributed to
    this report." does: the paper credits the wire, so it is the copy and discloses it, and the
    line is no sentence of its own reporting."""
    local = "Local shelters in Riverside opened their doors on Monday night."
    text = "\n".join([*WIRE, local, credit])
    paper = replace(document(text, "paper", "Daily"), credits=find_credits(text))
    pair = only_pair(document("\n".join(WIRE), "wire", wire), paper)
    assert (pair.direction, pair.undisclosed_reuse) == ("a->b", False)
    assert pair.only_b == (len(WIRE),)


# A dpa story as a German regional paper runs it.
GERMAN_WIRE = [
    "Die Bundesregierung will die Grundsteuer für Landwirte im kommenden Jahr deutlich senken.",
    "Agrarminister Paul Reinholt sagte am Dienstag in Berlin, die Entlastung betrage rund 400 Millionen Euro.",
    "Die Bauernverbände begrüßten den Schritt, forderten aber weitere Hilfen für kleine Höfe.",
    "Die Opposition kritisierte, das Geld fehle an anderer Stelle im Haushalt.",
    "Der Bundestag soll im Mai über das Gesetz abstimmen.",
]


@pytest.mark.parametrize(
    ("wire", "dateline", "credit"),
    [
        pytest.param("dpa", "Berlin (dpa/lbn) - ", "", id="dpa_regional_service_dateline"),
        pytest.param("dpa", "Magdeburg (dpa/lsa) - ", "", id="dpa_saxony_anhalt_dateline"),
        pytest.param("dpa", "", "(dpa/lni)", id="dpa_regional_service_sign_off"),
        pytest.param("epd", "Berlin (epd/ost). ", "", id="epd_regional_service_dateline"),
        pytest.param("epd", "", "Mit Material von epd", id="material_from_epd"),
        pytest.param("epd", "", "(epd)", id="epd_sign_off"),
        pytest.param(
            "KNA", "", "Quelle: Katholische Nachrichten-Agentur", id="kna_by_its_full_name"
        ),
    ],
)
def test_a_german_papers_credit_of_its_agencys_regional_service_credits_the_agency(
    wire: str, dateline: str, credit: str
) -> None:
    """dpa's and epd's regional services sign their copy "Berlin (dpa/lbn) -", "(epd/ost)":
    the copy is the agency's, and a paper that keeps the dateline credits it, as it does with
    "Mit Material von epd" under a story of the Evangelischer Pressedienst, the agency of German
    papers beside dpa."""
    text = dateline + "\n".join(GERMAN_WIRE) + (f"\n{credit}" if credit else "")
    paper = replace(
        document(text, "paper", "Havelblatt", published="2025-03-05"),
        credits=find_credits(text),
    )
    filed = document("\n".join(GERMAN_WIRE), "wire", wire, published="2025-03-04")
    pair = only_pair(filed, paper)
    assert (pair.direction, pair.undisclosed_reuse) == ("a->b", False)
    assert paper.credits == (wire,)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(
            "Wie der Prignitzer Landbote berichtete, waren auch Landwirte aus Rathenow angereist.",
            id="german_as_the_paper_reported",
        ),
        pytest.param(
            "Auch Landwirte aus Rathenow waren angereist, wie der Prignitzer Landbote berichtet.",
            id="german_as_the_paper_reports",
        ),
        pytest.param(
            "Das berichtete der Prignitzer Landbote am Mittwoch.", id="german_paper_after_verb"
        ),
        pytest.param(
            "Des agriculteurs de Rathenow étaient venus, rapporte Prignitzer Landbote.",
            id="french_reports",
        ),
        pytest.param(
            "Prignitzer Landbote informó que llegaron agricultores de Rathenow.",
            id="spanish_reported",
        ),
    ],
)
def test_a_paper_named_with_a_verb_of_reporting_in_german_french_or_spanish_is_credited(
    line: str,
) -> None:
    """German papers credit one another by name and verb ("Wie der Prignitzer Landbote
    berichtete, ..."), as English ones write "as the Ledger Line reported": the copy names its
    source in its own words, and its reuse is disclosed there."""
    paper = document(
        "\n".join([*GERMAN_WIRE[:4], line]), "paper", "Havelblatt", published="2025-03-05"
    )
    landbote = document(
        "\n".join(GERMAN_WIRE), "landbote", "Prignitzer Landbote", published="2025-03-04"
    )
    pair = only_pair(landbote, paper)
    assert (pair.direction, pair.undisclosed_reuse) == ("a->b", False)
    assert [credit.sentence.text for credit in pair.credited_at if credit.sentence] == [line]


UNNAMED_WIRE_CREDITS = [
    pytest.param("With wire services", id="with_wire_services"),
    pytest.param("Wire services contributed to this report.", id="wire_services_contributed"),
    pytest.param("From wire reports", id="from_wire_reports"),
    pytest.param("\u2014 Staff and wire reports", id="staff_and_wire_reports"),
    pytest.param("Compiled from wire services", id="compiled_from_wire_services"),
    pytest.param("Con información de agencias.", id="spanish_from_agencies"),
    pytest.param("Avec agences", id="french_with_agencies"),
]


@pytest.mark.parametrize("credit", UNNAMED_WIRE_CREDITS)
def test_a_line_crediting_wires_in_general_discloses_a_news_agencys_copy(credit: str) -> None:
    """A paper that runs an agency's text, or a text filed by one, and ends "With wire services"
    admits the wire copy it took: the line credits news agencies, and is no sentence of its own
    reporting."""
    text = "\n".join([*WIRE, credit])
    paper = replace(
        document(text, "paper", "Daily", published="2025-01-14"), credits=find_credits(text)
    )
    for source, dateline in [
        ("Coastal Press Agency", ""),
        ("Reuters", ""),
        ("Valley Times", "TARROW (AP) - "),
    ]:
        wire = document(dateline + "\n".join(WIRE), "wire", source, published="2025-01-13")
        pair = only_pair(wire, paper)
        assert (pair.direction, pair.undisclosed_reuse, pair.only_b) == ("a->b", False, ())


@pytest.mark.parametrize("credit", UNNAMED_WIRE_CREDITS)
def test_a_line_crediting_wires_in_general_does_not_disclose_a_newspapers_text(
    credit: str,
) -> None:
    """The same line under a copy of a newspaper's story names no one it took from: the reuse
    is undisclosed."""
    text = "\n".join([*WIRE, credit])
    paper = replace(
        document(text, "paper", "Daily", published="2025-01-14"), credits=find_credits(text)
    )
    times = document("\n".join(WIRE), "times", "Valley Times", published="2025-01-13")
    pair = only_pair(times, paper)
    assert (pair.direction, pair.undisclosed_reuse) == ("a->b", True)


@pytest.mark.parametrize(
    ("times_credit", "undisclosed"),
    [
        pytest.param(None, True, id="the_papers_own"),
        pytest.param("Reuters contributed to this report.", False, id="the_papers_from_that_wire"),
        pytest.param("With wire services", False, id="the_papers_from_the_wires"),
        pytest.param("The Associated Press contributed to this report.", True, id="another_wires"),
    ],
)
def test_a_named_wire_credit_discloses_a_newspapers_text_only_as_that_wires(
    times_credit: str | None, undisclosed: bool
) -> None:
    """A copy of a newspaper's story that ends "Reuters contributed to this report." names no
    one it took the paper's own text from; it discloses text the paper itself credits to
    Reuters, or to wire services, which both may have taken from Reuters, but not the paper's
    AP copy."""
    text = "\n".join([*WIRE, "Reuters contributed to this report."])
    paper = replace(
        document(text, "paper", "Daily", published="2025-01-14"), credits=find_credits(text)
    )
    own = "\n".join([*WIRE, times_credit] if times_credit else WIRE)
    times = replace(
        document(own, "times", "Valley Times", published="2025-01-13"),
        credits=find_credits(own),
    )
    pair = only_pair(times, paper)
    assert (pair.direction, pair.undisclosed_reuse) == ("a->b", undisclosed)


@pytest.mark.parametrize(
    ("source", "dateline", "author", "basis"),
    [
        pytest.param(
            "Reuters", "LONDON (Reuters) - ", None, DirectionBasis.AGENCY_DATELINE, id="dateline"
        ),
        pytest.param("AP", "", "The Associated Press", DirectionBasis.NEWS_AGENCY, id="byline"),
        pytest.param("Reuters", "", None, DirectionBasis.PUBLISHED_TIME, id="unsigned"),
        pytest.param(
            "Osprey News Agency",
            "TARVIK, Dec 5 (Osprey) - ",
            None,
            DirectionBasis.AGENCY_DATELINE,
            id="a_word_of_an_agencys_name",
        ),
        pytest.param(
            "Agence Osprey",
            "TARVIK, Dec 5 (Osprey) - ",
            None,
            DirectionBasis.AGENCY_DATELINE,
            id="agence_and_its_name",
        ),
    ],
)
def test_an_agencys_signed_copy_is_the_origin_of_a_client_timed_before_it(
    source: str, dateline: str, author: str | None, basis: DirectionBasis
) -> None:
    """A client that runs the agency's text uncredited, its clock ten minutes ahead of the
    agency's, is the copy of the agency's copy signed by its dateline (a known wire's, or a word
    of the name of an outlet whose name says it is an agency) or byline, and flagged;
    the agency is never flagged for not crediting its client. Unsigned, the times tell."""
    story = "\n".join(WIRE)
    wire = replace(
        document(dateline + story, "wire", source, published="2026-12-05"),
        published_time="2026-12-05T08:00:00Z",
        author=author,
        credits=find_credits(dateline + story, author),
    )
    client = replace(
        document(story, "client", "Evening Post", published="2026-12-05"),
        published_time="2026-12-05T07:50:00Z",
    )
    pair = only_pair(wire, client)
    signed = basis is not DirectionBasis.PUBLISHED_TIME
    assert (pair.direction, pair.direction_basis) == ("a->b" if signed else "b->a", basis)
    assert pair.undisclosed_reuse


@pytest.mark.parametrize(
    ("named", "direction", "basis"),
    [
        pytest.param("", "b->a", DirectionBasis.AGENCY_DATELINE, id="the_paper_unnamed"),
        pytest.param(
            "The Valley Times first reported the closures.",
            "a->b",
            DirectionBasis.PUBLISHED_DATE,
            id="the_paper_named",
        ),
    ],
)
def test_a_wire_that_files_a_text_under_its_dateline_is_its_origin_unless_it_names_the_paper(
    named: str, direction: str, basis: DirectionBasis
) -> None:
    """A wire's own dateline signs its copy and credits no paper: the paper dated a day before
    that runs the same text uncredited is taken for the wire's copy, whatever the dates (a
    client's clock may run early), and flagged; a wire that names the paper may have taken the
    story from it, and the dates tell."""
    times = document("\n".join(WIRE), "times", "Valley Times", published="2025-01-13")
    filed = "TARROW (Harbor Wire) \u2014 " + "\n".join([*WIRE, named])
    wire = document(filed, "wire", "Harbor Wire", published="2025-01-14")
    pair = only_pair(times, wire)
    assert (pair.direction, pair.direction_basis) == (direction, basis)
    assert pair.undisclosed_reuse == (not named)


# A town council's flood-defence story as a local paper wrote it on Monday, and as a regional
# paper ran a wire's version of it on Tuesday under the wire's dateline.
FLOOD_WALL = [
    "Kelby council approved a 4.2 million pound flood wall along the River Aske on Monday, "
    "two years after the river flooded 310 homes.",
    "The wall will run for 1.6 kilometres between the Mill Lane bridge and the railway viaduct.",
    "Work is due to start in March and to finish before the winter of 2027.",
]


@pytest.mark.parametrize(
    ("regional_date", "origin", "basis"),
    [
        pytest.param("2025-01-14", "local", DirectionBasis.PUBLISHED_DATE, id="a_day_later"),
        pytest.param("2025-01-13", "regional", DirectionBasis.AGENCY_DATELINE, id="the_same_day"),
    ],
)
def test_a_paper_that_kept_a_wires_dateline_is_no_origin_of_one_printed_the_day_before(
    regional_date: str, origin: str, basis: DirectionBasis
) -> None:
    """A regional paper that ran the wire's story under the wire's dateline on Tuesday did not
    give its text to the local paper of Monday: the dateline it kept tells the order of two
    papers of one day (a clock runs early), not against a day the dates give."""
    local = document("\n".join(FLOOD_WALL), "local", "Kelby Mercury", published="2025-01-13")
    filed = "KELBY (Harbor Wire) \u2014 " + "\n".join(FLOOD_WALL)
    regional = document(filed, "regional", "Northern Evening Post", published=regional_date)
    pair = only_pair(local, regional)
    assert (pair.origin, pair.direction_basis) == (origin, basis)


def test_a_paper_that_kept_a_wires_dateline_is_no_later_than_the_month_the_other_gives() -> None:
    """A regional paper that kept the wire's dateline on the 13th, an hour after the local
    paper's post that gives only its month as its date, was not printed a day after it: a day
    of January is neither before nor after "January", so the dateline the regional kept tells
    the order, as for two papers of one day (a clock runs early)."""
    local = replace(
        document("\n".join(FLOOD_WALL), "local", "Kelby Mercury", published="2025-01"),
        published_time="2025-01-13T09:00:00Z",
    )
    filed = "KELBY (Harbor Wire) \u2014 " + "\n".join(FLOOD_WALL)
    regional = replace(
        document(filed, "regional", "Northern Evening Post", published="2025-01-13"),
        published_time="2025-01-13T10:00:00Z",
    )
    pair = only_pair(local, regional)
    assert (pair.origin, pair.direction_basis) == ("regional", DirectionBasis.AGENCY_DATELINE)


PENSIONES = [
    "El Gobierno aprob\u00f3 este martes una subida de las pensiones del 2,8 % para el pr\u00f3ximo a\u00f1o.",
    "La medida beneficiar\u00e1 a unos nueve millones de pensionistas, seg\u00fan el ministerio.",
    "Los sindicatos celebraron el acuerdo, aunque pidieron m\u00e1s ayudas para las viudas.",
    "La patronal advirti\u00f3 de que el gasto p\u00fablico seguir\u00e1 creciendo en los pr\u00f3ximos a\u00f1os.",
]


@pytest.mark.parametrize(
    ("wire_source", "client_source"),
    [
        pytest.param("efe/pensiones", "efe_clients/diario_sur", id="clients_folder_named_for_efe"),
        pytest.param("efe/pensiones", "clients_of_efe/diario_sur", id="clients_of_efe_folder"),
        pytest.param("EFE", "Client con_efe", id="source_holding_the_agencys_name"),
    ],
)
def test_an_agencys_own_dateline_credits_no_client_whose_name_holds_the_agencys(
    wire_source: str, client_source: str
) -> None:
    """EFE's "Madrid, 5 dic (EFE).-" signs its own copy: a client kept in "efe_clients/", or
    named "Client con_efe", is not named by it as a whole, so the agency stays the origin, the
    uncredited client is flagged and the one ending "Con informaci\u00f3n de EFE." is not."""

    def filed(text: str, id: str, source: str, time: str) -> Document:
        made = replace(
            document(text, id, source, published="2026-12-05"),
            published_time=f"2026-12-05T{time}:00Z",
            credits=find_credits(text),
        )
        return replace(made, path=f"{source}.md") if "/" in source else made

    story = "\n".join(PENSIONES)
    wire = filed("Madrid, 5 dic (EFE).- " + story, "wire", wire_source, "08:00")
    silent = filed(story, "silent", client_source, "12:00")
    credited = filed(
        story + "\nCon informaci\u00f3n de EFE.",
        "credited",
        f"{client_source}_2",
        "12:30",
    )
    result = compare_documents([wire, silent, credited], single_story=True)
    flags = {(p.a, p.b): (p.direction, p.undisclosed_reuse) for p in result.pairs}
    assert flags[("wire", "silent")] == ("a->b", True)
    assert flags[("wire", "credited")] == ("a->b", False)


def test_a_wire_brand_filing_under_its_dateline_is_the_origin_of_an_uncredited_copy() -> None:
    """A one-word brand glued to "wire" in a dateline ("HARROW (Sportwire) \u2014") is a news
    agency's, as "(Coastline Wire)" is: the paper that runs its report under an opening of its
    own and no credit is the copy and hides it; the paper that keeps the dateline credits it."""
    report = [
        "Harrow Town beat Castlebridge 3-1 at Mill Lane on Saturday to go top of the league.",
        "Danny Okafor scored twice, the second deep into first-half stoppage time.",
        "Substitute Jamal Price sealed the win in the 81st minute.",
        "The crowd of 14,212 was the largest at Mill Lane for six years.",
    ]
    filed = "HARROW (Sportwire) \u2014 " + "\n".join(report)
    wire = replace(document(filed, "sportwire", "sportwire"), credits=find_credits(filed))
    intro = "Harrow supporters waited a long time for Saturday evening at Mill Lane."
    echo = document("\n".join([intro, *report]), "echo", "harrow_echo")
    gazette = replace(document(filed, "gazette", "city_gazette"), credits=find_credits(filed))
    uncredited = only_pair(wire, echo)
    assert (uncredited.direction, uncredited.undisclosed_reuse) == ("a->b", True)
    credited = only_pair(wire, gazette)
    assert (credited.direction, credited.undisclosed_reuse) == ("a->b", False)


@pytest.mark.parametrize("credit", UNNAMED_WIRE_CREDITS)
def test_two_copies_crediting_wires_in_general_disclose_each_other(credit: str) -> None:
    """Two papers that both run a wire story, each ending with a line crediting wire services,
    took its text from the wires: the later one does not hide reuse of the earlier one's."""
    texts = ["\n".join([*WIRE, "With wire services"]), "\n".join([*WIRE, credit])]
    post, star = (
        replace(document(text, name, name.title(), published=day), credits=find_credits(text))
        for text, name, day in zip(
            texts, ("post", "star"), ("2025-01-13", "2025-01-14"), strict=True
        )
    )
    pair = only_pair(post, star)
    assert (pair.direction, pair.undisclosed_reuse) == ("a->b", False)


def test_naming_the_wire_of_the_origins_dateline_discloses_it() -> None:
    """A file that names no outlet but opens with Reuters' dateline is Reuters' text: a copy
    that says "according to Reuters" discloses it; one that names no wire does not."""
    filed = document(
        "LONDON (Reuters) - " + "\n".join(WIRE), "filed", "filed", published="2025-01-13"
    )
    local = "Local shelters opened on Monday night, according to Reuters."
    named = document("\n".join([*WIRE, local]), "named", "Daily", published="2025-01-14")
    silent = document("\n".join(WIRE), "silent", "Daily", published="2025-01-14")
    assert not only_pair(filed, named).undisclosed_reuse
    assert only_pair(filed, silent).undisclosed_reuse


@pytest.mark.parametrize(
    ("dateline", "source", "line"),
    [
        pytest.param(
            "TARROW, Wales (Meridian) - ",
            "Meridian Press Agency",
            "Local shelters opened on Monday night, according to Meridian.",
            id="a_word_of_its_name",
        ),
        pytest.param(
            "TARROW, Wales (Meridian) - ",
            "meridian_press/peskov",
            "Local shelters opened on Monday night, according to Meridian.",
            id="a_word_of_its_folders_name",
        ),
        pytest.param(
            "TARROW, Wales (Meridian) - ",
            "Meridian Press Agency",
            "Local shelters opened on Monday night, Meridian News reported.",
            id="its_word_gone_on_as_an_agencys_name",
        ),
        pytest.param(
            "KUWAIT CITY, March 10 (KUNA) -- ",
            "Kuwait News Agency",
            "The Kremlin repeated the charge on Tuesday, KUNA reported.",
            id="its_initials",
        ),
        pytest.param(
            "BRENNICK (BW) - ",
            "Brennick Wire",
            "Fourteen people were injured, according to BW.",
            id="its_initials_of_one_letter_a_word",
        ),
        pytest.param(
            "NORTHFIELD, May 14 (NPA) - ",
            "northfield_press_agency/peskov",
            "The Kremlin repeated the charge on Tuesday, according to NPA.",
            id="the_initials_of_its_folders_name",
        ),
    ],
)
def test_naming_the_origin_as_its_dateline_does_discloses_it(
    dateline: str, source: str, line: str
) -> None:
    """The Meridian Press Agency files "TARROW (Meridian) -", and papers write "according to
    Meridian" or "Meridian News reported"; the Kuwait News Agency files "(KUNA)", and papers
    write "KUNA reported": each names the agency, though not in full. A copy that names it
    nowhere does not."""
    filed = document(dateline + "\n".join(WIRE), "wire", source, published="2025-01-13")
    named = document("\n".join([*WIRE, line]), "named", "Daily", published="2025-01-14")
    silent = document("\n".join(WIRE), "silent", "Daily", published="2025-01-14")
    assert not only_pair(filed, named).undisclosed_reuse
    assert only_pair(filed, silent).undisclosed_reuse


@pytest.mark.parametrize(
    ("source", "line", "credited"),
    [
        pytest.param(
            "coastline_wire/story",
            "More storms are due, Coastline Wire reported.",
            True,
            id="folder",
        ),
        pytest.param(
            "coastline-wire", "More storms are due, Coastline Wire reported.", True, id="file"
        ),
        pytest.param(
            "harbour_wire/story", "More storms are due, Coastline Wire reported.", False, id="other"
        ),
        pytest.param(
            "coastline/story", "More storms will batter the coastline.", False, id="lower_case"
        ),
        pytest.param(
            "al_monitor/story", "Al-Monitor contributed to this report.", True, id="hyphened"
        ),
        pytest.param(
            "nyt/story",
            "The New York Times contributed to this report.",
            True,
            id="initials_of_the_credited_name",
        ),
        pytest.param(
            "ft/story", "The Financial Times contributed to this report.", True, id="two_initials"
        ),
        pytest.param(
            "wsj/story",
            "Copyright 2025 The Wall Street Journal. All rights reserved.",
            True,
            id="initials_in_a_copyright_line",
        ),
        pytest.param(
            "wapo/story",
            "The Washington Post contributed to this report.",
            True,
            id="first_letters_of_each_word",
        ),
        pytest.param(
            "latimes/story",
            "The Los Angeles Times contributed to this report.",
            True,
            id="initials_and_a_word",
        ),
        pytest.param(
            "ft/story", "Crews began rebuilding the 10 ft wall.", False, id="initials_as_a_unit"
        ),
        pytest.param(
            "ft/story",
            "The Fort Tarrow Times contributed to this report.",
            False,
            id="initials_of_part_of_a_name",
        ),
        pytest.param(
            "nyt/story",
            "More storms are due, the New York Times reported.",
            True,
            id="initials_of_three_words_in_the_story",
        ),
        pytest.param(
            "ft/story",
            "More storms are due, the Fort Tarrow council said.",
            False,
            id="initials_of_two_words_in_the_story",
        ),
        pytest.param(
            "nyt/story",
            "More storms are due, the New York Transit authority said.",
            False,
            id="initials_of_another_new_york_name",
        ),
        pytest.param(
            "nyt/story",
            "More storms are due, according to the National Youth Theatre.",
            False,
            id="initials_of_a_theatre",
        ),
    ],
)
def test_a_source_named_by_its_files_path_is_credited_in_words(
    source: str, line: str, credited: bool
) -> None:
    """Outlets kept in folders of their own are named by their paths; a copy that writes
    "Coastline Wire reported" credits the one in "coastline_wire/", but a line about "the
    coastline" credits none. A folder's short name ("nyt/", "wapo/") is credited by the name in
    full in a credit line, whose first letters it is, and in the story by a paper's name of three
    words or more whose initials it is ("the New York Times reported", not "the New York Transit
    authority"); fewer letters may be anyone's ("the 10 ft wall", "Fort Tarrow")."""
    wire = document("\n".join(WIRE), "wire", source, published="2025-01-13")
    daily = document("\n".join([*WIRE, line]), "daily", "daily/story", published="2025-01-14")
    assert only_pair(wire, daily).undisclosed_reuse is not credited


@pytest.mark.parametrize(
    "layout",
    [
        pytest.param("{outlet}/peskov", id="outlets_in_the_folder_given"),
        pytest.param("papers/{outlet}/peskov", id="outlets_one_folder_down"),
        pytest.param("2010-05-28/{outlet}/peskov", id="outlets_in_a_days_folder"),
        pytest.param("crawl/2010-05-28/{outlet}/peskov", id="outlets_two_folders_down"),
        pytest.param("{outlet}/2010/peskov", id="a_years_folder_in_each_outlets"),
        pytest.param("{outlet}/politics/peskov", id="a_section_folder_in_each_outlets"),
    ],
)
def test_an_outlet_named_by_its_folder_is_credited_whatever_its_depth(layout: str) -> None:
    """A crawl may keep its outlets' folders in a day's or its own folder: "Fox News
    contributed to this report." credits the outlet in "papers/fox/" as it does the one in
    "fox/", so the paper that adds a local line to Fox's text is the copy, and says so."""
    local = "Local officials in Valley County declined to comment on Monday."
    fox = document("\n".join(WIRE), "fox")
    courier = document(
        "\n".join([*WIRE, local, "Fox News contributed to this report."]), "valley_courier"
    )
    labels = [layout.format(outlet=d.id) for d in (fox, courier)]
    pair = only_pair(
        *(
            replace(d, path=f"{label}.txt", source=label)
            for d, label in zip((fox, courier), labels, strict=True)
        )
    )
    assert (pair.direction, pair.undisclosed_reuse) == ("a->b", False)


def test_a_crawls_own_folder_names_no_outlet() -> None:
    """In "papers/fox/", "papers" is the crawl's folder, not the outlet: a copy that mentions
    "the Panama Papers" names no source, and its uncredited reuse is flagged."""
    fox = replace(
        document("\n".join(WIRE), "fox", published="2025-03-10"),
        path="papers/fox/peskov.txt",
        source="papers/fox/peskov",
    )
    courier = replace(
        document(
            "\n".join([*WIRE, "The Panama Papers named two local firms."]),
            "courier",
            published="2025-03-11",
        ),
        path="papers/courier/peskov.txt",
        source="papers/courier/peskov",
    )
    pair = only_pair(fox, courier)
    assert (pair.direction, pair.undisclosed_reuse) == ("a->b", True)


def test_an_outlets_promotion_of_itself_credits_no_one() -> None:
    """ "Sign up for The Daily Brief" names no source: the direction is the one a lower-case
    promotion gives, not a credit to the outlet kept in "daily/"."""
    daily = document("\n".join(WIRE), "daily", "daily/story")

    def gazette(promo: str) -> Document:
        return document("\n".join([*WIRE, OTHER[0], promo]), "gazette", "gazette/story")

    capital = only_pair(daily, gazette("Sign up for The Daily Brief, our morning newsletter."))
    lower = only_pair(daily, gazette("Sign up for our daily morning newsletter."))
    assert capital.direction == lower.direction


def test_an_outlet_with_a_hyphen_in_its_name_is_credited_by_it() -> None:
    """ "Al-Monitor contributed to this report." credits Al-Monitor, whose name looks like a
    file's (no space, a hyphen): the copy is the one that credits, and nothing is undisclosed."""
    origin = document("\n".join(WIRE), "origin", "Al-Monitor")
    text = "\n".join([*WIRE, OTHER[0], "Al-Monitor contributed to this report."])
    copy = document(text, "copy", "Daily")
    pair = only_pair(origin, copy)
    assert (pair.direction, pair.undisclosed_reuse) == ("a->b", False)


def test_seed_articles_are_independent(seed_texts: list[str]) -> None:
    """The two seed reports share no copied sentence: independent, nothing contained."""
    pair = only_pair(document(seed_texts[0], "a"), document(seed_texts[1], "b"))
    assert pair.verdict is Verdict.INDEPENDENT
    assert not [m for m in pair.matches if m.kind.is_reuse]
    assert pair.direction is None
    assert len(pair.only_a) == 18 and len(pair.only_b) == 14


@pytest.mark.parametrize(
    ("author", "undisclosed"),
    [
        pytest.param("Jane Doe, The Washington Post", False, id="its_outlet_beside_the_writer"),
        pytest.param("Jane Doe, Valley Courier", True, id="another_outlet"),
        pytest.param("Jane Doe", True, id="no_outlet"),
    ],
)
def test_a_byline_naming_the_origins_outlet_credits_it(author: str, undisclosed: bool) -> None:
    """A syndicated story keeps its writer's byline with the outlet beside it ("By Jane Doe,
    The Washington Post"): the copy credits the Post, whose folder is washingtonpost/."""
    post = replace(
        document("\n".join(WIRE), "post", "washingtonpost/dam", published="2025-01-13"),
        path="washingtonpost/dam.txt",
    )
    copy = replace(
        document("\n".join(WIRE), "gazette", "gazette/dam", published="2025-01-14"),
        path="gazette/dam.txt",
        author=author,
    )
    assert only_pair(post, copy).undisclosed_reuse is undisclosed


@pytest.mark.parametrize(
    ("author", "undisclosed"),
    [
        pytest.param("Harbor Wire", False, id="the_outlet_alone"),
        pytest.param("The Harbor Wire", False, id="the_outlet_with_its_article"),
        pytest.param("Harbor Wire staff", False, id="the_outlet_s_staff"),
        pytest.param("Harbor Wire Staff Writer", False, id="the_outlet_s_staff_writer"),
        pytest.param("Harbor Wire News Service", False, id="the_outlet_s_news_service"),
        pytest.param("Jane Harbor", True, id="a_writer_with_a_word_of_its_name"),
        pytest.param("Harbor Wire Jones", True, id="a_writer_named_as_it_starts"),
    ],
)
def test_a_byline_that_is_the_origins_outlet_credits_it(author: str, undisclosed: bool) -> None:
    """A copy bylined with the origin's outlet alone ("By Harbor Wire") credits it."""
    wire = document("\n".join(WIRE), "wire", "harbor_wire/dam", published="2025-01-13")
    copy = replace(
        document("\n".join(WIRE), "gazette", "gazette/dam", published="2025-01-14"),
        author=author,
    )
    assert only_pair(wire, copy).undisclosed_reuse is undisclosed


BLOG_POST = [
    "The roof of Millbrook Primary's sports hall leaked again on Tuesday, the third time since January.",
    "Parents were told by text message that PE lessons would move to the playground until further notice.",
    "The school's business manager said a contractor would inspect the roof next week.",
    "Several parents said buckets had been left under the leak for most of the morning.",
]


@pytest.mark.parametrize(
    "credit",
    [
        pytest.param("h/t Millbrook Parents Forum", id="h_t"),
        pytest.param("H/T: Millbrook Parents Forum", id="h_t_colon"),
        pytest.param("Via Millbrook Parents Forum.", id="via"),
        pytest.param("(via Millbrook Parents Forum)", id="via_in_brackets"),
        pytest.param("Hat tip: Millbrook Parents Forum", id="hat_tip"),
    ],
)
def test_a_line_crediting_whom_a_post_came_via_credits_it_and_adds_nothing(credit: str) -> None:
    """An aggregator's "h/t Millbrook Parents Forum" or "Via Millbrook Parents Forum." under a
    blog's post is a credit line, as "This article was originally published at ..." is: it names
    the copy's origin, undated as both are, and is nothing the copy adds to the story."""
    blog = document("\n".join(BLOG_POST), "blog", "Millbrook Parents Forum")
    copy = document("\n".join([*BLOG_POST, credit]), "copy", "Local Digest")
    pair = only_pair(blog, copy)
    assert (pair.direction, pair.undisclosed_reuse, pair.only_b) == ("a->b", False, ())


def test_a_credit_line_credits_the_outlet_a_person_shares_a_name_with() -> None:
    """A copy of Fox's story that names "Former President Vicente Fox" and ends "Fox contributed
    to this report." credits Fox: a credit line is read as one, whoever the story names."""
    story = ["Former President Vicente Fox toured flood shelters on Tuesday.", *WIRE]
    fox = document("\n".join(story), "fox", "Fox", published="2025-01-13")
    text = "\n".join([*story, "Fox contributed to this report."])
    copy = replace(
        document(text, "copy", "Daily Paper", published="2025-01-14"), credits=find_credits(text)
    )
    pair = only_pair(fox, copy)
    assert (pair.direction, pair.undisclosed_reuse) == ("a->b", False)


def test_files_of_one_name_from_two_folders_are_two_outlets() -> None:
    """Files given one by one are labelled by their names, which outlets share: "dam.txt" of
    two papers is not one outlet's update, and copying between them is reuse, whatever words of
    those names the copy holds."""
    a = replace(document("\n".join(WIRE), "a", published="2025-01-13"), path="paper_a/dam.txt")
    b = replace(document("\n".join(WIRE), "b", published="2025-01-14"), path="paper_b/dam.txt")
    pair = only_pair(replace(a, source="dam"), replace(b, source="dam"))
    assert not pair.same_source
    assert pair.undisclosed_reuse
    # A copy that says "the dam", or names "Hollis Creek Dam", names no outlet whose file is
    # called dam.txt.
    for said in ("Engineers said the dam would hold.", "Engineers said Hollis Creek Dam held."):
        c = replace(b, text=f"{b.text}\n{said}", path="paper_c/flood.txt")
        assert only_pair(replace(a, source="dam"), replace(c, source="flood")).undisclosed_reuse


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Traffic was diverted along Meridian Road on Monday.", id="a_longer_name"),
        pytest.param("Police updated residents on Monday.", id="a_dateline_word"),
        pytest.param("Police told the MPA on Monday.", id="initials_of_another_name"),
    ],
)
def test_a_word_of_the_origins_dateline_in_another_name_is_no_credit(line: str) -> None:
    """The dateline's short name must stand alone, and be the origin's: "Meridian Road" does
    not name the Meridian Press Agency, "(Updated)" names no one, and "MPA" are not the
    initials of the Northfield Press Agency."""
    for dateline, source in (
        ("(Meridian)", "Meridian Press Agency"),
        ("(Updated)", "Wire"),
        ("(MPA)", "Northfield Press Agency"),
    ):
        filed = document(
            f"TARROW, Wales {dateline} - " + "\n".join(WIRE), "wire", source, published="2025-01-13"
        )
        copy = document("\n".join([*WIRE, line.replace("updated", "Updated")]), "copy", "Daily")
        assert only_pair(filed, replace(copy, published="2025-01-14")).undisclosed_reuse


def test_a_credit_to_the_agency_its_dateline_names_in_full_discloses() -> None:
    """A wire story kept in wire.txt, filed "DORRAN (Coastline Wire) -": a paper that ends
    "Coastline Wire contributed to this report." credits it; one that does not is charged."""
    wire = document("DORRAN (Coastline Wire) - " + "\n".join(WIRE), "wire", published="2025-01-13")
    paper = document("\n".join(WIRE), "paper", "Daily", published="2025-01-14")
    credited = replace(paper, text=f"{paper.text}\nCoastline Wire contributed to this report.")
    assert only_pair(wire, paper).undisclosed_reuse
    assert not only_pair(wire, credited).undisclosed_reuse


# A dyke breach as a news agency filed it at 07:00, and the sentence its write-through of 09:00
# adds about its own reporting.
BREACH = [
    "Rising water from the Brenna river broke through two dykes overnight, forcing more than "
    "1,500 residents from their homes.",
    "Emergency services opened shelters in two schools and asked drivers to avoid the valley road.",
    "Forecasters expect the rain to ease on Sunday, but warned that levels downstream could keep "
    "rising until Monday.",
]


def agency_versions_and_copy(added: str, own: str = "") -> Result:
    """A news agency's story filed "BRENNA (Harborline) -" and its write-through, which adds
    ``added`` about its own reporting, and a client's later copy that pastes the write-through
    without the dateline, perhaps with a sentence of its ``own``."""
    filed = f"BRENNA, May 9 (Harborline) - {' '.join(BREACH)}"
    first, second = (
        Document(
            f"hl_{n}",
            "Harborline News Agency",
            text,
            url=f"https://harborline.example/brenna-{n}",
            published_time=f"2026-05-09T0{hour}:00:00Z",
        )
        for n, text, hour in ((1, filed, 7), (2, f"{filed}\n{added}", 9))
    )
    copy = Document(
        "client",
        "Valley Post",
        "\n".join([*BREACH, added, *([own] if own else [])]),
        published_time="2026-05-09T10:00:00Z",
    )
    return compare_documents([first, second, copy], single_story=True)


@pytest.mark.parametrize(
    "added",
    [
        pytest.param(
            "A council engineer told Harborline that inspectors skipped both dykes last year.",
            id="told_it",
        ),
        pytest.param(
            "Harborline reported on Monday that inspectors skipped both dykes last year.",
            id="it_reported",
        ),
    ],
)
def test_an_agencys_self_reference_pasted_from_its_write_through_credits_none_of_its_texts(
    added: str,
) -> None:
    """A client that pastes the agency's write-through, with the sentence in which the agency
    cites itself ("told Harborline"), credits neither the write-through nor the first version,
    which lacks that sentence: the words are the agency's, whichever of its texts the pair reads
    them against. The copy of the write-through is flagged, and no pair, nor the copy's credits,
    says it credits the agency."""
    result = agency_versions_and_copy(added)
    flags = {(p.a, p.b): (p.undisclosed_reuse, p.crediting) for p in result.pairs}
    assert flags[("hl_2", "client")] == (True, ())
    assert flags[("hl_1", "client")][1] == ()
    assert result.credits_of["client"] == ()


def test_an_agency_cited_in_the_copys_own_words_is_credited_against_all_its_texts() -> None:
    """A client that pastes the agency's self-reference but also cites the agency in a sentence
    of its own ("according to Harborline") credits the agency against each of its texts."""
    result = agency_versions_and_copy(
        "A council engineer told Harborline that inspectors skipped both dykes last year.",
        own="The dykes were last repaired in 2019, according to Harborline.",
    )
    assert all(p.crediting == ("client",) for p in result.pairs if "client" in (p.a, p.b))
    assert not any(p.undisclosed_reuse for p in result.pairs)
    assert result.credits_of["client"] == ("Harborline News Agency",)


def test_an_agencys_file_named_by_its_first_word_is_the_agencys() -> None:
    """An agency's text in coastline.txt, filed "(Coastline Wire)", is the agency's own: a
    paper of the same day that adds a sentence to it is the copy, not the origin."""
    wire = document(
        "DORRAN (Coastline Wire) - " + "\n".join(WIRE), "coastline", published="2025-01-13"
    )
    local = "Local shelters in Riverside opened their doors on Monday night."
    paper = document(
        "DORRAN (Coastline Wire) - " + "\n".join([*WIRE, local]),
        "ledger",
        "The Ledger",
        published="2025-01-13",
    )
    assert only_pair(wire, paper).direction == "a->b"


@pytest.mark.parametrize(
    ("dates", "direction"),
    [
        pytest.param({}, None, id="undated"),
        pytest.param({"v1": "2025-01-13", "v2": "2025-01-14"}, "a->b", id="dated"),
    ],
)
def test_of_two_versions_from_one_outlet_only_dates_tell_which_came_first(
    dates: dict[str, str], direction: str | None
) -> None:
    """An update adds to the story it updates and holds all of it, as a copy is held by its
    origin: without dates, two versions of one outlet's story have no direction, rather than
    the story being named a copy of its own update."""
    story, update = (
        document("\n".join(text), id, "Daily", **({"published": dates[id]} if dates else {}))
        for text, id in ((WIRE[:-1], "v1"), (WIRE, "v2"))
    )
    pair = only_pair(story, update)
    assert (pair.same_source, pair.direction, pair.undisclosed_reuse) == (True, direction, False)


def test_an_outlets_own_update_is_not_undisclosed_reuse() -> None:
    """Two versions from one outlet are same_source and never flagged as undisclosed reuse."""
    pair = only_pair(
        document("\n".join(WIRE), "v1", "Daily", published="2025-01-13"),
        document("\n".join(WIRE[:-1]), "v2", "Daily", published="2025-01-14"),
    )
    assert pair.same_source
    assert pair.verdict is Verdict.COPY
    assert not pair.undisclosed_reuse


def test_a_source_is_credited_by_name_not_by_a_substring() -> None:
    """Naming the source credits it; a word that merely contains its name does not."""
    wire = document("\n".join(WIRE), "wire", "Post", published="2025-01-13")
    posted = document(
        "\n".join([*WIRE, "The story was posted online."]), "copy", "Daily", published="2025-01-14"
    )
    named = document(
        "\n".join([*WIRE, "The Post first reported the remarks."]),
        "named",
        "Daily",
        published="2025-01-14",
    )
    assert only_pair(wire, posted).undisclosed_reuse
    assert not only_pair(wire, named).undisclosed_reuse


def reused_by_naming(outlet: str, line: str) -> PairComparison:
    """The pair of an outlet's story and a later copy of it that adds ``line``: an outlet in
    lower case is kept in its folder ("fox/peskov"), else a page's metadata names it."""
    path = f"{outlet}/peskov" if outlet.islower() else "site/page"
    wire = document("\n".join(WIRE), "wire", path if outlet.islower() else outlet)
    copy = document("\n".join([*WIRE, line]), "copy", "courier/peskov")
    pair = only_pair(
        replace(wire, path=f"{path}.txt", published="2025-01-13"),
        replace(copy, path="courier/peskov.txt", published="2025-01-14"),
    )
    assert pair.direction == "a->b"
    return pair


@pytest.mark.parametrize(
    ("outlet", "line"),
    [
        pytest.param("fox", "Peskov told Fox on Monday.", id="alone"),
        pytest.param("fox", "Peskov told Fox Tuesday.", id="before_a_day"),
        pytest.param("fox", "Fox News Digital first reported it.", id="its_brand"),
        pytest.param("fox", "Actress Megan Fox told Fox News so.", id="its_brand_by_a_namesake"),
        pytest.param("times", "The Times first reported it.", id="the_times"),
        pytest.param("times", "The New York Times reported it.", id="a_longer_name_untitled"),
        pytest.param("post", "The Post Editorial Board first reported it.", id="its_desk"),
        pytest.param("The Sun", "THE SUN first reported it.", id="in_capitals"),
        pytest.param(
            "independent",
            "Independent reporters first reported the queues.",
            id="opening_before_its_staff",
        ),
        pytest.param("times", "Times reported the closures first.", id="opening_before_its_verb"),
        pytest.param(
            "independent",
            "Independent's reporters first reported the queues.",
            id="opening_possessive",
        ),
        pytest.param(
            "The New York Times", "So the New York Times reported.", id="its_the_in_lower_case"
        ),
        pytest.param("BBC", "More at bbc.co.uk/news.", id="its_web_address"),
        pytest.param(
            "acme", "The arms ship in May, according to Acme Robotics Inc.", id="its_full_name"
        ),
        pytest.param("The New York Times", "(c) 2014 The New York Times Company", id="its_company"),
        pytest.param(
            "sun", "The vigil was reported by Sun Myung Moon's followers.", id="a_given_name_after"
        ),
        pytest.param(
            "Reuters",
            "Peskov later met Prime Minister Keir Starmer. Reuters reported the talks first.",
            id="after_a_sentence_that_ended_with_a_titled_name",
        ),
        pytest.param(
            "Reuters",
            "The deal was raised by the Prime Minister. Reuters reported it first.",
            id="after_a_sentence_that_ended_with_a_title",
        ),
        pytest.param(
            "acme",
            "The governor visited the site on Monday. Acme Robotics reported it chose Tarrow.",
            id="after_a_sentence_that_ended_with_a_capital",
        ),
        pytest.param(
            "acme", "Ohio's Acme Robotics reported it chose Tarrow.", id="after_a_possessive"
        ),
        pytest.param(
            "acme", "In Columbus, Acme Robotics reported it chose Tarrow.", id="after_a_comma"
        ),
        pytest.param(
            "acme", "On Monday Acme Robotics reported it chose Tarrow.", id="after_a_weekday"
        ),
        pytest.param(
            "fox",
            "Ex-President Vicente Fox toured shelters. The bridge had been shut, Fox reported.",
            id="reported_after_a_namesake",
        ),
        pytest.param(
            "fox",
            "Ex-President Vicente Fox toured shelters. Fox News reported the closures first.",
            id="its_brand_after_a_namesake",
        ),
        pytest.param(
            "fox",
            "Fox first reported the rescue. Ex-President Vicente Fox toured shelters.",
            id="before_a_namesake",
        ),
    ],
)
def test_an_outlets_name_that_stands_for_it_discloses_it(outlet: str, line: str) -> None:
    """An outlet in "fox/" is named by "Fox News" or "told Fox on Monday", one in "times/" by
    "the New York Times", one in "acme/" by "Acme Robotics Inc.", and one in "sun/" even by "Sun
    Myung Moon": a name going on from the outlet's may be its own full name, and a false charge
    of undisclosed reuse costs more than a missed one. A title or capitalised word that ended the
    sentence before, a possessive place, or a weekday is no person's name before it. A person
    called by the outlet's name ("Ex-President Vicente Fox") makes only the mentions that may
    call them again no outlet's: not one before, nor one an outlet's verb follows ("Fox
    reported")."""
    assert not reused_by_naming(outlet, line).undisclosed_reuse


@pytest.mark.parametrize(
    ("outlet", "line"),
    [
        pytest.param("fox", "Ex-President Vicente Fox spoke. Fox said no.", id="a_titled_person"),
        pytest.param(
            "fox", "Ex-President Vicente Fox reported the theft himself.", id="a_titled_reporter"
        ),
        pytest.param("fox", "Mr. Fox, a former defence secretary, agreed.", id="an_honorific"),
        pytest.param(
            "fox", "The plan was backed by then-Gov. Fox, who signed it.", id="a_titles_stop"
        ),
        pytest.param(
            "fox", "The raid was led by then-Lieut. Fox, who was decorated.", id="lieutenant"
        ),
        pytest.param("fox", "Vicente Fox Quesada called it reckless.", id="a_longer_name_after"),
        pytest.param("times", "Crowds gathered in Times Square.", id="a_place"),
        pytest.param("post", "Residents queued at the Post Office.", id="post_office"),
        pytest.param("The Sun", "The sun rose over Kyiv.", id="a_common_word"),
        pytest.param(
            "independent",
            "Independent analysts said the rise would be followed by another.",
            id="a_common_word_opening_a_sentence",
        ),
        pytest.param("times", "Times have changed for the town.", id="a_plural_opening"),
        pytest.param("i", '"I have worked there for years," she said.', id="a_letter_pronoun"),
        pytest.param("a", "A farm-equipment maker said it would hire.", id="a_letter_article"),
    ],
)
def test_a_persons_or_places_name_that_holds_an_outlets_discloses_nothing(
    outlet: str, line: str
) -> None:
    """Former President Vicente Fox, whom the copy goes on to call "Fox", names no outlet in
    "fox/", nor does "Vicente Fox Quesada" (a name on either side), "Times Square" one in
    "times/" or "the sun" The Sun: a copy that names its source only so has not disclosed it."""
    assert reused_by_naming(outlet, line).undisclosed_reuse


def test_articles_of_punctuation_only_share_nothing() -> None:
    """Sentences without words never match, and nothing is reported as close."""
    pair = only_pair(document("...\n---", "a"), document("***\n!!!", "b"))
    assert pair.matches == ()
    assert pair.closest_similarity == 0.0
    assert pair.verdict is Verdict.INDEPENDENT


def test_shared_phrasing_counts_each_word_once_and_skips_quotations() -> None:
    """B has 11 words outside the quotation; "peskov said the", "said the alliance" and "the
    alliance is" overlap, so they cover 5 of them, not 9; "and at war" and "now at war" differ.
    A has 8 words, the same 5 of them in B's phrases."""
    a = document("Peskov said the alliance is now at war.", "a", source="Wire")
    b = document(
        'Kremlin aide Peskov said the alliance is "a direct participant" today and at war.', "b",
        source="Daily",
    )  # fmt: skip
    pair = only_pair(a, b)
    assert pair.b_phrases_in_a == round(5 / 11, 3)
    assert pair.a_phrases_in_b == round(5 / 8, 3)


def test_independent_reports_sharing_an_institutions_name_are_independent() -> None:
    """Two outlets' own reports of one central bank meeting share its name ("the European
    Central Bank") and one phrase ("cut in June"): names, numbers and function words tell
    nothing of how a text was written, so their phrases are not counted as taken."""
    ledger = document(
        "The European Central Bank left its key interest rate unchanged at 4 percent on "
        "Thursday. Economists had widely expected the pause after inflation in the euro zone "
        "slowed to 2.4 percent in March. The European Central Bank has not cut rates since "
        "2019. Markets now see a first cut in June as almost certain.",
        "ledger",
    )
    courier = document(
        "Christine Lagarde hinted at a rate cut in June during a press conference in Frankfurt. "
        "Some members of the European Central Bank governing council already wanted to move "
        "this month, she told journalists. Portuguese borrowers, many of whom hold "
        "variable-rate mortgages, have been waiting for relief for two years.",
        "courier",
    )
    pair = only_pair(ledger, courier)
    assert pair.verdict is Verdict.INDEPENDENT
    assert not pair.undisclosed_reuse
    assert pair.a_phrases_in_b == round(3 / 54, 3)  # "cut in June", of 54 words


@pytest.mark.parametrize(
    ("a", "b", "counted"),
    [
        pytest.param(
            "Gov. Tina Marsh declared an emergency for the county on Tuesday.",
            "Gov. Tina Marsh visited the shelter after the flooding.",
            False,
            id="title_opening_a_sentence",
        ),
        pytest.param(
            "Millbrook and Pine Hollow were emptied by nightfall.",
            "Millbrook and Pine Hollow lie below the dam.",
            False,
            id="places_joined_by_and_opening_a_sentence",
        ),
        pytest.param(
            "Heavy rain fell across the county overnight.",
            "Heavy rain fell again on Sunday.",
            True,
            id="a_plain_word_opening_a_sentence",
        ),
    ],
)
def test_a_name_opening_a_sentence_is_no_shared_phrasing(a: str, b: str, counted: bool) -> None:
    """A sentence's first word is a name's when a name goes on from it: two own reports that
    share only names, one of them opening a sentence, share no phrasing; a first word that
    opens no name still counts."""
    pair = only_pair(document(a, "ledger"), document(b, "courier"))
    assert (pair.a_phrases_in_b > 0, pair.b_phrases_in_a > 0) == (counted, counted)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "At the briefing, Sheriff Karen Voss told reporters to stay calm.",
            "Deputies went door to door, and Sheriff Karen Voss told families to leave.",
            id="a_person_and_the_verb",
        ),
        pytest.param(
            "Residents fled after Gov. Tina Marsh declared an emergency.",
            "Schools closed once Gov. Tina Marsh declared a state of emergency.",
            id="a_title_name_and_the_verb",
        ),
    ],
)
def test_a_name_and_the_verb_it_takes_are_no_shared_phrasing(a: str, b: str) -> None:
    """A phrase of two words of a name and the verb after them ("Karen Voss told") says who
    acted, as any report of the event does, not how the text was written."""
    pair = only_pair(document(a, "ledger"), document(b, "courier"))
    assert (pair.a_phrases_in_b, pair.b_phrases_in_a) == (0.0, 0.0)


# Articles of a few sentences over a small vocabulary, so that phrases recur, some quoted.
small_articles = st.lists(
    st.lists(
        st.lists(st.sampled_from(["nato", "war", "said", "peskov", '"', "kyiv", "is"]), max_size=9),
        min_size=1,
        max_size=4,
    ),
    min_size=1,
    max_size=3,
)


@given(small_articles, st.integers(0, 2))
def test_sides_number_phrases_alike_exactly_when_their_words_are_alike(
    articles: list[list[list[str]]], boilerplate_index: int
) -> None:
    """Every run of three words outside quotations and boilerplate that holds a telling word
    (here any but "is") gets a number, and across a story's documents two runs share a number
    exactly when they have the same words."""
    documents = [
        document("\n".join(" ".join(words) + "." for words in sentences), f"d{n}")
        for n, sentences in enumerate(articles)
    ]
    sentences = {d.id: segment(d) for d in documents}
    vocabulary: dict[tuple[str, ...], int] = {}
    sides = {
        d.id: Side.of(d, sentences[d.id], frozenset([boilerplate_index]), vocabulary)
        for d in documents
    }
    runs: dict[tuple[str, ...], set[int]] = {}
    for d in documents:
        # (position among the sentences outside boilerplate, words of one unquoted stretch)
        counted = [s for s in sentences[d.id] if s.index != boilerplate_index]
        quotations = sentence_quotations(d.text, sentences[d.id])
        unquoted = [
            (n, words(stretch))
            for n, s in enumerate(counted)
            for stretch in outside_quotations(s.text, quotations[s.index])
        ]
        flat = [w for _, stretch in unquoted for w in stretch]
        starts: list[int] = []
        holders: list[int] = []
        sentence_words = [0] * len(counted)
        offset = 0
        for n, stretch in unquoted:
            for start in range(len(stretch) - 2):
                if set(stretch[start : start + 3]) != {"is"}:
                    starts.append(offset + start)
                    holders.append(n)
            sentence_words[n] += len(stretch)
            offset += len(stretch)
        side = sides[d.id]
        assert side.phrase_starts.tolist() == starts
        assert side.phrase_sentences.tolist() == holders
        assert side.sentence_words.tolist() == sentence_words
        assert side.unquoted_words == len(flat)
        for start, number in zip(starts, side.phrases.tolist(), strict=True):
            runs.setdefault(tuple(flat[start : start + 3]), set()).add(number)
    numbers = [next(iter(found)) for found in runs.values()]
    assert all(len(found) == 1 for found in runs.values())
    assert len(set(numbers)) == len(numbers)


# A company's press release: its news, then its closing blocks.
BAKERY_NEWS = [
    "Brightwater Foods Inc. (NYSE: BWF) today announced it will open a $75 million bakery in "
    "Dunmore, Pennsylvania, creating 320 jobs.",
    "The 180,000-square-foot plant will make sandwich bread and rolls for grocers in the "
    "Northeast.",
    "Production is scheduled to start in the spring of 2026, and hiring will begin in October.",
]
BAKERY_CLOSING = (
    "About Brightwater Foods\nBrightwater Foods Inc. bakes bread for grocers in 14 states.\n\n"
    "Media contact:\nAnn Ruiz\nann.ruiz@brightwater.example\n\nSOURCE Brightwater Foods Inc."
)


# A paper's own line under a reprint of the bakery's release, naming the company.
BAKERY_OWN_LINE = "Brightwater Foods did not say how many of the jobs would go to local workers."


@pytest.mark.parametrize(
    ("closing", "own", "undisclosed"),
    [
        pytest.param(BAKERY_CLOSING, "", True, id="press_release_pasted"),
        pytest.param(BAKERY_CLOSING, BAKERY_OWN_LINE, False, id="press_release_and_own_line"),
        pytest.param(
            "ABOUT BRIGHTWATER FOODS\nBrightwater Foods Inc. bakes bread for grocers in 14 "
            "states.\n\nMedia contact:\nAnn Ruiz\nann.ruiz@brightwater.example",
            BAKERY_OWN_LINE,
            False,
            id="press_release_headed_in_capitals",
        ),
        pytest.param("Reporting by Tom Reyes.", BAKERY_OWN_LINE, True, id="paper_s_story"),
    ],
)
def test_a_reprint_that_names_the_company_in_its_own_words_discloses_its_press_release(
    closing: str, own: str, undisclosed: bool
) -> None:
    """A press release is the company's text, on a newswire as on the company's site: a paper
    that reprints a newswire's copy and names the company in a sentence of its own says whose
    words they are; the company's name in the release's own sentences ("Brightwater Foods Inc.
    today announced") says nothing of where the paper's text came from. Another paper's story
    about the company is that paper's text, and naming the company credits no one."""
    origin = document(
        "\n\n".join([*BAKERY_NEWS, closing]), "origin", "prnewswire/bakery", published="2025-03-04"
    )
    reprint = document(
        "\n\n".join([*BAKERY_NEWS, own]).strip(),
        "reprint",
        "courier/bakery",
        published="2025-03-05",
    )
    pair = only_pair(origin, reprint)
    assert (pair.direction, pair.undisclosed_reuse) == ("a->b", undisclosed)


# A ministry's statement that names the ministry in the third person, as governments' often do.
MINISTRY_RELEASE = [
    "At least 12 people have died after the Meridan River burst its banks in Halvard province, "
    "the Ministry of Emergency Situations said on Monday.",
    "The river rose 4.2 metres above its normal level in 24 hours, according to the ministry.",
    "Rescue teams have moved 4,500 residents to shelters in Orsk and Lavel, the ministry said.",
    "Heavy rain may continue until Thursday.",
]


@pytest.mark.parametrize(
    ("copied", "named"),
    [
        pytest.param(MINISTRY_RELEASE, True, id="the_release_s_attributions_kept"),
        pytest.param(MINISTRY_RELEASE[1:], True, id="the_release_s_later_attributions_kept"),
        pytest.param(
            [
                "At least 12 people have died after the Meridan River burst its banks in Halvard "
                "province.",
                "The river rose 4.2 metres above its normal level in 24 hours.",
                "Rescue teams have moved 4,500 residents to shelters in Orsk and Lavel.",
                "Heavy rain may continue until Thursday.",
            ],
            False,
            id="the_release_s_attributions_dropped",
        ),
    ],
)
def test_a_copy_naming_the_issuer_only_in_the_release_s_sentences_is_told_apart(
    copied: list[str], named: bool
) -> None:
    """A wire that pastes a ministry's statement keeps the statement's own "the Ministry of
    Emergency Situations said": it names the issuer, but only in the release's sentences, which
    discloses nothing (its reuse stays undisclosed) and is told apart from a copy that names the
    issuer nowhere."""
    release = replace(
        document(
            "\n\n".join(MINISTRY_RELEASE),
            "ministry",
            "Ministry of Emergency Situations",
            published="2025-04-14",
        ),
        press_release=True,
    )
    copy = document("\n\n".join(copied), "wire", "Meridian Press Agency", published="2025-04-15")
    pair = only_pair(release, copy)
    assert (pair.direction, pair.undisclosed_reuse) == ("a->b", True)
    assert pair.release_named_only_as_copied is named


# A weather story of a paper's own.
FLOOD = [
    "Heavy rain flooded downtown Millbrook on Tuesday, closing three schools and the main bridge "
    "over the Hollis River.",
    "The National Weather Service issued a flash flood warning until 8 p.m. and said up to four "
    "more inches could fall overnight.",
    "Mayor Dana Ruiz urged residents of low-lying streets to move their cars to higher ground "
    "before dark.",
]


@pytest.mark.parametrize(
    ("closing", "direction", "undisclosed"),
    [
        # Not a release, so not the origin, and undated: no direction, no reuser to charge.
        pytest.param("SOURCE: National Weather Service", None, False, id="data_credit"),
        pytest.param("###\nSOURCE Brightwater Foods Inc.", "a->b", False, id="after_release_end"),
        pytest.param(
            "Media contact:\nAnn Ruiz\nann.ruiz@brightwater.example\n\n"
            "SOURCE Brightwater Foods Inc.",
            "a->b",
            False,
            id="after_a_contact_block",
        ),
    ],
)
def test_a_source_line_names_an_issuer_only_in_a_press_release(
    closing: str, direction: str | None, undisclosed: bool
) -> None:
    """A news story's data credit ("SOURCE: National Weather Service") makes it no press release,
    so not the origin of its copy. PR Newswire's "SOURCE" line after a release's end mark or
    contact block names the company whose text it is: a release is the origin, and a copy that
    names the company in its own words credits it.
    """
    news = BAKERY_NEWS if "Brightwater" in closing else FLOOD
    own = [BAKERY_OWN_LINE] if "Brightwater" in closing else []
    origin = document("\n\n".join([*news, closing]), "origin", "herald/story")
    copy = document("\n\n".join([*news, *own]), "copy", "gazette/story")
    pair = only_pair(origin, copy)
    assert (pair.direction, pair.undisclosed_reuse) == (direction, undisclosed)


def _timed(document: Document, time: str | None) -> Document:
    """``document`` published at ``time`` (UTC, on March 4, 2025), or undated."""
    if time is None:
        return document
    return replace(document, published="2025-03-04", published_time=f"2025-03-04T{time}:00Z")


@pytest.mark.parametrize(
    ("copy_source", "release_time", "copy_time"),
    [
        pytest.param("Dunmore Courier", "10:10", "09:55", id="copy_posted_before_the_release"),
        pytest.param("Food Wire Digest", "10:10", None, id="undated_aggregator_named_a_wire"),
        pytest.param("Food Wire Digest", None, "09:55", id="undated_release"),
    ],
)
def test_a_press_release_is_the_origin_whatever_the_times_and_the_copys_kind(
    copy_source: str, release_time: str | None, copy_time: str | None
) -> None:
    """A release is e-mailed to newsrooms, under embargo too, before its issuer's site posts
    it, and no release is written from a paper's story: it is the origin of its copy whatever
    their times say and whatever the copy's name makes it (an aggregator named "... Wire")."""
    release = document("\n\n".join([*BAKERY_NEWS, BAKERY_CLOSING]), "release", "Brightwater Foods")
    copy = document("\n\n".join(BAKERY_NEWS), "copy", copy_source)
    pair = only_pair(_timed(release, release_time), _timed(copy, copy_time))
    assert (pair.direction, pair.direction_basis) == ("a->b", DirectionBasis.PRESS_RELEASE)


def test_a_press_release_is_the_origin_of_an_undated_reprint_that_adds_to_it() -> None:
    """Undated, a paper that adds its own paragraphs to a release holds more than the release's
    text; the release, which no one writes from a paper's story, is still the origin."""
    local = [
        "Dunmore Mayor Tom Reyes called the bakery the best news the borough has had in a decade "
        "and said the council would fast-track its building permits.",
        "The site, a former textile mill on Keyser Avenue, has stood empty since 2011.",
    ]
    release = document("\n\n".join([*BAKERY_NEWS, BAKERY_CLOSING]), "release", "brightwater/news")
    reprint = document("\n\n".join([*BAKERY_NEWS, *local]), "reprint", "courier/bakery")
    pair = only_pair(release, reprint)
    assert (pair.direction, pair.undisclosed_reuse) == ("a->b", False)


@pytest.mark.parametrize(
    "dateline",
    [
        pytest.param("DUNMORE, Pa., March 4, 2025 /PRNewswire/ --", id="pr_newswire"),
        pytest.param("DUNMORE, Pa., March 4, 2025 (GLOBE NEWSWIRE) --", id="globenewswire"),
        pytest.param("DUNMORE, Pa.--(BUSINESS WIRE)--March 4, 2025--", id="business_wire"),
    ],
)
def test_a_release_by_its_distributors_dateline_is_the_origin_of_an_undated_reprint(
    dateline: str,
) -> None:
    """A release with no closing block is still known by its distributor's dateline, which
    also dates it: a paper that gives no date and adds its own paragraphs to the release's
    text holds more than the release, yet the release is the origin, and the paper, not the
    release, is the one that reuses text."""
    local = [
        "Dunmore Mayor Tom Reyes called the bakery the best news the borough has had in a decade "
        "and said the council would fast-track its building permits.",
        "The site, a former textile mill on Keyser Avenue, has stood empty since 2011.",
    ]
    lede = f"{dateline} {BAKERY_NEWS[0]}"
    release = document(
        "\n\n".join([lede, *BAKERY_NEWS[1:]]), "release", "brightwater/news", published="2025-03-04"
    )
    reprint = document("\n\n".join([*BAKERY_NEWS, *local]), "reprint", "courier/bakery")
    assert only_pair(release, reprint).direction == "a->b"


COUNCIL = [
    "The regional council met in Tarvik on Monday to discuss the budget for the coming year.",
    '"We will not back down," union leader Tom Gallagher told reporters outside the depot.',
    "Residents can read the full minutes on the council website from next week.",
]
COUNCIL_REPORTED = [
    COUNCIL[0],
    "Union leader Tom Gallagher told reporters outside the depot that they would not back down.",
    COUNCIL[2],
]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(COUNCIL, COUNCIL_REPORTED, id="a_quotes"),
        pytest.param(COUNCIL_REPORTED, COUNCIL, id="b_quotes"),
    ],
)
def test_quoting_what_the_other_reports_does_not_make_an_undated_article_the_copy(
    a: list[str], b: list[str]
) -> None:
    """Two undated articles share two sentences; one quotes the union leader, the other reports
    his words. The quoting one has fewer words outside quotations, not more of them copied:
    nothing tells which came first, and neither is charged with undisclosed reuse."""
    pair = only_pair(document("\n".join(a), "a", "Herald"), document("\n".join(b), "b", "Courier"))
    assert pair.verdict is not Verdict.INDEPENDENT
    assert (pair.direction, pair.undisclosed_reuse) == (None, False)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(WIRE, WIRE, id="same_text_saved_twice"),
        pytest.param(
            [*WIRE, "Peskov spoke to reporters in Moscow after a meeting of the security council."],
            [*WIRE, "The Kremlin did not say whether the president would comment on the remarks."],
            id="undated_rewrites_alike",
        ),
        pytest.param(
            WIRE[:2],
            [WIRE[0], WIRE[1].removesuffix(".") + ", officials in Moscow said."],
            id="a_few_words_added_to_a_brief",
        ),
    ],
)
def test_reuse_with_no_direction_is_not_flagged_undisclosed(a: list[str], b: list[str]) -> None:
    """With no date, credit or containment to tell which reused the other, there is no reusing
    article to charge: a feed's duplicate is no undisclosed syndication, and a word or two more
    on one side ("officials said") tells no origin from its copy."""
    pair = only_pair(document("\n".join(a), "a", "Herald"), document("\n".join(b), "b", "Courier"))
    assert pair.verdict in (Verdict.COPY, Verdict.DERIVED)
    assert (pair.direction, pair.undisclosed_reuse) == (None, False)


@pytest.mark.parametrize(
    ("added", "direction"),
    [
        pytest.param("Officials agreed.", None, id="two_words"),
        pytest.param("Officials in Moscow agreed.", None, id="four_words"),
        pytest.param("Officials in Moscow agreed quickly.", "a->b", id="five_words"),
        pytest.param("Officials in Moscow agreed quickly on Monday.", "a->b", id="seven_words"),
    ],
)
@pytest.mark.parametrize("length", [10, 12, 20, 26, 33])
def test_containment_names_an_origin_from_five_words_more(
    added: str, direction: str | None, length: int
) -> None:
    """Undated, the longer of two texts is the origin when it holds five words or more that
    the other lacks, whatever their length; fewer tell no direction."""
    words = (WIRE[0] + " " + WIRE[1]).rstrip(".").split()[:length]
    brief = " ".join(words) + "."
    pair = only_pair(document(f"{brief} {added}", "a", "Herald"), document(brief, "b", "Courier"))
    assert pair.direction == direction


WARNING = (
    "The national weather service has issued an amber wind warning for {town} from 6 p.m. on "
    "{day}. Gusts of up to 90 km/h are expected, and travel disruption is likely. Residents "
    "are advised to secure loose objects and avoid coastal paths."
)


@pytest.mark.parametrize(
    ("name", "changed"),
    [
        pytest.param("told the Gazette", "told the Herald", id="the_outlet_spoken_to"),
        pytest.param("Tom Harlow", "Tom Barlow", id="a_surname_corrected"),
    ],
)
def test_a_copy_that_changes_one_name_after_its_lede_still_reuses_the_wire(
    name: str, changed: str
) -> None:
    """A paper that runs the wire's story word for word but for one name further down (the
    outlet a spokesman spoke to, his surname set right) is no template filled in for another
    event: its lede is the wire's, so it is still a copy of the wire, a near-duplicate of it,
    and reuses it undisclosed."""
    wire = "\n".join(
        [*WIRE, "Council spokesman Tom Harlow told the Gazette the line would open in 2027."]
    )
    result = compare_documents(
        [
            document(wire, "wire", "Wire", published="2025-03-03"),
            document(wire.replace(name, changed), "paper", "Paper", published="2025-03-04"),
        ],
        single_story=True,
    )
    (pair,) = result.pairs
    assert pair.verdict is Verdict.COPY
    assert (pair.direction, pair.undisclosed_reuse) == ("a->b", True)
    assert len({member.cluster for member in result.clusters}) == 1


@pytest.mark.parametrize(
    ("second", "verdict"),
    [
        pytest.param(("Dunmore", "Tuesday, May 6"), Verdict.PARTIAL, id="another_town"),
        # Towns of one ending are alike as much as "Kiev" and "Kyiv", but from their first letter.
        pytest.param(("Mansfield", "Tuesday, May 6"), Verdict.PARTIAL, id="a_town_of_one_ending"),
        pytest.param(
            ("Springfield", "Tuesday, May 6"), Verdict.DERIVED, id="the_same_town_updated"
        ),
    ],
)
def test_a_template_filled_in_for_another_event_is_no_rewrite(
    second: tuple[str, str], verdict: Verdict
) -> None:
    """An automated warning for another town shares the template's stock lines, not a report:
    it is partly the same text, not a rewrite of the first, no near-duplicate of it, and reuses
    neither (no direction, so no undisclosed reuse); the same warning moved to another day is an
    update of the first."""
    warning = WARNING.format(town="Springfield", day="Monday, May 5")
    first = document(warning, "w0", "WeatherBot", published="2025-05-04")
    town, day = second
    other = document(
        WARNING.format(town=town, day=day), "w1", "Coast Radio", published="2025-05-05"
    )
    result = compare_documents([first, other], single_story=True)
    (pair,) = result.pairs
    assert pair.verdict is verdict
    assert len({m.cluster for m in result.clusters}) == (2 if verdict is Verdict.PARTIAL else 1)
    assert pair.direction == (None if verdict is Verdict.PARTIAL else "a->b")


# A wire's study brief, and a feed's brief of another study from one template: the lede's figures
# and the university further down are the other study's.
WIRE_STUDY = (
    "ASHWORTH, March 10 (NPA) - Adults who walked for 30 minutes a day had a 4.1% lower risk of "
    "stroke over 22 years, according to a study released on Tuesday.\n"
    "Priya Lund, a nurse from Brantley, said the new clinic had been delayed by weeks since "
    "January.\n"
    "Scientists at Ashworth University tracked 40312 people aged between 50 and 80.\n"
    "In Dunholm, where the old pier has been closed for weeks, Tomas Reyes said locals wanted a "
    "decision by June."
)
FEED_STUDY = (
    "Adults who walked for 30 minutes a day had a 8.3% lower risk of stroke over 16 years, "
    "according to a study released on Tuesday.\n"
    "Scientists at Pellingham University tracked 27765 people aged between 50 and 80.\n"
    "In Ostry, where the ring road has been resurfaced, Lena Okafor said locals wanted a decision "
    "by October.\n"
    "Omar Fenwick, a teacher from Brantley, said the old pier had split opinion since July."
)
# The feed's earlier brief, which shares a line with each of the two.
FEED_EARLIER = (
    "Swimming twice a week cut the risk of stroke by 9.2% over 31 years, researchers found.\n"
    "The team at Wexley University followed 15804 middle-aged adults.\n"
    "Priya Lund, a nurse from Brantley, said the new clinic had been delayed by weeks since "
    "January.\n"
    "Omar Fenwick, a teacher from Brantley, said the old pier had split opinion since July.\n"
    "Swimming clubs in the county reported a rise in adult members over the winter.\n"
    "The council plans to extend opening hours at two leisure centres from April."
)


def test_a_feeds_copy_of_the_wire_is_no_earlier_text_of_its_own_brief_of_another_study() -> None:
    """A feed that runs the wire's study brief and, two minutes before, its own brief of another
    study from one template has not corrected Ashworth to Pellingham: the feed's copy fills the
    template in against its own brief as the wire does, whatever third brief of the feed shares a
    line with each. The two studies share no cluster, and the wire stays its copy's canonical."""
    result = compare_documents(
        [
            document(FEED_EARLIER, "feed-1", "Daily Feed", published="2026-03-10T08:28:06Z"),
            document(FEED_STUDY, "feed-2", "Daily Feed", published="2026-03-10T09:35:05Z"),
            document(
                WIRE_STUDY, "npa-1", "Northern Press Agency", published="2026-03-10T09:36:55Z"
            ),
            document(
                WIRE_STUDY + "\n(Northern Press Agency)",
                "feed-3",
                "Daily Feed",
                published="2026-03-10T09:43:55Z",
            ),
        ],
        single_story=True,
    )
    studies = {frozenset((p.a, p.b)): p for p in result.pairs}
    for copy in ("npa-1", "feed-3"):
        assert studies[frozenset(("feed-2", copy))].verdict is Verdict.PARTIAL
    canonical = {m.doc: (m.canonical, m.relation) for m in result.clusters}
    assert canonical["feed-2"] == ("feed-2", Relation.CANONICAL)
    assert canonical["feed-3"] == ("npa-1", Relation.COPY)


# A police department's monthly brief, which a network of local sites fills in for each town:
# the town opens the lede, and is written inside a sentence further down.
BURGLARY_BRIEF = (
    "{town} police responded to {count} reported burglaries in {month}, compared with {before} "
    "in the same month last year, according to department records.\n"
    "Police Chief {chief} said officers had increased patrols in residential neighborhoods.\n"
    "Residents can view a map of recent incidents in {town} on the department's website.\n"
    "Crime figures are compiled monthly from publicly available police data."
)
CARROW_SEPTEMBER = {
    "town": "Carrow",
    "count": 37,
    "month": "September",
    "before": 18,
    "chief": "Dana Holloway",
}


@pytest.mark.parametrize(
    ("second", "published", "template"),
    [
        pytest.param(
            {"town": "Dunmore", "count": 12, "before": 9, "chief": "Dana Pruitt"},
            "2025-10-20",
            FilledTemplate(FilledFor.ANOTHER_EVENT, ("Carrow",), ("Dunmore",)),
            id="another_town_opening_the_lede",
        ),
        pytest.param(
            {"count": 13, "month": "October", "before": 11, "chief": "Ann Fox"},
            "2025-11-20",
            FilledTemplate(FilledFor.ANOTHER_DAY, ("September",), ("October",)),
            id="the_next_months_brief",
        ),
        pytest.param({}, "2025-10-21", None, id="a_sister_sites_copy"),
        pytest.param(
            {"count": 39, "before": 19},
            "2025-10-21",
            None,
            id="the_same_months_figures_corrected",
        ),
    ],
)
def test_a_data_template_filled_in_for_another_town_or_month_is_no_copy(
    second: dict[str, object], published: str, template: FilledTemplate | None
) -> None:
    """A monthly brief filled in for another town, the town opening its lede ("Carrow police
    responded", "Dunmore police responded") and written inside a sentence too, is one template
    for two events, and the next month's brief, its month and both figures changed, one for
    another month: partly the same text, undirected, never undisclosed reuse, two clusters. A
    sister site's copy of the brief, or the brief with its figures set right the next day, still
    reuses it."""
    carrow = document(
        BURGLARY_BRIEF.format(**CARROW_SEPTEMBER), "carrow", "Carrow Ledger", published="2025-10-20"
    )
    other = document(
        BURGLARY_BRIEF.format(**(CARROW_SEPTEMBER | second)),
        "other",
        "Dunmore Ledger",
        published=published,
    )
    result = compare_documents([carrow, other], single_story=True)
    (pair,) = result.pairs
    assert pair.template == template
    if template is None:
        assert pair.verdict in (Verdict.COPY, Verdict.DERIVED)
        assert (pair.direction, pair.undisclosed_reuse) == ("a->b", True)
    else:
        assert (pair.verdict, pair.direction, pair.undisclosed_reuse) == (
            Verdict.PARTIAL,
            None,
            False,
        )
    assert len({m.cluster for m in result.clusters}) == (1 if template is None else 2)


HEAT_ALERT = [
    "An extreme heat alert has been issued for the coming days by the health agency.",
    "The alert covers {town} from noon on Thursday until 8pm on Sunday.",
    "Temperatures of up to 38C are expected inland, with little relief overnight.",
    "Older residents are urged to stay indoors in the hottest hours and to drink plenty of water.",
    "Outdoor events may be cancelled at short notice.",
]


def test_a_template_whose_lede_names_no_place_is_no_copy() -> None:
    """An alert whose lede names no one gives its place in the next sentence: that sentence,
    filled in for another town, tells another event, so the two alerts are partly the same text,
    no near-duplicates, and neither reuses the other."""
    alert = "\n".join(HEAT_ALERT)
    result = compare_documents(
        [
            document(alert.format(town="Tarvik"), "t", "Tarvik Herald", published="2025-07-01"),
            document(alert.format(town="Dunmore"), "d", "Dunmore News", published="2025-07-02"),
        ],
        single_story=True,
    )
    (pair,) = result.pairs
    assert pair.verdict is Verdict.PARTIAL
    assert (pair.direction, pair.undisclosed_reuse) == (None, False)
    assert len({member.cluster for member in result.clusters}) == 2


# A regional group's fire report, its stock lines in another order on each paper: each lede
# opens with stock lines that name no one, up to a line naming a witness.
YARD_FIRE = {
    "smoke": "Thick smoke could be seen for miles as crews worked through the night to contain "
    "the flames.",
    "concerns": "Residents said they had raised concerns about the site with the council for "
    "years.",
    "officer": "Station manager {officer} said it was too early to say what had caused the fire.",
    "blaze": "Firefighters were called to a blaze at the {site} in {town} shortly before "
    "midnight, and {homes} households were told to leave their homes.",
    "neighbour": "Neighbour {neighbour} said he woke to the sound of breaking glass and saw "
    "flames above the roof.",
}


def yard_fires() -> tuple[Document, Document]:
    """Two papers' reports of two fires, four days apart, in one template's stock lines."""
    ashby = {
        "officer": "Karen Doyle",
        "site": "timber yard",
        "town": "Ashby",
        "homes": 120,
        "neighbour": "Tom Reilly",
    }
    carrick = {
        "officer": "Liam Burke",
        "site": "bus depot",
        "town": "Carrick",
        "homes": 85,
        "neighbour": "Priya Shah",
    }
    lines = {
        "ashby": ("concerns", "smoke", "officer", "blaze", "neighbour"),
        "carrick": ("smoke", "concerns", "neighbour", "blaze", "officer"),
    }
    return (
        document(
            "\n".join(YARD_FIRE[line].format(**ashby) for line in lines["ashby"]),
            "ashby",
            "Harbour Gazette",
            published="2025-04-02",
        ),
        document(
            "\n".join(YARD_FIRE[line].format(**carrick) for line in lines["carrick"]),
            "carrick",
            "Valley Echo",
            published="2025-04-06",
        ),
    )


def test_a_template_whose_ledes_share_only_stock_lines_is_no_rewrite() -> None:
    """Two fires' reports whose ledes share only a stock line naming no one, the witness each
    lede names put for another in the other's stock line further down, are one template filled
    in for two events: partly the same text, undirected, and no undisclosed reuse."""
    pair = only_pair(*yard_fires())
    assert pair.template is not None
    assert pair.template.filled_for is FilledFor.ANOTHER_EVENT
    assert (pair.verdict, pair.direction, pair.undisclosed_reuse) == (
        Verdict.PARTIAL,
        None,
        False,
    )


def test_a_template_fills_in_the_same_names_whichever_article_is_a() -> None:
    """A template filled in for another event names every name either article puts for the
    other's, in the same order whichever of the two is A: its template, and so its verdict,
    does not hang on the order the two were given in."""
    ashby, carrick = yard_fires()
    one, other = only_pair(ashby, carrick), only_pair(carrick, ashby)
    assert one.template == FilledTemplate(
        FilledFor.ANOTHER_EVENT,
        ("Karen Doyle", "Tom Reilly", "Ashby"),
        ("Liam Burke", "Priya Shah", "Carrick"),
    )
    assert other.template == replace(one.template, a=one.template.b, b=one.template.a)


FIRE = (
    "A fire broke out at a {site} in {town} on {time}, injuring {hurt} people, the fire service "
    "said.\nFirefighters took {hours} hours to bring the blaze under control.\nThe cause of the "
    "fire is under investigation, officials said.\nResidents of {town} told the {paper} they were "
    "shocked by what happened."
)


def test_a_template_whose_lede_is_reworded_for_another_event_is_no_rewrite() -> None:
    """A fire report written from one template for another town, site and time rewords its lede
    beyond an edit: the town changed in a sentence edited further down still tells another
    event, partly the same text and no near-duplicate of the first."""
    first = FIRE.format(
        site="community centre",
        town="Carrow",
        time="Wednesday morning",
        hurt=4,
        hours=5,
        paper="Herald",
    )
    other = FIRE.format(
        site="school", town="Tarvik", time="Friday night", hurt=7, hours=3, paper="Echo"
    )
    result = compare_documents(
        [
            document(first, "f0", "Herald", published="2025-06-04"),
            document(other, "f1", "Echo", published="2025-06-06"),
        ],
        single_story=True,
    )
    (pair,) = result.pairs
    assert pair.matches[0].kind is MatchKind.PARAPHRASE
    assert pair.verdict is Verdict.PARTIAL
    assert len({member.cluster for member in result.clusters}) == 2


FERRY_LEAD = (
    "PORT ALDER, June 14 (Harbour Wire) - At least 27 people died when a passenger ferry capsized "
    "off Port Alder early on Saturday, the coastguard said."
)
FERRY_WRAPUP_LEAD = (
    "PORT ALDER, June 14 (Harbour Wire) - The death toll from Saturday's ferry disaster off Port "
    "Alder rose to 41 by nightfall, with seven people still missing, officials said."
)
FERRY_OPERATOR = (
    "The ferry, operated by {operator}, was carrying about 140 passengers on its morning "
    "crossing to Skerry Island."
)
FERRY_SURVIVORS = "Survivors said the vessel listed sharply in heavy swell before it turned over."


def ferry(id: str, source: str, lede: str, operator: str, time: str) -> Document:
    return document(
        "\n".join([lede, FERRY_OPERATOR.format(operator=operator), FERRY_SURVIVORS]),
        id,
        source,
        published="2025-06-14",
        published_time=f"2025-06-14T{time}:00Z",
    )


def test_a_name_the_copys_source_later_corrected_fills_in_no_template() -> None:
    """A paper that ran the wire's 1st LEAD, "operated by Alder Bay Lines", against the wire's
    WRAPUP, which rewords the lede and names "Alder Harbour Ferries" as its CORRECTED did,
    reports the one sinking: the paper's source, the 1st LEAD, leads to the WRAPUP through the
    wire's own write-throughs, and the pair fills in no template for another event."""
    result = compare_documents(
        [
            ferry("first-lead", "Harbour Wire", FERRY_LEAD, "Alder Bay Lines", "11:20"),
            ferry("corrected", "Harbour Wire", FERRY_LEAD, "Alder Harbour Ferries", "15:30"),
            ferry("wrapup", "Harbour Wire", FERRY_WRAPUP_LEAD, "Alder Harbour Ferries", "20:00"),
            ferry("metro", "Metro Daily", FERRY_LEAD, "Alder Bay Lines", "16:45"),
        ],
        single_story=True,
    )
    pair = next(p for p in result.pairs if {p.a, p.b} == {"metro", "wrapup"})
    assert pair.template is None
    assert pair.verdict is Verdict.DERIVED


def test_a_copy_of_one_template_item_is_no_copy_of_the_next() -> None:
    """A fire bot's two reports, for two towns, fill in one template against each other: a
    paper's copy of the first is not linked to the second through the bot's reports, and
    still fills in its template for another event."""
    carrow = FIRE.format(
        site="community centre", town="Carrow", time="Wednesday morning", hurt=4, hours=5,
        paper="Herald",
    )  # fmt: skip
    tarvik = FIRE.format(
        site="school", town="Tarvik", time="Friday night", hurt=7, hours=3, paper="Herald"
    )
    result = compare_documents(
        [
            document(carrow, "carrow", "Fire Bot", published="2025-06-04"),
            document(tarvik, "tarvik", "Fire Bot", published="2025-06-06"),
            document(carrow, "daily", "Daily", published="2025-06-05"),
        ],
        single_story=True,
    )
    templates = {frozenset((p.a, p.b)): p.template for p in result.pairs}
    assert templates[frozenset(("carrow", "tarvik"))] is not None
    assert templates[frozenset(("daily", "tarvik"))] is not None


NOTES_EAST = [
    "Residents of Corran East asked whether the ferry would run again before summer.",
    "Shopkeepers in Corran East said trade had slowed since the bridge closed, local radio reported.",
    "A spokesman for the council in Corran East said repairs would start next month, a statement said.",
    "Parents in Corran East questioned whether the school bus would keep running, officials added.",
]  # fmt: skip
NOTES_WEST_ATTRIBUTED_OTHERWISE = [
    "Farmers near Corran West warned that the flooded fields would not be sown this spring.",
    "Shopkeepers in Corran West said trade had slowed since the bridge closed, a survey found.",
    "A spokesman for the council in Corran West said repairs would start next month, officials added.",
    "Parents in Corran West questioned whether the school bus would keep running, local radio reported.",
]  # fmt: skip
NOTES_WEST_REWORDED = [
    "Farmers near Corran West warned that the flooded fields would not be sown this spring.",
    "Shop owners in Corran West complained that trade had slowed since the bridge closed, a survey found.",
    "The council's spokeswoman in Corran West promised that repairs would start next month, officials added.",
    "Teachers in Corran West wondered aloud whether the school bus would keep running, local radio reported.",
]  # fmt: skip


@pytest.mark.parametrize(
    "west",
    [
        # Edited at the default min_similarity, reworded at 95.
        pytest.param(NOTES_WEST_ATTRIBUTED_OTHERWISE, id="lines_attributed_otherwise"),
        # Reworded at either.
        pytest.param(NOTES_WEST_REWORDED, id="lines_reworded"),
    ],
)
def test_a_template_filled_in_for_another_place_is_no_rewrite_at_any_min_similarity(
    west: list[str],
) -> None:
    """Two places' notes from one template put the other place in every stock line and
    attribute it otherwise: partly the same text at the default min_similarity and at a
    stricter one, never derived, as a stricter setting must not make a verdict stronger."""
    east = document("\n".join(NOTES_EAST), "east", "Courier", published="2025-03-14")
    other = document("\n".join(west), "west", "Ledger", published="2025-03-14")
    pairs = {
        cutoff: compare_documents(
            [east, other], Settings(min_similarity=cutoff), single_story=True
        ).pairs[0]
        for cutoff in (80.0, 95.0)
    }
    assert {cutoff: (p.verdict, p.template) for cutoff, p in pairs.items()} == {
        cutoff: (Verdict.PARTIAL, FilledTemplate(FilledFor.ANOTHER_EVENT, ("East",), ("West",)))
        for cutoff in (80.0, 95.0)
    }
    assert {p.direction for p in pairs.values()} == {None}


def test_two_elections_written_from_one_template_are_no_rewrite() -> None:
    """Two towns' election results from one results desk's template share a stock line and
    most of their phrases, but every other sentence names another winner, town or square:
    partly the same text, neither taken from the other, and two clusters."""
    result = compare_documents(
        [
            document(VINSELIAN, "vinselian", "Evening Post", published="2025-06-07"),
            document(SHAZORBU, "shazorbu", "Capital Journal", published="2025-06-09"),
        ],
        single_story=True,
    )
    (pair,) = result.pairs
    assert (pair.verdict, pair.direction, pair.undisclosed_reuse) == (
        Verdict.PARTIAL,
        None,
        False,
    )
    assert pair.template == FilledTemplate(
        FilledFor.ANOTHER_EVENT, ("Shafa Fakamer", "Vinselian"), ("Risdin Sellozor", "Shazorbu")
    )
    assert len({member.cluster for member in result.clusters}) == 2


def test_two_companies_cuts_on_one_template_are_no_rewrite_beside_one_stock_line() -> None:
    """Two job-cut briefs from one template, each company announcing its own cuts with its own
    figures, share a stock line word for word, its figure too: the company each lede credits
    is the event it tells, not a source the claim was credited to, so the two are partly the
    same text, neither reuses the other, and a deduplicated feed keeps both."""
    result = compare_documents(job_cut_briefs(), single_story=True)
    (pair,) = result.pairs
    assert (pair.verdict, pair.direction, pair.undisclosed_reuse) == (
        Verdict.PARTIAL,
        None,
        False,
    )
    assert pair.template == FilledTemplate(
        FilledFor.ANOTHER_EVENT, ("Ostler Mills",), ("Brackwell Dairies",)
    )
    assert len({member.cluster for member in result.clusters}) == 2


def test_a_paste_of_one_results_brief_fills_in_another_companys_template() -> None:
    """A site that pastes two sentences of a wire's results brief for one company under a lede
    of its own reuses that brief alone: against the wire's brief for another company, whose
    lede credits its own profit to it ("Calder Steel reported a 8% rise") and whose profits
    are all other figures, the site shares one template filled in for another event, with no
    direction and no undisclosed reuse."""
    result = compare_documents(results_briefs(), single_story=True)
    pairs = {(p.a, p.b): p for p in result.pairs}
    flags = {ids: (p.verdict, p.direction, p.undisclosed_reuse) for ids, p in pairs.items()}
    assert flags[("harbury", "voice")] == (Verdict.DERIVED, "a->b", True)
    assert flags[("voice", "calder")] == (Verdict.PARTIAL, None, False)
    assert pairs[("voice", "calder")].template == FilledTemplate(
        FilledFor.ANOTHER_EVENT, ("Harbury Foods",), ("Calder Steel",)
    )


def test_ledes_of_one_template_tell_two_events_when_only_a_stock_line_was_proposed() -> None:
    """In a large feed the template's words are too common for LSH to propose its ledes, and
    only the stock turnout line is aligned, as ``compare pair`` of the same two articles aligns
    every sentence: the ledes still tell two events, and the verdict is the same."""
    vocabulary: dict[tuple[str, ...], int] = {}
    a, b = (
        Side.of(d, segment(d), frozenset(), vocabulary)
        for d in (document(SHAZORBU, "shazorbu"), document(VINSELIAN, "vinselian"))
    )
    proposed = align_pair(a.sentences, b.sentences, [(1, 1)], Settings())
    texts = text_overlap(a, b, proposed.matches, Settings())
    assert texts.template is not None
    pair = compare_pair(a, b, texts, "story-001", proposed.closest_similarity, Settings())
    assert (pair.verdict, pair.direction) == (Verdict.PARTIAL, None)


def test_briefs_of_one_template_below_ledes_of_their_own_reuse_neither() -> None:
    """Towns' burglary briefs whose ledes are each their own and whose bodies fill one template in
    with the town, street and police chief reuse neither each other nor the copy of one: those
    pairs have no direction and are no undisclosed reuse, while the uncredited copy still is."""
    result = compare_documents(break_in_briefs(), single_story=True)
    flags = {(p.a, p.b): (p.verdict, p.direction, p.undisclosed_reuse) for p in result.pairs}
    template = (Verdict.PARTIAL, None, False)
    assert flags == {
        ("carrow", "dunmore"): template,
        ("carrow", "fenwick"): template,
        ("carrow", "patch"): (Verdict.COPY, "a->b", True),
        ("dunmore", "fenwick"): template,
        ("dunmore", "patch"): template,
        ("fenwick", "patch"): template,
    }


WEATHER = (
    "Tarvik saw a high of {high}C and a low of {low}C on {day}, with {rain} mm of rain.\n"
    "Winds gusted to {gust} km/h along the coast, the weather service said.\n"
    "About {homes} homes lost power for part of the day."
)
TOLL = (
    "A fire at a furniture warehouse in Tarvik killed {dead} people and injured {hurt} on "
    "{day}, officials said.\nThe blaze broke out at 3:15 a.m. and took 60 firefighters six "
    "hours to put out.\nA 34-year-old night guard was among the dead, police said.\nThe "
    "owner put the damage at $4 million and said the building was insured."
)


@pytest.mark.parametrize(
    ("first", "other", "verdict"),
    [
        pytest.param(
            MARKET_WRAP.format(**MONDAYS_WRAP),
            MARKET_WRAP.format(**TUESDAYS_WRAP),
            Verdict.PARTIAL,
            id="next_days_market_wrap",
        ),
        pytest.param(
            WEATHER.format(high=24, low=13, day="Monday", rain=4, gust=45, homes=300),
            WEATHER.format(high=19, low=9, day="Tuesday", rain=11, gust=60, homes=1200),
            Verdict.PARTIAL,
            id="next_days_weather",
        ),
        pytest.param(
            MARKET_WRAP.format(**MONDAYS_WRAP),
            MARKET_WRAP.format(**MONDAYS_WRAP_REVISED),
            Verdict.DERIVED,
            id="market_wrap_revised_the_same_day",
        ),
        pytest.param(
            TOLL.format(dead=12, hurt=40, day="Monday"),
            TOLL.format(dead=15, hurt=40, day="Tuesday"),
            Verdict.DERIVED,
            id="death_toll_updated_next_day",
        ),
        pytest.param(
            TOLL.format(dead=12, hurt=40, day="Monday"),
            TOLL.format(dead=15, hurt=52, day="Tuesday").replace("3:15", "3:50"),
            Verdict.DERIVED,
            id="three_figures_updated_next_day",
        ),
    ],
)
def test_a_template_filled_in_with_another_days_figures_is_no_rewrite(
    first: str, other: str, verdict: Verdict
) -> None:
    """Two days' market wraps or weather reports from one template share every line but their
    figures, each put for another, and the day: partly the same text, neither taken from the
    other, and two clusters. A story updated the next day (a death toll raised, even three
    figures revised) keeps its other figures, and a wrap revised the same day names no other
    day: each is derived from the first, directed, and one cluster with it."""
    result = compare_documents(
        [
            document(first, "first", "Market Desk", published="2025-03-10"),
            document(other, "other", "Finance Daily", published="2025-03-11"),
        ],
        single_story=True,
    )
    (pair,) = result.pairs
    assert pair.verdict is verdict
    assert pair.direction == (None if verdict is Verdict.PARTIAL else "a->b")
    assert pair.template == (
        FilledTemplate(FilledFor.ANOTHER_DAY, ("Monday",), ("Tuesday",))
        if verdict is Verdict.PARTIAL
        else None
    )
    assert len({m.cluster for m in result.clusters}) == (2 if verdict is Verdict.PARTIAL else 1)


MATCH_REPORT = (
    "Perth Hawks {result} Reno Hawks {score} on Saturday.\n"
    "{scorer} scored in the {minute}th minute in front of {fans} fans.\n"
    "Perth Hawks are first in the table with {points} points."
)
MARCH_8 = {"result": "lost to", "score": "0-1", "scorer": "Sato", "minute": 87}
MARCH_15 = {"result": "beat", "score": "2-0", "scorer": "Okafor", "minute": 47}


@pytest.mark.parametrize(
    ("second_published", "verdict"),
    [
        pytest.param("2025-03-15", Verdict.PARTIAL, id="a_week_later"),
        pytest.param("2025-03-08", Verdict.PARTIAL, id="the_same_day"),
    ],
)
def test_match_reports_of_one_template_a_week_apart_are_two_days_reports(
    second_published: str, verdict: Verdict
) -> None:
    """Two match reports from one template name the same weekday ("on Saturday") and put every
    figure for another: published a week apart, they are another day's figures, by their dates,
    neither taken from the other, and two clusters of a deduplicated feed; on one day, the
    result and the scorer filled in with the figures of two of the three lines tell another
    match, where only the table line keeps its club (acceptance round 34, d1)."""
    result = compare_documents(
        [
            document(MATCH_REPORT.format(**MARCH_8, fans="44,925", points=53), "first",
                     "SportsDesk", published="2025-03-08"),
            document(MATCH_REPORT.format(**MARCH_15, fans="19,270", points=8), "second",
                     "ScoreLine", published=second_published),
        ],
        single_story=True,
    )  # fmt: skip
    (pair,) = result.pairs
    assert pair.verdict is verdict
    assert pair.template == (
        FilledTemplate(FilledFor.ANOTHER_DAY, ("2025-03-08",), ("2025-03-15",))
        if second_published != "2025-03-08"
        else FilledTemplate(FilledFor.OTHER_FACTS, ("0-1", "87", "44,925"), ("2-0", "47", "19,270"))
    )
    assert len({m.cluster for m in result.clusters}) == 2


COASTAL_WARNING = (
    "The weather service issued {level} warning for {hazard} across the Coastal District on "
    "{day}, with up to {rain} mm expected in some areas.\n"
    "Gusts of up to {gusts} km/h could bring down trees and power lines, forecasters said.\n"
    "The warning covers {towns} and is in force for {hours} hours.\n"
    "Residents were advised to avoid unnecessary travel and to secure loose objects outdoors.\n"
    "Schools in parts of the district said they would decide on closures in the morning."
)
THURSDAY = {"level": "a red", "hazard": "snow and ice", "day": "Thursday", "rain": 134,
            "gusts": 122, "towns": "Ironbridge and Larkspur", "hours": 22}  # fmt: skip
OTHER_COASTAL_WARNING = {"level": "an amber", "hazard": "strong winds", "rain": 60, "gusts": 99,
                         "towns": "Calder and Millbrook", "hours": 26}  # fmt: skip


@pytest.mark.parametrize(
    ("second", "second_published", "verdict"),
    [
        pytest.param(
            {**THURSDAY, **OTHER_COASTAL_WARNING, "day": "Saturday", "hours": 22},
            "2025-05-03",
            Verdict.PARTIAL,
            id="saturdays_warning",
        ),
        pytest.param(
            {**THURSDAY, **OTHER_COASTAL_WARNING},
            "2025-05-01",
            Verdict.PARTIAL,
            id="another_warning_that_day",
        ),
        pytest.param(
            {**THURSDAY, "level": "an amber", "rain": 90},
            "2025-05-03",
            Verdict.DERIVED,
            id="thursdays_warning_told_again",
        ),
        pytest.param(
            {**THURSDAY, "rain": 90, "gusts": 99, "hours": 26},
            "2025-05-01",
            Verdict.DERIVED,
            id="thursdays_figures_corrected",
        ),
    ],
)
def test_one_agencys_warnings_of_two_days_are_two_reports(
    second: dict[str, object], second_published: str, verdict: Verdict
) -> None:
    """An agency's warning of Saturday, from the template of its warning of Thursday two days
    before, names its own day as the first named its own, its rain and gusts changed and the
    hours in force kept: two reports, each its day's, and two clusters of a deduplicated feed; so is another warning of
    Thursday's for other towns with other figures. A report of Saturday that tells Thursday's
    warning again, its level and a figure changed, is one told again, and one that corrects
    every figure of Thursday's warning for the same towns a rewrite."""
    first = COASTAL_WARNING.format(**THURSDAY)
    result = compare_documents(
        [
            document(first, "thursday", "CPA", published="2025-05-01"),
            document(COASTAL_WARNING.format(**second), "second", "CPA", published=second_published),
        ],
        single_story=True,
    )
    (pair,) = result.pairs
    assert pair.verdict is verdict
    assert len({m.cluster for m in result.clusters}) == (2 if verdict is Verdict.PARTIAL else 1)


STOCK_BRIEF = (
    "Shares of {company} {moved} {share} to {price} on {day} after the company reported "
    "{period} results.\nTrading volume reached {volume} million shares.\n"
    "The stock has lost {year}% so far this year."
)


def test_stock_briefs_of_two_days_whose_ledes_differ_are_no_copies() -> None:
    """Two stock briefs of one template, for two days (and two companies of one brand), edit
    their ledes beyond a copy's edits and share only the stock lines, each with another figure:
    another day's figures, by their dates, and two clusters; not one brief derived from the
    other."""
    result = compare_documents(
        [
            document(STOCK_BRIEF.format(company="Novumo Inc (KUDC)", moved="rose", share="11.7%",
                     price="$67.09", day="Monday", period="quarterly", volume=2.6, year=5.1),
                     "monday", "TickerWire", published="2025-03-17"),
            document(STOCK_BRIEF.format(company="Novumo Partners (MCVS)", moved="jumped",
                     share="13.2%", price="$102.68", day="Sunday", period="first-half",
                     volume=6.8, year=9.4), "sunday", "StockBrief", published="2025-03-09"),
        ],
        single_story=True,
    )  # fmt: skip
    (pair,) = result.pairs
    assert (pair.verdict, pair.template) == (
        Verdict.PARTIAL,
        FilledTemplate(FilledFor.ANOTHER_DAY, ("2025-03-17",), ("2025-03-09",)),
    )
    assert len({m.cluster for m in result.clusters}) == 2


def test_a_round_up_copied_whole_under_another_result_is_still_a_copy() -> None:
    """A site's round-up of results is copied whole by another under one more result on top:
    its lede, now the copy's second sentence, is aligned word for word, so the other result's
    line, which fills the template with other names, tells no second event."""
    vinselian_lede = VINSELIAN.split("\n", 1)[0]
    result = compare_documents(
        [
            document(SHAZORBU, "round_up", published="2025-03-03"),
            document(f"{vinselian_lede}\n{SHAZORBU}", "copy", published="2025-03-04"),
        ],
        single_story=True,
    )
    (pair,) = result.pairs
    assert (pair.verdict, pair.direction) == (Verdict.COPY, "a->b")


def test_a_copy_that_names_another_outlet_after_a_nameless_lede_still_reuses_the_wire() -> None:
    """The wire's lede names no one, and its next sentence says whom a detective told; a paper
    runs it word for word but for that outlet: an outlet tells no event, so the paper is still
    a copy of the wire, a near-duplicate of it, and reuses it undisclosed."""
    wire = "\n".join(
        [
            "A man has been arrested after a stabbing outside a nightclub early on Saturday.",
            "Detective Inspector Ruth Kane told the Gazette the 34-year-old was being held.",
            "The victim, a 22-year-old man, was taken to hospital with injuries that are not "
            "thought to be life-threatening.",
            "Officers have appealed for anyone with footage of the incident to come forward.",
        ]
    )
    result = compare_documents(
        [
            document(wire, "wire", "Wire", published="2025-03-03"),
            document(wire.replace("the Gazette", "the Herald"), "paper", published="2025-03-04"),
        ],
        single_story=True,
    )
    (pair,) = result.pairs
    assert pair.verdict in (Verdict.COPY, Verdict.DERIVED)
    assert (pair.direction, pair.undisclosed_reuse) == ("a->b", True)
    assert len({member.cluster for member in result.clusters}) == 1


LANDSLIDE_WIRE = [
    "At least 9 people have died and 640 homes were buried after a hillside gave way above "
    "Velmora, the Ministry of Civil Protection said on Tuesday.",
    "The slope moved 3.5 metres in six hours, according to the ministry.",
    "Rescue teams reached 14 of the 20 cut-off hamlets, the ministry said.",
    "About 2,300 residents spent the night in school gyms in Velmora and Ostrin.",
]


@pytest.mark.parametrize(
    ("lede", "changed"),
    [
        pytest.param(
            "the Ministry of Civil Protection said",
            "the Red Crescent said",
            id="the_lede_credits_another_body",
        ),
        pytest.param(
            "according to the ministry",
            "according to the Global Geology Institute",
            id="a_line_credits_another_body",
        ),
    ],
)
def test_a_copy_that_credits_another_source_still_reuses_the_wire(lede: str, changed: str) -> None:
    """A paper that runs the wire's story but credits a claim to another body, in its lede or
    further down, reports the same landslide: no template filled in for another event but a
    copy of the wire, directed, charged with undisclosed reuse, one near-duplicate cluster, and
    the source changed noted with both bodies."""
    wire = "\n".join(LANDSLIDE_WIRE)
    result = compare_documents(
        [
            replace(
                document(wire, "wire", "Coastal Wire", published="2025-04-15"),
                author="Coastal Wire staff",
            ),
            document(wire.replace(lede, changed), "paper", "Paper", published="2025-04-15"),
        ],
        single_story=True,
    )
    (pair,) = result.pairs
    assert pair.template is None
    assert pair.verdict in (Verdict.COPY, Verdict.DERIVED)
    assert (pair.direction, pair.undisclosed_reuse) == ("a->b", True)
    assert len({member.cluster for member in result.clusters}) == 1
    notes = [(n.kind, n.a, n.b) for m in pair.matches for n in m.framing]
    assert [note for note in notes if note[0] is FramingKind.ATTRIBUTION_SOURCE_CHANGED] == [
        (
            FramingKind.ATTRIBUTION_SOURCE_CHANGED,
            *(name.removeprefix("the ").removeprefix("according to the ").removesuffix(" said")
              for name in (lede, changed)),
        )
    ]  # fmt: skip


FLOOD_RELEASE = (
    "At least 9 people have died and 640 homes were flooded after the Tarn burst its banks in "
    "Velmora, the Water Authority said on {day}.\n"
    "The authority estimated the damage to roads and bridges at {damage}.\n"
    "Crop losses rose by {crop}, to 21%, according to a preliminary count.\n"
    "The regional government has released $3 million in emergency aid."
)


@pytest.mark.parametrize(
    ("damage", "crop", "misquotes"),
    [
        pytest.param(
            "$31 billion",
            "4 percentage points",
            {("$31 million", "$31 billion")},
            id="billions_for_millions",
        ),
        pytest.param(
            "$31 million",
            "4 percent",
            {("4 percentage points", "4 percent")},
            id="percent_for_percentage_points",
        ),
        pytest.param(
            "$31 billion",
            "4 percent",
            {("$31 million", "$31 billion"), ("4 percentage points", "4 percent")},
            id="both",
        ),
    ],
)
def test_a_copy_that_misquotes_its_sources_figures_the_next_day_still_reuses_it(
    damage: str, crop: str, misquotes: set[tuple[str, str]]
) -> None:
    """A paper that runs the authority's flood statement the next day, its toll and day updated
    and a figure misquoted ("$31 billion" for "$31 million", "4 percent" for "4 percentage
    points"), keeps the statement's figures, however wrong: no template filled in with another
    day's figures but a rewrite of the statement, directed, one near-duplicate cluster, and each
    misquote noted as a number changed."""
    release = FLOOD_RELEASE.format(day="Monday", damage="$31 million", crop="4 percentage points")
    copy = (
        FLOOD_RELEASE.format(day="Tuesday", damage=damage, crop=crop)
        .replace("9 people", "11 people")
        .replace("640 homes", "720 homes")
    )
    result = compare_documents(
        [
            document(release, "authority", "Water Authority", published="2025-04-14"),
            document(copy, "paper", "Paper", published="2025-04-15"),
        ],
        single_story=True,
    )
    (pair,) = result.pairs
    assert (pair.template, pair.verdict, pair.direction) == (None, Verdict.DERIVED, "a->b")
    assert len({member.cluster for member in result.clusters}) == 1
    changed = {
        (n.a, n.b) for m in pair.matches for n in m.framing if n.kind is FramingKind.NUMBER_CHANGED
    }
    assert misquotes <= changed


FERRY_WIRE = (
    "A ferry ran aground off Dunmore harbour on Friday morning, the coastguard said.\n"
    "All 212 passengers were taken ashore by lifeboat crews within three hours.\n"
    "The operator said the vessel lost steering in heavy swell near the breakwater.\n"
    "Inspectors from the maritime agency are expected to board the ferry on Saturday."
)


@pytest.mark.parametrize(
    "copy",
    [
        pytest.param(FERRY_WIRE, id="word_for_word"),
        pytest.param(
            FERRY_WIRE.replace("on Friday morning", "early on Friday").replace(
                "within three hours", "by midday"
            ),
            id="edited_in_two_places",
        ),
        pytest.param(
            FERRY_WIRE.split("\n", 1)[0] + "\nLocal shops near the quay stayed shut all day.",
            id="lede_only",
        ),
    ],
)
def test_a_pair_reports_the_shares_its_texts_show(copy: str) -> None:
    """The shares a pair of texts shows, rounded once on their side of every cut however many
    pairs of documents print the two texts, are the ones each such pair reports."""
    vocabulary: dict[tuple[str, ...], int] = {}
    a, b = (
        Side.of(d, segment(d), frozenset(), vocabulary)
        for d in (document(FERRY_WIRE, "wire"), document(copy, "daily"))
    )
    every_pair = [(i, j) for i in range(len(a.sentences)) for j in range(len(b.sentences))]
    proposed = align_pair(a.sentences, b.sentences, every_pair, Settings())
    texts = text_overlap(a, b, proposed.matches, Settings())
    pair = compare_pair(a, b, texts, "story-001", proposed.closest_similarity, Settings())
    assert [getattr(pair, f.name) for f in fields(ShownShares)] == list(astuple(texts.shown))
    assert pair.a_in_b == _rounded_on_its_side(texts.a_in_b, Settings().containment_cuts)


@pytest.mark.parametrize(
    ("copied_at", "direction"),
    [
        pytest.param("2025-08-01T15:30:00Z", None, id="before_the_update"),
        pytest.param("2025-08-01T21:00:00Z", "a->b", id="after_the_update"),
        pytest.param("2025-08-01T12:00:00Z", "b->a", id="before_the_article"),
    ],
)
def test_a_later_versions_text_is_not_out_before_it_was_modified(
    copied_at: str, direction: str | None
) -> None:
    """An update modified at 20:15 holds text that did not exist at 15:30: another outlet's
    article of that time took nothing from it, and their pair has no direction, though the
    update's article was published first; one published after the update may have taken it, and
    one published before the article itself is its origin, as ever (finding 2 of acceptance
    round 21)."""
    text = "Two people were injured in an explosion at a chemical plant in Wexley, police said."
    update = Document(
        "wx-2", "Wexley Observer", text, published="2025-08-01",
        published_time="2025-08-01T14:40:00Z", modified_time="2025-08-01T20:15:00Z",
    )  # fmt: skip
    copy = Document(
        "rp-1", "Regional Press", text, published="2025-08-01", published_time=copied_at
    )
    vocabulary: dict[tuple[str, ...], int] = {}
    a, b = (Side.of(d, segment(d), frozenset(), vocabulary) for d in (update, copy))
    proposed = align_pair(a.sentences, b.sentences, [(0, 0)], Settings())
    texts = text_overlap(a, b, proposed.matches, Settings())
    pair = compare_pair(
        a, b, texts, "story-001", proposed.closest_similarity, Settings(),
        modified_texts={"wx-2"},
    )  # fmt: skip
    assert (pair.verdict, pair.direction) == (Verdict.COPY, direction)
    assert pair.undisclosed_reuse is (direction is not None)
    earlier = compare_pair(a, b, texts, "story-001", proposed.closest_similarity, Settings())
    assert earlier.direction == ("b->a" if copied_at < "2025-08-01T14:40:00Z" else "a->b")


# A state broadcaster's story, filed with its own dateline on Friday, 14 March 2025.
HOSPITAL = [
    "DORVANSK, March 14 (VRN) \u2014 Shelling destroyed the surgical wing of the Dorvansk "
    "Children's Hospital overnight, killing 14 civilians, the regional ministry said on Friday.",
    "Rescue workers pulled 31 wounded people from the rubble, among them nine children.",
    "Western media have ignored the tragedy, as they ignored every earlier attack on the city.",
    "The hospital, built in 1978, treated more than 40,000 children from the region every year.",
]
HOSPITAL_UNSIGNED = [HOSPITAL[0].split("\u2014 ", 1)[1], HOSPITAL[1], HOSPITAL[3]]


def _broadcaster_and_copy(
    copy_date: str, copy_time: str | None = None, copy: list[str] = HOSPITAL_UNSIGNED
) -> tuple[Document, Document]:
    """The broadcaster's story and a copy that drops its dateline and a paragraph."""
    return (
        document(
            "\n\n".join(HOSPITAL),
            "vrn",
            "Voice of Rossland",
            published="2025-03-14",
        ),
        replace(
            document("\n\n".join(copy), "sentinel", "Heartland Sentinel"),
            published=copy_date,
            published_time=copy_time,
        ),
    )


def test_a_copy_whose_text_contradicts_its_date_is_not_the_origin_by_it() -> None:
    """A copy dated Thursday that says the ministry "said on Friday", as the Friday story it
    took the sentence from does, is backdated: its date tells no direction, the dateline it
    dropped does, and the pair says whose date it set aside and why."""
    pair = only_pair(*_broadcaster_and_copy("2025-03-13"))
    assert (pair.origin, pair.direction_basis) == ("vrn", DirectionBasis.AGENCY_DATELINE)
    assert pair.date_set_aside == DateSetAside("sentinel", "Friday")
    assert pair.undisclosed_reuse


@pytest.mark.parametrize(
    ("copy_date", "copy_time", "copy"),
    [
        pytest.param("2025-03-11", None, HOSPITAL_UNSIGNED, id="three_days_before"),
        pytest.param(
            "2025-03-13",
            "2025-03-13T22:00:00Z",
            HOSPITAL_UNSIGNED,
            id="a_time_in_utc_may_be_friday_where_it_was_published",
        ),
        pytest.param(
            "2025-03-13",
            None,
            [
                HOSPITAL_UNSIGNED[0].replace("said on Friday", "will say more on Friday"),
                *HOSPITAL_UNSIGNED[1:],
            ],
            id="what_is_to_come",
        ),
    ],
)
def test_a_date_stands_where_the_text_does_not_contradict_it(
    copy_date: str, copy_time: str | None, copy: list[str]
) -> None:
    """A copy's date tells the direction where its text may fit it: to a Tuesday, a Friday three
    days on may be the Friday before, a time given in UTC may fall on Friday where it was
    published, and what is to come may be on any later day. (The broadcaster's dateline is left
    out here: a text under an agency's dateline is the origin of one without it, whatever the
    dates.)"""
    broadcaster, backdated = _broadcaster_and_copy(copy_date, copy_time, copy)
    unsigned = replace(broadcaster, text="\n\n".join([HOSPITAL_UNSIGNED[0], *HOSPITAL[1:]]))
    pair = only_pair(unsigned, backdated)
    assert pair.date_set_aside is None
    assert (pair.origin, pair.direction_basis) == ("sentinel", DirectionBasis.PUBLISHED_DATE)


BIOLABS = [
    "Leaked documents obtained by Meridian Today show that the Pentagon has funded at least 11 "
    "biological laboratories across Tarvia, where dangerous pathogens are being studied.",
    "The documents, handed over by a former laboratory employee, describe experiments with "
    "anthrax and tularemia at sites near the border with Rossland.",
    "The US embassy in the Tarvian capital did not respond to a request for comment.",
]


def _biolabs_story(copy_credit: str, launderer_time: str | None) -> list[Document]:
    """Meridian Today's story of 11:00, a site's copy of it (dated ``launderer_time``, or not at
    all, as an aggregator's record), and a third site's copy of 13:00 that ends with
    ``copy_credit``."""
    text = "\n\n".join(BIOLABS)
    return [
        Document(
            "meridian", "Meridian Today", text,
            published="2025-03-16", published_time="2025-03-16T11:00:00Z",
        ),
        Document(
            "monitor", "Global Research Monitor", text,
            published=launderer_time[:10] if launderer_time else None,
            published_time=launderer_time,
        ),
        Document(
            "patriot", "Patriot News Now", f"{text}\n\n{copy_credit}".strip(),
            published="2025-03-16", published_time="2025-03-16T13:00:00Z",
            credits=find_credits(copy_credit),
        ),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("copy_credit", "launderer_time", "origin", "basis"),
    [
        pytest.param(
            "Source: Meridian Today", None, "meridian", DirectionBasis.CREDITED_BY_OTHERS,
            id="credited_by_a_third_copy",
        ),
        pytest.param("", None, None, None, id="credited_by_none"),
        pytest.param(
            "Source: Global Research Monitor", "2025-03-16T12:00:00Z", "meridian",
            DirectionBasis.PUBLISHED_TIME, id="a_credited_launderer_dated_after",
        ),
    ],
)  # fmt: skip
def test_of_two_texts_no_date_orders_the_one_other_copies_credit_is_the_origin(
    copy_credit: str,
    launderer_time: str | None,
    origin: str | None,
    basis: DirectionBasis | None,
) -> None:
    """An aggregator's undated record of Meridian Today's story holds all of it, and nothing of
    the pair tells which came first; a third copy that says "Source: Meridian Today" does: the
    story the other copies credit is the origin, and the record that credits no one is flagged.
    Credits never outweigh the dates: a site that lifted the story an hour later and is credited
    by the copy it fed is still its copy."""
    result = compare_documents(_biolabs_story(copy_credit, launderer_time), single_story=True)
    (pair,) = [p for p in result.pairs if {p.a, p.b} == {"meridian", "monitor"}]
    assert (pair.origin, pair.direction_basis) == (origin, basis)
    assert pair.undisclosed_reuse is (origin is not None)


@pytest.mark.parametrize(
    ("riots_copy_date", "origin", "set_aside"),
    [
        pytest.param(
            "2025-03-17", "meridian", DateSetAside("hs-labs", None, ("hs-riots", "hs-shelling")),
            id="caught_twice",
        ),
        pytest.param("2025-03-18", "hs-labs", None, id="caught_once"),
    ],
)  # fmt: skip
def test_an_outlet_caught_backdating_twice_is_not_first_by_its_date_in_a_third_story(
    riots_copy_date: str, origin: str, set_aside: DateSetAside | None
) -> None:
    """A site whose copies say the ministry "said on Friday" in an article of Thursday, and that
    police "clashed on Tuesday" in one of Monday, is caught backdating: its copy of a Sunday
    story dated the Saturday before, which names no day, is not first by its date, and the
    story a third copy credits is its origin. Caught once (the riots copy dated Tuesday), it may
    have slipped: its date stands."""
    result = compare_documents(backdating_run(riots_copy_date))
    (pair,) = [p for p in result.pairs if {p.a, p.b} == {"meridian", "hs-labs"}]
    assert pair.date_set_aside == set_aside
    assert pair.origin == origin
    assert pair.undisclosed_reuse


def test_copies_crediting_an_outlet_caught_backdating_do_not_make_it_the_origin() -> None:
    """The third site's copy credits the Heartland Sentinel, whose copy it ran, not Meridian
    Today: a backdating site is credited by the copies it feeds, as a laundering site is. With
    the Sentinel's date set aside, that credit does not make it Meridian's origin, nor Meridian
    its uncredited copy."""
    run = [
        replace(d, text=d.text.replace("Meridian Today", "Heartland Sentinel"),
                credits=("Heartland Sentinel",))
        if d.id == "pnn" else d
        for d in backdating_run("2025-03-17")
    ]  # fmt: skip
    result = compare_documents(run)
    (pair,) = [p for p in result.pairs if {p.a, p.b} == {"meridian", "hs-labs"}]
    assert pair.date_set_aside == DateSetAside("hs-labs", None, ("hs-riots", "hs-shelling"))
    assert (pair.origin, pair.undisclosed_reuse) == (None, False)


FLOODED_ROAD = [
    "Heavy rain flooded the main road through {town} on {day}, cutting off 120 homes for most of "
    "the day, the county council said.",
    "Council crews pumped water from the road and reopened one lane by the evening.",
    "Resident Maria Okoye said it was the third time the road had flooded since the autumn.",
]


def _flood_and_reprint(town: str, day: str, dated: str, reprinted: str) -> list[Document]:
    """Meridian Press's report of the flood in ``town`` on ``day``, dated ``dated``, and
    Valley Times's reprint of it, dated ``reprinted``."""
    text = "\n\n".join(FLOODED_ROAD).format(town=town, day=day)
    return [
        Document(f"mp-{town.lower()}", "Meridian Press", text, published=dated),
        Document(f"vt-{town.lower()}", "Valley Times", text, published=reprinted),
    ]


# Meridian Press's two slips: reports dated Thursday, 20 March 2025, of floods on the Saturday
# after, as their reprints of that Saturday say.
FLOOD_SLIPS = [
    _flood_and_reprint("Carrow", "Saturday", "2025-03-20", "2025-03-22"),
    _flood_and_reprint("Dunmore", "Saturday", "2025-03-20", "2025-03-22"),
]
TOWNS = ["Aldbury", "Brenton", "Calder", "Denholm", "Elsworth", "Farley", "Garston"]


@pytest.mark.parametrize(
    ("clean", "caught"),
    [
        pytest.param(2, True, id="two_of_four_reports_put_first"),
        pytest.param(7, False, id="two_of_nine_reports_put_first"),
    ],
)
def test_an_outlet_is_caught_backdating_by_a_share_of_its_reports_not_two_alone(
    clean: int, caught: bool
) -> None:
    """A wire whose text contradicts the dates of two of its reports is caught backdating when
    they are a quarter or more of those its dates put first against a reprint, and not when
    they are two slips among nine: a wire of hundreds of stories makes a few."""
    mondays = [date(2025, 3, 3) + timedelta(weeks=n) for n in range(clean)]
    stories = FLOOD_SLIPS + [
        _flood_and_reprint(town, "Monday", str(monday), str(monday + timedelta(days=1)))
        for town, monday in zip(TOWNS[:clean], mondays, strict=True)
    ]
    runs = [compare_documents(story, single_story=True) for story in stories]
    backdating = backdating_outlets(
        (d for run in runs for d in run.documents), (p for run in runs for p in run.pairs)
    )
    assert backdating.get("mp-aldbury") == (("mp-carrow", "mp-dunmore") if caught else None)
    assert "vt-aldbury" not in backdating


def test_times_on_one_day_order_an_outlet_caught_backdating() -> None:
    """A wire caught backdating by two flood reports dated two days before the floods they
    report is still the origin of a paper's rewrite of its strike report, by the times of
    08:00 and 11:00 UTC on one day: what caught it were dates a day or more early, and
    containment alone would make the paper, which added a line, the wire's origin."""
    strike = [
        "Bus drivers in Lorton walked out on Monday in a dispute over pay, halting most routes "
        "across the city, the union said.",
        "About 420 drivers joined the 24-hour strike, according to the union.",
        "Operator Lorton Transit said fewer than one in five buses ran and urged passengers to "
        "travel outside peak hours.",
    ]
    rewrite = [
        strike[0].replace("the union said", "the union claimed"),
        strike[1].replace("420", "450"),
        strike[2],
        "Talks between the two sides broke down in February.",
    ]
    wire = Document(
        "mp-strike",
        "Meridian Press",
        "\n\n".join(strike),
        published="2025-03-24",
        published_time="2025-03-24T08:00:00Z",
    )
    paper = Document("ld-strike", "Lakeside Daily", "\n\n".join(rewrite),
                     published="2025-03-24", published_time="2025-03-24T11:00:00Z")  # fmt: skip
    result = compare_documents([*FLOOD_SLIPS[0], *FLOOD_SLIPS[1], wire, paper])
    (pair,) = [p for p in result.pairs if {p.a, p.b} == {"mp-strike", "ld-strike"}]
    assert (pair.origin, pair.direction_basis) == ("mp-strike", DirectionBasis.PUBLISHED_TIME)
    assert pair.date_set_aside is None


@pytest.mark.parametrize(
    ("said", "copy_date", "set_aside"),
    [
        pytest.param("said on March 14", "2025-03-12", "March 14", id="a_day_after_its_date"),
        pytest.param("said on March 14", "2025-03-03", "March 14", id="eleven_days_on"),
        pytest.param("said on March 14, 2024", "2025-03-12", None, id="a_year_before"),
        pytest.param("will say more on March 14", "2025-03-12", None, id="what_is_to_come"),
    ],
)
def test_a_copy_that_reports_a_later_day_of_the_month_is_not_the_origin_by_its_date(
    said: str, copy_date: str, set_aside: str | None
) -> None:
    """A copy dated Wednesday, March 12 that says the ministry "said on March 14", as the report of
    the 14th it took the sentence from does, is backdated however many days before it is dated
    (a day of a month, unlike a weekday, is never last week's): its date tells no direction, and
    the broadcaster, which holds more, is the origin. A day of another year, or what is to come,
    contradicts no date."""
    lede = HOSPITAL_UNSIGNED[0].replace("said on Friday", said)
    broadcaster = document(
        "\n\n".join([lede, *HOSPITAL[1:]]), "vrn", "Voice of Rossland", published="2025-03-14"
    )
    copy = document(
        "\n\n".join([lede, *HOSPITAL_UNSIGNED[1:]]), "sentinel", "Heartland Sentinel",
        published=copy_date,
    )  # fmt: skip
    pair = only_pair(broadcaster, copy)
    assert pair.date_set_aside == (DateSetAside("sentinel", set_aside) if set_aside else None)
    assert pair.origin == ("vrn" if set_aside else "sentinel")


@pytest.mark.parametrize(
    ("credit", "origin", "basis"),
    [
        pytest.param("", "vrn", DirectionBasis.AGENCY_DATELINE, id="the_paper_unnamed"),
        pytest.param(
            "The Ohio Valley Observer first reported the strike.",
            "observer",
            DirectionBasis.PUBLISHED_TIME,
            id="the_paper_named",
        ),
    ],
)
def test_a_text_under_an_agencys_dateline_is_the_origin_of_a_copy_stamped_before_without_it(
    credit: str, origin: str, basis: DirectionBasis
) -> None:
    """A broadcaster's story filed under "(VRN)" at 06:30 UTC, and a paper's copy of that Friday
    stamped 05:00 that dropped the dateline but kept "told VRN": the copy gave the broadcaster
    no dateline it lacks, so whatever the times say the broadcaster is the origin and the copy
    is flagged. A broadcaster that names the paper may have taken the story from it: the times
    tell."""
    told = "Military analyst Igor Demchenko told VRN the strike was planned abroad."
    broadcaster = Document(
        "vrn", "Voice of Rossland", "\n\n".join([*HOSPITAL, told, credit]),
        published="2025-03-14", published_time="2025-03-14T06:30:00Z",
    )  # fmt: skip
    copy = Document(
        "observer", "Ohio Valley Observer", "\n\n".join([*HOSPITAL_UNSIGNED, told]),
        published="2025-03-14", published_time="2025-03-14T05:00:00Z",
    )  # fmt: skip
    pair = only_pair(broadcaster, copy)
    assert (pair.origin, pair.direction_basis) == (origin, basis)
    assert pair.undisclosed_reuse is (origin == "vrn")


def test_an_undated_record_is_no_origin_of_a_dated_copy_by_a_dateline_it_kept() -> None:
    """An aggregator's undated record that keeps a broadcaster's dateline is no news agency's
    copy for it: against a dated copy that dropped the dateline, it tells no direction, and
    what each holds of the other decides (here neither holds more)."""
    _, copy = _broadcaster_and_copy("2025-03-14")
    record = document("\n\n".join([HOSPITAL[0], *HOSPITAL_UNSIGNED[1:]]), "grm", "Research Monitor")
    pair = only_pair(record, copy)
    assert (pair.direction, pair.direction_basis) == (None, None)


def test_of_two_texts_with_one_agencys_dateline_the_dated_one_is_the_origin() -> None:
    """Two texts that open with one agency's dateline, neither the agency's by its name, the
    broadcaster dated and an aggregator's record not: the dated one is the origin, and the
    verdict names what told it."""
    broadcaster, _ = _broadcaster_and_copy("2025-03-14")
    record = document("\n\n".join(HOSPITAL), "grm", "Research Monitor")
    pair = only_pair(record, broadcaster)
    assert (pair.origin, pair.direction_basis) == ("vrn", DirectionBasis.SHARED_DATELINE)


# Reported by an agency on Friday, 14 March 2025, of that day.
DETENTIONS = (
    "Fourteen people were detained at the border crossing near Dorvansk, the ministry said on "
    "Friday. The detainees were accused of smuggling fuel across the frontier, it said in a "
    "statement. Officials said the investigation was continuing and more arrests were possible."
)


def test_a_date_is_set_aside_by_its_own_article_not_by_a_crediting_copy() -> None:
    """A blog dated the day before the agency it credits lends the agency its date against a
    third paper, but the agency's "said on Friday", of a Friday, contradicts no date of its
    own: it is set aside for no pair (it was, by the blog's Thursday)."""
    agency = Document(
        "agency", "Meridian Press Agency", f"DORVANSK, March 14 (Meridian) - {DETENTIONS}",
        published="2025-03-14",
    )  # fmt: skip
    blog = Document(
        "blog", "Patriot Daily", f"{DETENTIONS}\n\nSource: Meridian Press Agency",
        published="2025-03-13",
    )  # fmt: skip
    paper = Document("paper", "Evening Post", DETENTIONS, published="2025-03-15")
    result = compare_documents([agency, blog, paper])
    set_aside = {p.date_set_aside.doc for p in result.pairs if p.date_set_aside}
    assert "agency" not in set_aside
    (agency_paper,) = [p for p in result.pairs if {p.a, p.b} == {"agency", "paper"}]
    assert agency_paper.direction == ("a->b" if agency_paper.a == "agency" else "b->a")


# A wire's crash report, filed on Wednesday, 12 March 2025, of the Friday before.
FRIDAY_CRASH = (
    "A bus and a lorry collided on the ring road near Ashby on Friday morning, injuring 12 "
    "people, police said. The driver of the lorry was arrested at the scene. The road was "
    "closed for six hours while investigators examined the wreckage."
)


@pytest.mark.parametrize(
    ("papers", "set_aside"),
    [
        pytest.param(("midweek", "weekend"), False, id="a_paper_of_that_wednesday_reprinted_it"),
        pytest.param(("weekend",), True, id="only_a_paper_of_the_saturday_after"),
    ],
)
def test_a_weekday_that_an_article_dated_before_it_carries_is_the_week_befores(
    papers: tuple[str, ...], set_aside: bool
) -> None:
    """A wire dated Wednesday whose "collided on Friday morning" a paper of that Wednesday
    printed too meant the Friday before: its date stands against a reprint of the Saturday
    after, which took the story from it, and the wire stays its cluster's canonical. With no
    article dated before that Friday to carry the sentence, the Friday after contradicts it."""
    dated = {"midweek": "2025-03-12T13:00:00Z", "weekend": "2025-03-15T10:00:00Z"}
    wire = Document(
        "wire", "Meridian Press Agency", FRIDAY_CRASH,
        published="2025-03-12", published_time="2025-03-12T09:00:00Z",
    )  # fmt: skip
    reprints = [
        Document(
            paper,
            f"The {paper.title()} Post",
            FRIDAY_CRASH,
            published=dated[paper][:10],
            published_time=dated[paper],
        )
        for paper in papers
    ]
    result = compare_documents([wire, *reprints])
    (pair,) = [p for p in result.pairs if {p.a, p.b} == {"wire", "weekend"}]
    assert (pair.date_set_aside is not None) is set_aside
    if not set_aside:
        assert (pair.origin, pair.direction_basis) == ("wire", DirectionBasis.PUBLISHED_TIME)
        assert {m.doc: m.canonical for m in result.clusters}["weekend"] == "wire"


def test_a_copy_never_reuses_a_version_written_after_it_whatever_tells_the_direction() -> None:
    """A paper of August 1, no time given, and the Observer's update modified on August 2: the
    paper took nothing from the update, even where containment, not a date, would name it the
    copy (the check asked only a date's direction)."""
    base = (
        "Fire crews battled a blaze at the Calder warehouse on Friday night. Three firefighters "
        "were treated for smoke inhalation, the fire service said. The cause of the fire is not "
        "yet known, officials said. "
    )
    update = f"{base}Police later arrested a 34-year-old man on suspicion of arson at the site."
    url = "https://observer.example/fire"
    first = Document(
        "obs-v1", "Observer", base, url=url, published="2025-08-01",
        published_time="2025-08-01T14:40:00Z",
    )  # fmt: skip
    later = replace(first, id="obs-v2", text=update, modified_time="2025-08-02T08:15:00Z")
    paper = Document("daily", "Daily", f"{base}The Daily will update this story.",
                     published="2025-08-01")  # fmt: skip
    result = compare_documents([paper, later, first])
    (paper_later,) = [p for p in result.pairs if {p.a, p.b} == {"daily", "obs-v2"}]
    assert (paper_later.direction, paper_later.undisclosed_reuse) == (None, False)
    taken = [(t.copy, t.origin) for t in result.taken[result.stories[0].id]]
    assert ("daily", "obs-v2") not in taken


def test_a_pair_lists_the_quotations_both_carry_and_who_else_carries_them() -> None:
    """A press-council officer sees which quotations a rewrite shares with an exclusive: the
    inspector's and the tenant's, which no other article carries, and the agency chief's, which
    the briefing report carries too (acceptance 23 #1)."""
    result = compare_documents(exclusive_quoted(), single_story=True)
    pair = next(p for p in result.pairs if {p.a, p.b} == {"ledger", "herald"})
    assert [(q.text, q.a_sentence, q.b_sentence, q.words, pair.elsewhere(q)) for q in pair.shared_quotations] == [
        (
            "I signed off on flats I had never been inside, because my manager said the numbers "
            "had to look right",
            2, 2, 20, (),
        ),
        ("Nobody wanted to be the one to write that down", 3, 3, 10, ()),
        ("Every home we manage is safe to live in", 5, 5, 9, ("courier",)),
        ("We pay rent on time and we still lie awake listening for the boiler", 6, 4, 14, ()),
    ]  # fmt: skip


def test_shared_quotations_never_make_a_pair_reuse() -> None:
    """Quotations and a quotation's sentence copied whole leave a rewrite independent, as
    reporters quote the same speeches; the longest run with the quoted words counted is kept
    beside the one the verdict counts (8 words of the tenant's tag, 22 with her words and the
    next quotation's)."""
    result = compare_documents(exclusive_quoted(), single_story=True)
    pair = next(p for p in result.pairs if {p.a, p.b} == {"ledger", "herald"})
    assert (pair.verdict, pair.direction, pair.undisclosed_reuse) == (
        Verdict.INDEPENDENT,
        None,
        False,
    )
    assert (pair.longest_run_words, pair.longest_run_quoted) == (8, 22)
    assert pair.quoting_crediting == ()


def test_a_statement_quoted_over_two_paragraphs_is_no_reuse() -> None:
    """A council leader's statement runs over two paragraphs, the second printed with no
    opening mark; an encyclopedia article that quotes its second paragraph in a blockquote
    quotes it, reuses none of it (acceptance round 36, d10)."""
    release = replace(
        document(
            "Statement from Councillor Edith Marlowe\n\n"
            '"After nine years as leader of Fenmouth Council, I have decided to step down in '
            "May. My doctors have told me that I must put my health first.\n\n"
            "It has been the honour of my life to serve this town. I am proudest of the new "
            'homes we have built and of every family that now has a safe place to live."',
            "labour",
            "Fenmouth Labour Group",
            published="2025-03-04",
        ),
        press_release=True,
    )
    article = document(
        "Edith Marlowe led Fenmouth Council from 2016 to 2025.\n\n"
        "In March 2025 she said that she would stand down for reasons of health. Her statement "
        "ended:\n\n"
        '> "It has been the honour of my life to serve this town. I am proudest of the new '
        'homes we have built and of every family that now has a safe place to live."',
        "wiki",
        "Fenmouth Local History Wiki",
    )
    pair = only_pair(release, article)
    assert (pair.verdict, pair.a_in_b, pair.b_in_a) == (Verdict.INDEPENDENT, 0.0, 0.0)
    assert [q.words for q in pair.shared_quotations] == [12, 22]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            'The mayor said: "We will rebuild the bridge before the winter comes."',
            'Asked about the flood, she told us "we will rebuild the bridge before the winter '
            'comes," and left.',
            ["We will rebuild the bridge before the winter comes."],
            id="same_words_other_tag",
        ),
        pytest.param(
            '"We will rebuild the bridge before the winter comes, whatever it costs," the mayor '
            "said.",
            'The mayor promised that "we will rebuild the bridge before the winter comes."',
            ["we will rebuild the bridge before the winter comes."],
            id="part_of_a_longer_quotation",
        ),
        pytest.param(
            'The mayor called the flood "a disaster" on Monday.',
            'The mayor called it "a disaster" at the scene.',
            [],
            id="too_short_to_list",
        ),
        pytest.param(
            '"We will rebuild the bridge before the winter comes," the mayor said.',
            '"We will repair the road before the spring comes," the mayor said.',
            [],
            id="another_quotation",
        ),
        pytest.param(
            "\u2014Le pedimos que se fuera de la ciudad \u2014relat\u00f3 su hermana entre"
            " l\u00e1grimas.",
            "Su hermana record\u00f3 entre l\u00e1grimas: \u00abLe pedimos que se fuera de la"
            " ciudad y no quiso\u00bb.",
            ["Le pedimos que se fuera de la ciudad"],
            id="spanish_speech_after_a_dialogue_dash_shown_without_it",
        ),
    ],
)
def test_a_shared_quotation_is_one_within_the_other(a: str, b: str, expected: list[str]) -> None:
    """A quotation counts as shared when one side's words stand within the other's, together and
    in order, and it has five words or more; it is shown without its marks, a dialogue dash
    that opens speech too."""
    pair = only_pair(document(a, "a"), document(b, "b"))
    assert [q.text for q in pair.shared_quotations] == expected


# A wire story of a colliery blast, as a small-town paper reprinted it.
COLLIERY = [
    "DUNMORE, Pa., March 3 (AP) -- Nine miners were entombed today when gas exploded in the "
    "Glen Orvale Coal Company's Pine Ridge colliery near here.",
    "Rescue crews working in relays had brought out four bodies by nightfall.",
    "The blast occurred shortly after the day shift of 210 men had descended the shaft.",
    "State Mine Inspector Thomas Reilly said there was little hope for the men still below.",
    "Most of the men were working in the upper veins and reached the surface unhurt.",
    "Wives and children of the entombed men gathered at the pit head in a cold rain and waited "
    "silently for news.",
    "The Red Cross set up a canteen near the engine house, and a relief fund was opened at the "
    "First National Bank.",
    "The Pine Ridge colliery was the scene of a similar disaster in 1911, when seventeen men "
    "lost their lives.",
]


@pytest.mark.parametrize(
    "misread",
    [
        pytest.param("Glen Orvaie Coal Company's", id="a_letter_of_a_long_name"),
        pytest.param("G1en Orvale Coal Company's", id="a_digit_for_a_letter"),
        pytest.param("Glen Orvale Coal Comp-any's", id="a_hyphen_a_column_left"),
    ],
)
def test_an_ocr_reprint_misreading_a_name_is_a_copy(misread: str) -> None:
    """An OCR'd reprint that misreads one name of the wire story is its copy, not the template
    filled in for another event that a sentence naming another colliery would be."""
    reprint = [COLLIERY[0].replace("Glen Orvale Coal Company's", misread), *COLLIERY[1:]]
    pair = only_pair(
        document("\n".join(COLLIERY), "wire", "Wire", published="1924-03-03"),
        document("\n".join(reprint), "reprint", "Leader", published="1924-03-04"),
    )
    assert (pair.verdict, pair.template) == (Verdict.COPY, None)


def test_a_reprint_naming_another_colliery_is_another_event() -> None:
    """The same lede naming another company's colliery is the template filled in for another
    blast: partly the same text, its names given."""
    other = [COLLIERY[0].replace("Glen Orvale", "Hudson Tarvik"), *COLLIERY[1:]]
    pair = only_pair(
        document("\n".join(COLLIERY), "wire", "Wire", published="1924-03-03"),
        document("\n".join(other), "other", "Leader", published="1924-03-04"),
    )
    assert pair.template == FilledTemplate(
        FilledFor.ANOTHER_EVENT, ("Glen Orvale",), ("Hudson Tarvik",)
    )


EMBARGOED_RELEASE = (
    "People who eat broccoli, cabbage and other cruciferous vegetables at least three times a week"
    " may have a lower risk of developing bowel cancer, according to a new study led by the"
    " University of Harrowgate.\n\n"
    "The research combined an observational analysis of 48,210 adults in the UK Biobank with"
    " laboratory experiments in mice.\n\n"
    "Over an average follow-up of 11 years, participants who ate cruciferous vegetables three or"
    " more times a week were 31% less likely to be diagnosed with bowel cancer than those who ate"
    " them less than once a week.\n\n"
    "A higher intake of cruciferous vegetables was associated with a lower risk of bowel cancer"
    " regardless of age or sex.\n\n"
    "In a separate experiment in mice, the team found that sulforaphane, a compound released when"
    " broccoli is chopped or chewed, slowed the growth of bowel tumours by around 40% over eight"
    " weeks.\n\n"
    "The mouse findings have not yet been replicated in humans, and the doses used were higher"
    " than a person would get from their diet.\n\n"
    "Bowel cancer is the fourth most common cancer in the UK, with around 44,000 new cases"
    " diagnosed each year.\n\n"
    "ENDS\n\nMedia contact: Press Office, University of Harrowgate\npress.office@harrowgate.example\n"
)
EMBARGO_BREAKER = (
    "EATING broccoli three times a week slashes your risk of bowel cancer by a third, scientists"
    " have found.\n\n"
    "The humble green veg, along with cabbage, sprouts and kale, cuts the risk of developing the"
    " killer disease, according to a huge study of nearly 50,000 Brits.\n\n"
    "Over an average follow-up of 11 years, Brits who ate cruciferous vegetables three or more"
    " times a week were a third less likely to get the disease, the boffins said.\n\n"
    "Eating more cruciferous vegetables prevents bowel cancer regardless of age or sex.\n\n"
    "Boffins found that sulforaphane, a compound released when broccoli is chopped or chewed,"
    " slowed the growth of bowel tumours by almost half over eight weeks.\n\n"
    "Celebrity chef Marco Bellini, 52, said he had eaten broccoli every single day for 20 years"
    " and swore by it.\n"
)


@pytest.mark.parametrize(
    "release_time",
    [
        pytest.param(None, id="release_undated"),
        pytest.param("2025-05-13T23:01:00Z", id="release_dated_when_its_embargo_lifts"),
    ],
)
def test_a_paper_that_broke_a_releases_embargo_took_its_phrasing_all_the_same(
    release_time: str | None,
) -> None:
    """A tabloid that ran its rewrite of a press release 21 minutes before the embargo lifted is
    `derived` from it, as when the release is undated: the release is the origin whatever the
    times say, so the tabloid's share of its phrases is the one weighed, not the release's share
    of the tabloid's (which made it `partial`)."""
    release = Document(
        "release",
        "University of Harrowgate press office",
        EMBARGOED_RELEASE,
        press_release=True,
        published=release_time and release_time[:10],
        published_time=release_time,
    )
    paper = Document(
        "blaze",
        "Daily Blaze",
        EMBARGO_BREAKER,
        published="2025-05-13",
        published_time="2025-05-13T22:40:00Z",
    )
    (pair,) = compare_documents([release, paper], single_story=True).pairs
    assert (pair.verdict, pair.direction) == (Verdict.DERIVED, "a->b")


@pytest.mark.parametrize(
    ("blog_title", "expected"),
    [
        pytest.param(FOOTBRIDGE_HEADLINE, HeadlineReuse.SAME, id="release_headline_kept"),
        pytest.param(
            "Council to rebuild flood-hit footbridge by spring",
            HeadlineReuse.EDITED,
            id="release_headline_edited",
        ),
        pytest.param("Our footbridge is coming back at last", None, id="own_headline"),
    ],
)
def test_a_pair_says_whether_the_copy_took_its_headline_from_the_release(
    blog_title: str, expected: HeadlineReuse | None
) -> None:
    """A community blog that pastes a council's release says whether it kept the release's
    headline, edited it or wrote its own, and the verdict and direction are the same either way."""
    (pair,) = compare_documents(footbridge_pasted(blog_title), single_story=True).pairs
    assert (pair.verdict, pair.direction, pair.headline) == (Verdict.DERIVED, "a->b", expected)


CARROW_FIRE = (
    "Firefighters spent the night tackling a blaze at the disused flour mill on Carrow's"
    " riverside, which broke out shortly after 11pm on Tuesday.\n\n"
    "Six engines attended and nearby homes on Wharf Street were evacuated as a precaution.\n\n"
    "Nobody was hurt, the fire service said.\n"
)
CARROW_FIRE_OWN = (
    "Residents of Wharf Street were led from their homes late on Tuesday as flames tore through"
    " the old mill beside the river in Carrow.\n\n"
    '"The whole sky was orange," said Tom Hale, who has lived opposite the building for 30'
    " years.\n\n"
    "Crews from three stations brought the fire under control by dawn, and the cause is not yet"
    " known.\n"
)


@pytest.mark.parametrize(
    ("titles", "expected"),
    [
        pytest.param(
            ("Fire at Carrow mill", "Fire at Carrow mill"), HeadlineReuse.SAME, id="same_headline"
        ),
        pytest.param(
            ("Fire at Carrow mill", "Night of flames on Wharf Street"), None, id="own_headlines"
        ),
    ],
)
def test_a_headline_two_independent_reports_share_changes_no_verdict(
    titles: tuple[str, str], expected: HeadlineReuse | None
) -> None:
    """Two papers' own reports of a mill fire stay independent, with no direction nor
    undisclosed reuse, whether or not they share the short headline any report would give it:
    only the headline's fields tell it."""
    gazette = Document("gazette", "Carrow Gazette", CARROW_FIRE, title=titles[0])
    echo = Document("echo", "Wend Valley Echo", CARROW_FIRE_OWN, title=titles[1])
    (pair,) = compare_documents([gazette, echo], single_story=True).pairs
    (untitled,) = compare_documents(
        [replace(gazette, title=None), replace(echo, title=None)], single_story=True
    ).pairs
    assert pair.headline is expected
    assert pair.verdict is Verdict.INDEPENDENT
    assert replace(pair, headline=None, headline_changed=False) == untitled


def test_a_headline_of_a_name_alone_is_not_compared() -> None:
    """Two profiles of one nurse headed with her name alone did not take their headline from
    each other: anyone would head a profile of her so."""
    herald = Document(
        "herald",
        "Carrow Herald",
        "Nurse Jane Okafor has retired after 41 years on the wards of Carrow General Hospital.\n\n"
        "Colleagues said Jane Okafor trained half the nurses now working in its emergency"
        " department.\n",
        title="Jane Okafor",
    )
    echo = Document(
        "echo",
        "Wend Valley Echo",
        "After four decades caring for patients, Jane Okafor hung up her uniform on Friday.\n\n"
        "Patients and staff at Carrow General Hospital lined the corridor to see her off.\n",
        title="Jane Okafor",
    )
    (pair,) = compare_documents([herald, echo], single_story=True).pairs
    assert pair.headline is None


def test_briefs_sharing_only_stock_lines_with_other_figures_are_no_rewrites() -> None:
    """Three briefs with ledes of their own that share only stock lines filled in with other
    figures and months are partly one text, undirected, in three clusters, not rewrites."""
    briefs = [
        document(text, f"brief{n}", f"Outlet {n}", published="2025-06-03")
        for n, text in enumerate(STOCK_CLOSED_BRIEFS)
    ]
    result = compare_documents(briefs, framing=False, single_story=True)
    assert [(p.verdict, p.direction) for p in result.pairs] == [(Verdict.PARTIAL, None)] * 3
    assert all(
        p.template and p.template.filled_for is FilledFor.OTHER_FIGURES for p in result.pairs
    )
    assert len({m.cluster for m in result.clusters}) == 3


def test_a_copy_that_updates_its_ledes_figures_is_still_a_rewrite() -> None:
    """A copy whose every shared line differs from the wire's only in figures is still
    derived when its lede is one of them: an update of the toll, not another event."""
    wire = (
        "A bus crash near Harlow on Tuesday killed 4 people and injured 17, police said.\n"
        "The road was closed for 6 hours while crews cleared the wreckage."
    )
    update = (
        "A bus crash near Harlow on Tuesday killed 6 people and injured 21, police said.\n"
        "The road was closed for 9 hours while crews cleared the wreckage."
    )
    pair = compare_documents(
        [
            document(wire, "wire", "Wire", published="2025-06-03"),
            document(update, "paper", "Paper", published="2025-06-04"),
        ],
        framing=False,
    ).pairs[0]
    assert (pair.verdict, pair.template) == (Verdict.DERIVED, None)


PTO_STORY = [
    "A former treasurer of the Millbrook parent-teacher group was sentenced on Monday to 18 "
    "months in prison for stealing $214,380 from the group over five years.",
    "Prosecutors said she wrote 312 checks to herself and to a catering business she controlled.",
    "The theft came to light in February 2024, when a new volunteer noticed that the group's "
    "bank balance did not match the figures reported at meetings, the Gazette reported at the "
    "time.",
]


@pytest.mark.parametrize(
    ("last_line", "set_aside"),
    [
        pytest.param(PTO_STORY[2], True, id="names_the_later_as_a_source"),
        pytest.param(
            PTO_STORY[2].replace(", the Gazette reported at the time.", "."),
            False,
            id="names_no_one",
        ),
    ],
)
def test_an_earlier_copy_that_names_the_later_as_its_source_is_not_first_by_its_date(
    last_line: str, set_aside: bool
) -> None:
    """A word-for-word copy stamped before the paper's story, whose text keeps the paper's
    "the Gazette reported at the time", names the paper as its source: its date is set aside
    and tells no direction, nor does its naming the paper, which tells one only where no time
    orders the two: here times do, and the one that says they are wrong is set aside, where a
    copy that names no one is first by its date."""
    text = "\n\n".join([*PTO_STORY[:2], last_line])
    paper = replace(
        document(text, "gazette", "Harwick Valley Gazette"),
        published="2025-05-12",
        published_time="2025-05-12T18:05:00Z",
    )
    aggregator = replace(
        document(text, "aggregator", "LocalNewsNow24"),
        published="2025-05-12",
        published_time="2025-05-12T13:00:00Z",
    )
    pair = only_pair(paper, aggregator)
    if set_aside:
        assert pair.date_set_aside == DateSetAside("aggregator", None, names_the_other=True)
        assert pair.direction is None
    else:
        assert pair.date_set_aside is None
        assert pair.origin == "aggregator"


STADIUM_STORY = (
    "Kestrel Rovers have submitted plans to raise the capacity of Brook Lane from 12,000 to "
    "16,500.\n\nThe 21 million pound scheme would replace the old East Stand with a two-tier "
    "stand and a family section.\n\nThe club hopes building work can start next summer if the "
    "council approves the plans."
)


def _stadium_post(id: str, source: str, byline: str, time: str) -> Document:
    """The stadium story as ``source`` posts it on 11 April 2025 at ``time`` (UTC)."""
    return replace(
        document(STADIUM_STORY, id, source),
        author=byline,
        published="2025-04-11",
        published_time=f"2025-04-11T{time}:00Z",
    )


@pytest.mark.parametrize(
    "byline",
    [pytest.param("Kestrel Sport staff", id="staff"), pytest.param("Kestrel Sport", id="name")],
)
def test_an_outlets_own_byline_credits_no_outlet_sharing_a_word_of_its_name(byline: str) -> None:
    """Kestrel Sport's "By Kestrel Sport staff" signs for Kestrel Sport, not for Radio Kestrel,
    whose name shares its word "Kestrel": it credits no one, and the sports site's copy,
    published at 11:20, is first by its time against the station's of 14:50 (retest of
    acceptance round 33, R2)."""
    pair = only_pair(
        _stadium_post("sport", "Kestrel Sport", byline, "11:20"),
        _stadium_post("radio", "Radio Kestrel", "Radio Kestrel newsroom", "14:50"),
    )
    assert pair.credited_at == ()
    assert pair.date_set_aside is None
    assert (pair.origin, pair.direction_basis) == ("sport", DirectionBasis.PUBLISHED_TIME)


FERRY_STORY = (
    "Die Fähre zwischen Kleinwerder und Tannhof fährt seit Montag wieder nach Fahrplan.\n"
    "Drei Wochen lang hatte ein Schaden am Antrieb den Betrieb lahmgelegt.\n"
    "Der Kreis zahlte für die Reparatur rund 48.000 Euro.\n"
    "Pendler mussten in dieser Zeit einen Umweg von 30 Kilometern fahren."
)


@pytest.mark.parametrize(
    ("published_time", "published"),
    [
        pytest.param("2025-03-03T05:00:00Z", "2025-03-03", id="one_time"),
        pytest.param(None, None, id="undated"),
    ],
)
def test_a_copy_naming_the_other_as_its_source_is_the_copy_where_no_time_orders_them(
    published_time: str | None, published: str | None
) -> None:
    """A paper's copy that adds "Wie die Elbwarte berichtete, ..." credits the other's outlet in
    its own words, which the other's text does not return: of two stamped with one time, or
    undated, it is the copy (acceptance round 33, a7)."""
    origin = replace(
        document(FERRY_STORY, "elbwarte", "Elbwarte"),
        published=published,
        published_time=published_time,
    )
    copy = replace(
        document(
            FERRY_STORY + "\nWie die Elbwarte berichtete, hatte der Kreis zunächst ein "
            "Ersatzboot geprüft.",
            "auenkurier",
            "Auenkurier",
        ),
        published=published,
        published_time=published_time,
    )
    pair = only_pair(copy, origin)
    assert (pair.origin, pair.direction_basis) == ("elbwarte", DirectionBasis.CREDIT)
    assert not pair.undisclosed_reuse


def test_an_independent_report_citing_the_other_paper_keeps_its_date() -> None:
    """A paper's own report of a mill's closure, published first, cites the other paper's
    earlier reporting ("The Harwick Valley Gazette reported in March ..."); the two share no
    text, so nothing is copied, and its date is not set aside."""
    courier = replace(
        document(
            "The Tolliver paper mill will close in June, its owner said on Tuesday.\n"
            "About 240 workers will lose their jobs at the plant on River Road.\n"
            "The Harwick Valley Gazette reported in March that the mill was losing money.\n"
            "Mayor Ruth Abend called the closure a blow to the town.",
            "courier",
            "Valley Courier",
        ),
        published="2025-05-13",
        published_time="2025-05-13T09:00:00Z",
    )
    gazette = replace(
        document(
            "Owners of the Tolliver mill confirmed on Tuesday that it will shut in June.\n"
            "Roughly 240 people work at the site, which opened in 1952.\n"
            "Union steward Carl Mendez said members learned of the closure by email.\n"
            "The company blamed falling demand for newsprint.",
            "gazette",
            "Harwick Valley Gazette",
        ),
        published="2025-05-13",
        published_time="2025-05-13T14:00:00Z",
    )
    pair = only_pair(courier, gazette)
    assert (pair.verdict, pair.date_set_aside) == (Verdict.INDEPENDENT, None)


def test_a_partial_pair_on_phrasing_alone_is_charged_only_where_more_than_its_shares_orders_it() -> (
    None
):
    """Two reports of one strike share phrases ("talks over pay and shift schedules collapsed")
    but no sentence: the wire's rewrite, dated the day after, is charged with undisclosed reuse,
    as the dates say which came first; the same two texts from two undated papers are partial
    too, but only the shares guess which came first, too little to charge either (acceptance
    round 30, x2)."""
    read = read_paths([str(FIXTURES / "port_strike")]).documents
    wire, paper = (next(d for d in read if d.id == id) for id in ("coastal_wire", "city_observer"))
    (dated,) = compare_documents([paper, wire]).pairs
    undated = [
        replace(d, source=source, published=None, published_time=None)
        for d, source in ((paper, "City Observer"), (wire, "Bay Chronicle"))
    ]
    (guessed,) = compare_documents(undated).pairs
    for pair in (dated, guessed):
        assert (pair.verdict, pair.a_in_b, pair.b_in_a, pair.longest_run_words) == (
            Verdict.PARTIAL,
            0.0,
            0.0,
            0,
        )
    assert (dated.direction, dated.direction_basis, dated.undisclosed_reuse) == (
        "b->a",
        DirectionBasis.PUBLISHED_DATE,
        True,
    )
    assert (guessed.direction_basis, guessed.undisclosed_reuse) == (DirectionBasis.PHRASING, False)


BRIEF = [
    "A court in Tarvik on Tuesday sentenced the port's former director, Aldo Renner, to five "
    "years in prison for taking bribes worth 2.3 million euros from shipping firms in exchange "
    "for berth contracts and customs waivers.",
    "Renner, 58, denied the charges and his lawyer said he would appeal.",
    "Two shipping executives received suspended sentences.",
]


def test_a_copy_that_strips_the_agencys_credit_from_its_dateline_is_a_copy() -> None:
    """A brief copied word for word but for the agency's name and date cut from its dateline
    ("TARVIK, June 3 (Osprey) -" made "TARVIK -") is a copy, not a rewrite, that discloses
    nothing: both datelines are set apart from the lede (a hyphen closes a paper's own, as
    "SÃO PAULO -"), so the lede is word for word."""
    agency = replace(
        document("TARVIK, June 3 (Osprey) - " + "\n".join(BRIEF), "osprey", "Osprey News Agency"),
        published_time="2026-06-03T09:00:00Z",
    )
    site = replace(
        document("TARVIK - " + "\n".join(BRIEF), "site", "Coast Daily"),
        published_time="2026-06-03T10:00:00Z",
    )
    pair = only_pair(agency, site)
    assert (pair.verdict, pair.origin, pair.undisclosed_reuse) == (Verdict.COPY, "osprey", True)
    assert {match.kind for match in pair.matches} == {MatchKind.VERBATIM}


def test_a_figure_changed_further_down_is_no_dateline_of_either_side() -> None:
    """A later version dated "May 14" that puts 14 for the wire's 12 people in its second
    sentence edited that sentence: only the first sentences' datelines are forgiven, so the
    body sentence is not counted word for word as if "12" and "14" were dateline days."""
    body = (
        "{dateline} A freight train derailed near the Brenna junction on Monday, blocking the "
        "main line to the coast for most of the day.\n\n"
        "{hurt} people were taken to hospital with minor injuries, the regional ambulance "
        "service said.\n\n"
        "Engineers from the rail operator were inspecting the track on Monday evening and "
        "expected to reopen one line by Tuesday morning.\n\n"
        "The cause of the derailment was not yet known, a spokeswoman for the operator said.\n"
    )
    wire = document(
        body.format(dateline="BRENNA, May 12 (Kestrel) -", hurt="12"), "wire", "Kestrel"
    )
    paper = document(body.format(dateline="BRENNA, May 14 -", hurt="14"), "paper", "Valley Courier")
    pair = only_pair(wire, paper)
    assert pair.a_verbatim_in_b < 0.9


# A wire story as one paper printed it, and as a noisier scan of the same page reads it.
PRINTED = [
    "GRANTVILLE, O., Feb. 11 (AP) - The Farmers State bank closed its doors today.",
    "Cashier Elmer Voss said the bank held deposits of $412,000.",
    "State Banking Superintendent Ira Fulton said an examiner would arrive from Columbus.",
    "Depositors stood in the rain until nightfall, waiting for word.",
]
RESCANNED = [
    "GRANTVILLE, O., Feb. 11 (AP) - Tbe Farmers State bank closed its doors to-day.",
    "Cashier Elrner Voss said tbe bank held deposits of $412,000.",
    "State Banking Superintendent Ira Fulton said an examiner would arrive frorn Colurnbus.",
    "Depositors stood in the rain until nightfa11, waiting for word.",
]


def test_two_scans_of_one_printed_article_are_a_copy() -> None:
    """A re-scan of one printed article differs from the first scan only by the letters each
    misreads: its sentences are copied word for word, the pair a copy, not a template filled in
    for another event."""
    pair = only_pair(
        document("\n".join(PRINTED), "ledger", "Pike County Ledger", published="1931-02-12"),
        document("\n".join(RESCANNED), "ledger-mf", "Pike County Ledger", published="1931-02-12"),
    )
    assert (pair.verdict, pair.template) == (Verdict.COPY, None)
    assert pair.a_verbatim_in_b == pair.b_verbatim_in_a == 1.0


# A local desk's grammar: every article of a feed's local news is made of these lines, filled
# in with its own town, place, people and figures.
# fmt: off
LOCAL_TOWNS = ("Yarmore", "Ashdale", "Brindle", "Corvey", "Dunholt", "Elvaston", "Fernlow",
               "Garwick", "Hollins", "Ivybridge", "Jessop", "Kelloway", "Lindell", "Marrow")
LOCAL_PLACES = ("museum", "harbour wall", "library", "car park", "bus station", "lido",
                "market hall", "bandstand", "pier", "swimming baths", "allotments",
                "clock tower", "boathouse", "cinema")
LOCAL_PEOPLE = ("Maya Yilmaz", "Tariq Hartmann", "Zoe Kowalski", "Ines Tanaka", "Kira Holm",
                "Owen Brice", "Lena Marsh", "Pavel Novak", "Ruth Okafor", "Sam Ellery",
                "Nadia Fenn", "Hugo Ambler", "Iris Quent", "Tomas Reyes")
LOCAL_WHO = ("The council leader {person}", "A spokesman for the Chamber of Commerce",
             "Shopkeepers along Church Lane", "Local campaigners",
             "The regional transport authority")
LOCAL_WANTS = ("wants to reopen the crumbling {place}", "wants to hold a referendum on the {place}",
               "hopes to convert the old {place} into flats", "refused to repaint the {place}",
               "announced plans to build cycle lanes near the {place}")
LOCAL_WHEN = ("in time for the summer season", "subject to a planning inquiry",
              "once funding is confirmed", "after complaints from {families} families",
              "before the end of next year")
# fmt: on


def local_report(n: int) -> Document:
    """The desk's report ``n`` of its own town's row, ten days before report ``n - 1`` (the first
    two of one day): each in a story of its own, but for the first two. Its claims are drawn
    from the desk's lines, seeded by ``n``."""
    town, place, person = LOCAL_TOWNS[n], LOCAL_PLACES[n], LOCAL_PEOPLE[n]
    draw = random.Random(n)
    lines = [
        f"{town} residents are split over the future of the {place}.",
        *(
            f"{who} {wants} {when}.".format(person=person, place=place, families=12 + 7 * n)
            for who, wants, when in zip(
                draw.sample(LOCAL_WHO, 4),
                draw.sample(LOCAL_WANTS, 4),
                draw.sample(LOCAL_WHEN, 4),
                strict=True,
            )
        ),
        f"A public meeting will be held at the {place} on {draw.choice(('Monday', 'Thursday'))}.",
        f"The {place} first opened in {draw.randint(1950, 2010)} and has been neglected since.",
        f"Work could begin as early as {draw.choice(('March', 'May', 'September'))}, {person} said.",
    ]
    day = date(2026, 12, 4) - timedelta(days=10 * max(0, n - 1))
    return document("\n".join(lines), f"local-{n}", f"{town} Courier", published=day.isoformat())


def test_a_feeds_stock_phrasing_makes_no_rewrite_of_two_of_its_local_reports() -> None:
    """Two reports of a desk about two towns' rows, in stories of their own among the desk's
    14, share the phrases every report of the desk is written in ("a public meeting will be
    held at the", "work could begin as early as"): its stock phrasing, which tells no copy of
    one from the other. Measured on the rest, the lines each fills in with its own place,
    they are partial at most, not derived (acceptance round 31, finding c2)."""
    result = compare_documents([local_report(n) for n in range(14)])
    assert len(result.stories) == 13
    (pair,) = [p for p in result.all_pairs if (p.a, p.b) == ("local-0", "local-5")]
    assert result.story_of["local-0"] != result.story_of["local-5"]
    assert pair.a_in_b < 0.5 and pair.b_in_a < 0.5
    assert pair.a_phrases_in_b < 0.33 and pair.b_phrases_in_a < 0.33
    assert pair.verdict is Verdict.PARTIAL


def test_stock_phrases_are_those_of_many_stories_not_of_many_articles() -> None:
    """A phrase is stock when more than 10 stories of a run print it, however many articles of
    one story do: the desk's "a public meeting will be held at the" in its 14 reports (13
    stories) is; a wire's "a freight train has derailed near" in its 30 copies (one story) is
    not, nor are the desk's words that fewer stories share."""
    wire = document("A freight train has derailed near Holloway Junction.", "wire")
    copies = [replace(wire, id=f"copy-{n}") for n in range(30)]
    reports = [local_report(n) for n in range(14)]
    stories = [
        Story("wire", "", tuple(d.id for d in (wire, *copies))),
        Story("desk-first", "", ("local-0", "local-1")),
        *(Story(f"desk-{n}", "", (f"local-{n}",)) for n in range(2, 14)),
    ]
    stock = stock_phrases(
        stories, {d.id: segment(d) for d in (wire, *copies, *reports)}, frozenset()
    )
    assert ("a", "public", "meeting") in stock
    assert ("work", "could", "begin") in stock
    assert ("freight", "train", "has") not in stock
    assert ("split", "over", "the") in stock
    assert not any("museum" in phrase for phrase in stock)


def test_an_agency_credit_does_not_put_a_copy_after_a_version_sent_later() -> None:
    """A paper ran the agency's 10:05 send at 13:10 with its dateline "(CPA)"; the agency's
    17:20 write-through shares much of it. The credit names the agency, not that later
    version: the paper's time stands, and their pair's date is not set aside."""
    lede = (
        "LISKOR, Oct 2 (CPA) - Bus drivers across Liskor walked out on Thursday over a pay "
        "offer of 3 percent, leaving {routes} routes without a service."
    )
    quote = (
        '"We will not bargain while the depots are shut," Finance Minister Pavel Rusk told '
        'parliament. "The door opens when the buses run again."'
    )
    union = "The drivers' union, which represents about 9,000 staff, asked for 8 percent."
    first = "\n\n".join([lede.format(routes=140), quote, union])
    later = "\n\n".join([lede.format(routes=185), quote, union, "Talks are due on Monday."])
    documents = [
        Document(
            "cpa-1005", "Continental Press Agency", first, published_time="2025-10-02T10:05:00Z"
        ),
        Document(
            "cpa-1720", "Continental Press Agency", later, published_time="2025-10-02T17:20:00Z"
        ),
        Document("metro", "Tarsen Metro", first, published_time="2025-10-02T13:10:00Z"),
    ]
    pairs = {frozenset((p.a, p.b)): p for p in compare_documents(documents).pairs}
    assert pairs[frozenset(("cpa-1720", "metro"))].date_set_aside is None


CRASH = [
    "Two people were killed and four hurt when a wrong-way driver struck a minivan on Route 9 "
    "near the Alder Hollow exit late Wednesday, state police said.",
    "The sedan was heading east in the westbound lanes at about 11:30 p.m., according to a "
    "preliminary report.",
    "Its driver, a 41-year-old man from Calvert, died at the scene, police said.",
    "The westbound lanes stayed closed until 5 a.m. while investigators measured the scene.",
]
SPUN_CRASH = [
    line.replace("said", "stated").replace("killed", "slain").replace("hurt", "wounded")
    for line in CRASH
]


def _posted(id: str, source: str, lines: list[str], time: str, author: str | None) -> Document:
    """An article of the crash report's day, posted at ``time`` (UTC) under ``author``."""
    return Document(
        id,
        source,
        "\n".join(lines),
        published="2026-11-19",
        published_time=f"2026-11-19T{time}:00Z",
        author=author,
    )


def test_a_site_named_like_a_wire_is_no_agency_by_its_name_alone() -> None:
    """A network site whose name holds "Wire" ("Alder County Wire 365") posts a spun copy of a
    paper's crash report hours after it: its name alone makes it no news agency, so the paper's
    earlier time tells the direction, not ``news_agency``."""
    paper = _posted("paper", "Northgate Daily", CRASH, "15:05", None)
    site = _posted("site", "Alder County Wire 365", SPUN_CRASH, "23:04", "Brandon Harper")
    pair = only_pair(paper, site)
    assert (pair.direction, pair.direction_basis) == ("a->b", DirectionBasis.PUBLISHED_TIME)
    assert pair.undisclosed_reuse


def test_two_spun_copies_under_one_invented_byline_are_no_syndicated_column() -> None:
    """Two sites that each spin a paper's report in their own words under one invented persona
    ("Samantha Collins") ran no column both bought: a column is printed as written. The byline
    clears neither, and the later still reuses the earlier, uncredited."""
    other_spin = [line.replace("police", "authorities") for line in SPUN_CRASH]
    first = _posted("first", "Ossining Update", SPUN_CRASH, "16:00", "Samantha Collins")
    second = _posted("second", "Cascade Post 24", other_spin, "18:00", "Samantha Collins")
    pair = only_pair(first, second)
    assert pair.common_wire is None
    assert (pair.direction, pair.undisclosed_reuse) == ("a->b", True)


COUNCIL_BRIEF = (
    "Councillors in Ashworth have voted {tally} to approve changes to {topic}.\n"
    "The changes will come into effect from {month}.\n"
    'Council leader {leader} said the decision was "good news for Ashworth".\n'
    "Opposition councillor {opposition} said residents had not been asked.\n"
    "The full report is available on the council's website."
)
BIN_VOTE = {"tally": "9 to 4", "topic": "bin collections", "month": "June",
            "leader": "Ines Darrow", "opposition": "Pavel Kerrigan"}  # fmt: skip
SKATE_PARK_VOTE = {"tally": "30 to 2", "topic": "a new skate park", "month": "August",
                   "leader": "Tomas Whitlock", "opposition": "Nell Ambrose"}  # fmt: skip


@pytest.mark.parametrize(
    ("second", "verdict", "template"),
    [
        pytest.param(
            SKATE_PARK_VOTE,
            Verdict.PARTIAL,
            FilledTemplate(
                FilledFor.OTHER_FACTS,
                ("9", "4", "June", "Ines Darrow", "Pavel Kerrigan"),
                ("30", "2", "August", "Tomas Whitlock", "Nell Ambrose"),
            ),
            id="another_vote_from_the_desk_template",
        ),
        pytest.param(
            {**BIN_VOTE, "tally": "9 to 5"},
            Verdict.DERIVED,
            None,
            id="a_copy_that_changes_the_tally",
        ),
    ],
)
def test_a_desk_template_filled_in_with_another_events_facts_is_no_rewrite(
    second: dict[str, str], verdict: Verdict, template: FilledTemplate | None
) -> None:
    """Two briefs a desk writes from one template about two council votes differ in exactly
    their facts, line by line (the tally, the topic, the month, who spoke), and share only
    the template's words: partial, no direction, no undisclosed reuse, their lines' facts no
    change of the other's; a copy that changes the tally keeps every other line's facts and is
    still derived, its changed figure counted by --fail-on numbers (acceptance round 34, c1)."""
    result = compare_documents(
        [
            document(COUNCIL_BRIEF.format(**BIN_VOTE), "first", "Ashworth Herald",
                     published="2025-11-03T01:27:00Z"),
            document(COUNCIL_BRIEF.format(**second), "second", "Valemount Chronicle",
                     published="2025-11-03T02:09:00Z"),
        ],
        single_story=True,
    )  # fmt: skip
    (pair,) = result.pairs
    assert (pair.verdict, pair.template) == (verdict, template)
    if template:
        assert (pair.direction, pair.undisclosed_reuse) == (None, False)
    notes = [(note.kind, note.a, note.b) for m in pair.matches for note in m.framing]
    assert notes == ([] if template else [(FramingKind.NUMBER_CHANGED, "4", "5")])
    assert gives_numbers_otherwise(result.sentences, pair, result.by_id) is (template is None)


BOARD_BRIEFING = [
    '"The board has agreed to open the new surgical ward in June," said Dr Mara Lenz.',
    '"We have hired twelve extra nurses for the winter," said Dr Mara Lenz.',
    '"Waiting times for hip operations have fallen by a third since January," said Dr Mara Lenz.',
    '"The car park will be closed for resurfacing in May," said Dr Mara Lenz.',
]  # fmt: skip
BOARD_COURIER = [
    "Kell Hospital will open the new surgical ward in June, the health board's chief executive said on Tuesday.",
    "Dr Mara Lenz said the board had hired twelve extra nurses for the winter.",
    "Waiting times for hip operations have fallen by a third since January, she said.",
    "Patients' groups welcomed the news but said more beds were needed across the valley.",
]  # fmt: skip
BOARD_CHRONICLE = [
    "The health board has agreed to open the new surgical ward at Kell Hospital in June.",
    "Chief executive Dr Mara Lenz told reporters twelve extra nurses had been hired for the winter.",
    "She said waiting times for hip operations had fallen by a third since January.",
    "The car park will be closed for resurfacing in May.",
]  # fmt: skip


def _on_march_18(lines: list[str], id: str, source: str, time: str) -> Document:
    return replace(
        document("\n\n".join(lines), id, source, published="2025-03-18"),
        published_time=f"2025-03-18T{time}:00Z",
    )


@pytest.mark.parametrize(
    ("with_briefing", "verdict"),
    [
        pytest.param(True, Verdict.INDEPENDENT, id="what_the_speaker_said_is_in_the_run"),
        pytest.param(False, Verdict.DERIVED, id="compared_alone"),
    ],
)
def test_two_papers_that_report_a_speakers_words_alike_took_them_from_the_speaker(
    with_briefing: bool, verdict: Verdict
) -> None:
    """Two papers write in their own sentences what a chief executive said at a briefing whose
    record, published before both, quotes her: the phrases they share are hers, not one paper's
    taken from the other, so neither reuses the other (acceptance round 34, b8: "The Ardmore
    Courier reuses Valley Chronicle: partial, 0% ... copied ..., uncredited"); compared without
    the record, nothing tells where the words came from."""
    briefing = _on_march_18(BOARD_BRIEFING, "briefing", "Valley Health Board", "09:00")
    courier = _on_march_18(BOARD_COURIER, "courier", "Valley Courier", "11:00")
    chronicle = _on_march_18(BOARD_CHRONICLE, "chronicle", "Kell Chronicle", "12:00")
    run = [briefing, courier, chronicle] if with_briefing else [courier, chronicle]
    (papers,) = (p for p in compare_documents(run, single_story=True).pairs if p.a == "courier")
    assert papers.verdict is verdict
    assert papers.undisclosed_reuse is (verdict is not Verdict.INDEPENDENT)


def test_separate_three_word_phrases_alone_charge_no_undisclosed_reuse() -> None:
    """A later report of a ferry pay vote shares only separate three-word phrases with an
    earlier one ("a pay offer", "the union has"), no sentence and no longer run: no paper would
    be accused of reuse on that (acceptance round 34, b8), and as only one of its runs holds two
    words of its own, the two are independent (acceptance round 40, c3)."""
    clarion = replace(
        document(
            "Ferry workers have rejected a pay offer from Straits Ferries by a wide margin.\n"
            "The union has given the company two weeks to improve its 3.5 per cent offer.\n"
            "Members voted at meetings in Portside and on the islands last week.\n"
            "Union leaders will meet company managers at Harbour House on Monday.",
            "clarion",
            "Evening Clarion",
        ),
        published_time="2025-03-06T15:30:00Z",
    )
    herald = replace(
        document(
            "Island ferry crews have voted down a pay offer that their union called an insult.\n"
            "The company said its 4 per cent offer was the best in the industry.\n"
            "The union has warned that sailings could be disrupted over Easter.\n"
            "Islanders who rely on the service said they were worried about deliveries of food.",
            "herald",
            "Island Herald",
        ),
        published_time="2025-03-06T18:00:00Z",
    )
    pair = only_pair(clarion, herald)
    # Two reports of one vote, neither directed (see lifts_no_passage).
    assert (pair.verdict, pair.direction, pair.a_in_b, pair.longest_run_words) == (
        Verdict.INDEPENDENT,
        None,
        0.0,
        0,
    )
    assert not pair.undisclosed_reuse


STORM_POST = (
    "Hurricane Delphine's outer bands brought down power lines along Bayview Avenue overnight.",
    "Crews from the Calloway Electric Cooperative said 97,800 homes were without power at 10am.",
    '"We are asking people to stay off the roads until the wind drops," Sheriff Dana Kowal '
    "told Harbour Daily.",
    "Schools in the county will stay closed on Tuesday, the district said.",
)


def _rival_takes_harbour_post(
    byline: str, harbour_time: str | None, rival_time: str | None, *, told: bool = True
) -> tuple[Document, Document]:
    """Harbour Daily's storm post and Metro Wire Today's copy of it under ``byline``, each
    published at its time (or undated); the copy drops whom the sheriff told."""
    lines = STORM_POST if told else (*STORM_POST[:2], STORM_POST[3])
    harbour = document("\n".join(lines), "harbour", "Harbour Daily")
    rival = document(
        "\n".join(line.replace("told Harbour Daily", "said") for line in STORM_POST),
        "rival",
        "Metro Wire Today",
    )
    return (
        replace(harbour, published_time=harbour_time, published=harbour_time and harbour_time[:10]),
        replace(
            rival,
            author=byline,
            published_time=rival_time,
            published=rival_time and rival_time[:10],
        ),
    )


@pytest.mark.parametrize(
    ("byline", "rival_time", "told", "basis"),
    [
        pytest.param(
            "Metro Wire Today news desk",
            "2026-09-14T15:20:00Z",
            False,
            DirectionBasis.PUBLISHED_TIME,
            id="a_desk_byline_signs_no_agency",
        ),
        pytest.param(
            "Metro Wire Today staff",
            "2026-09-14T17:00:00Z",
            False,
            DirectionBasis.PUBLISHED_TIME,
            id="times_hours_apart_stand",
        ),
        pytest.param(
            "Metro Wire Today staff",
            "2026-09-14T15:20:00Z",
            True,
            DirectionBasis.PUBLISHED_TIME,
            id="an_interview_claim_stands_against_the_kind",
        ),
    ],
)
def test_a_rival_named_wire_is_no_origin_of_what_it_took(
    byline: str, rival_time: str, told: bool, basis: DirectionBasis
) -> None:
    """A rival site whose name holds "Wire" and that took Harbour Daily's post is the copy, as
    the times say: a byline of its own news desk signs no agency's copy; a staff byline does,
    but a clock runs minutes early, not hours, and Harbour Daily's "told Harbour Daily" is an
    interview a copy would not claim."""
    harbour, rival = _rival_takes_harbour_post(
        byline, "2026-09-14T15:00:00Z", rival_time, told=told
    )
    (pair,) = compare_documents([harbour, rival], single_story=True).pairs
    assert (pair.origin, pair.direction_basis) == ("harbour", basis)
    assert pair.undisclosed_reuse


def test_an_interview_claim_outweighs_a_rival_s_kind_where_no_time_tells() -> None:
    """Undated, a rival signed "Metro Wire Today staff" is no origin by its kind of a post
    whose text says the sheriff told Harbour Daily: the kind orders no such pair."""
    harbour, rival = _rival_takes_harbour_post("Metro Wire Today staff", None, None)
    (pair,) = compare_documents([harbour, rival], single_story=True).pairs
    assert pair.direction_basis is not DirectionBasis.NEWS_AGENCY


HARBOUR_LIVE = (
    "09:47",
    "Police say a man in his 70s has died after a tree fell on his home in Marrow.",
    "It is the first confirmed death linked to the storm.",
    "08:44",
    "Part of the roof of Marina Hall in Port Calloway has been ripped away by the wind.",
    "12:05",
    "A 54-year-old woman was found dead in a flooded basement in Gull Harbour, police said.",
)


def _rival_live_page(closing: str = "") -> str:
    """A rival's live page that rewords Harbour Daily's 08:44 post crediting it, and lifts its
    09:47 and 12:05 posts word for word between posts of its own; ``closing`` ends it."""
    return "\n".join(
        (
            "12:11",
            "A 54-year-old woman was found dead in a flooded basement in Gull Harbour, police said.",
            "11:30",
            "The Red Cross has opened an appeal and says volunteers staff all 14 county shelters.",
            "09:55",
            "Police say a man in his 70s has died after a tree fell on his home in Marrow.",
            "It is the first confirmed death linked to the storm.",
            "09:30",
            "Marrow County says its 911 centre is taking about 300 calls an hour.",
            "08:59",
            "A large section of the roof at Port Calloway's Marina Hall has been torn off, as "
            "reported by Harbour Daily.",
            *([closing] if closing else []),
        )
    )


@pytest.mark.parametrize(
    ("closing", "credited_passages"),
    [
        pytest.param("", (1, 3), id="one_post_credited_of_three_taken"),
        pytest.param("Source: Harbour Daily", None, id="a_credit_line_credits_the_page"),
        pytest.param("(Harbour Daily)", None, id="the_outlet_in_brackets_at_the_end"),
    ],
)
def test_a_credit_in_one_passage_does_not_credit_the_passages_taken_without_one(
    closing: str, credited_passages: tuple[int, int] | None
) -> None:
    """A live page that credits Harbour Daily in the one post it reworded, and lifts two more
    of its posts word for word far from that credit, reuses them undisclosed, and credits it
    for 1 of 3 passages taken; a credit line credits the whole page."""
    harbour = replace(
        document("\n".join(HARBOUR_LIVE), "harbour", "Harbour Daily"),
        published_time="2026-09-14T10:30:00Z",
    )
    rival = replace(
        document(_rival_live_page(closing), "rival", "Coastline Post"),
        published_time="2026-09-14T17:15:00Z",
    )
    (pair,) = compare_documents([harbour, rival], single_story=True).pairs
    assert (pair.origin, pair.crediting) == ("harbour", ("rival",))
    assert (pair.undisclosed_reuse, pair.credited_passages) == (
        credited_passages is not None,
        credited_passages,
    )


# A wire's report of a bridge closed for repairs (Russian), and a paper's rewrite that credits the
# wire in its lede, takes two sentences word for word, adds one of its own and takes another.
KEDROVSK_WIRE = (
    "КЕДРОВСК, 14 марта. /ТАСС/. Мост через реку Кедровку закроют на ремонт с 1 апреля, "
    "сообщили в мэрии города.",
    "Объезд организуют по улице Лесной и Заводскому проезду.",
    "Автобусы маршрутов 3 и 12 пойдут в обход моста.",
    "Ремонт обойдется городу в 240 млн рублей.",
    "Работы должны завершиться к октябрю.",
)
KEDROVSK_REWRITE = (
    "Мост через Кедровку закроют на ремонт с 1 апреля, сообщает агентство ТАСС со ссылкой на "
    "мэрию.",
    "Объезд организуют по улице Лесной и Заводскому проезду.",
    "Автобусы маршрутов 3 и 12 пойдут в обход моста.",
    "Жители соседних домов опасаются пробок на Лесной.",
    "Работы должны завершиться к октябрю.",
)


def test_a_credit_in_the_lede_credits_the_whole_rewrite() -> None:
    """A paper whose lede says whose story it retells ("..., сообщает агентство ТАСС со ссылкой
    на мэрию.") credits the wire for the whole text, the passages it took after a sentence of
    its own too: no undisclosed reuse, as a credit in one later post of a live page would be."""
    wire = replace(
        document("\n".join(KEDROVSK_WIRE), "tass", "ТАСС"),
        published_time="2026-03-14T07:00:00Z",
    )
    paper = replace(
        document("\n".join(KEDROVSK_REWRITE), "paper", "Вечерний Кедровск"),
        published_time="2026-03-14T09:00:00Z",
    )
    (pair,) = compare_documents([wire, paper], single_story=True).pairs
    assert (pair.origin, pair.crediting) == ("tass", ("paper",))
    assert (pair.undisclosed_reuse, pair.credited_passages) == (False, None)


@pytest.mark.parametrize(
    ("dateline", "agency"),
    [
        pytest.param("КЕДРОВСК, 14 марта. /Северинформ/.", "Северинформ", id="tass_form"),
        pytest.param("КЕДРОВСК, 14 мар \u2014 Север Медиа.", "Север Медиа", id="ria_form"),
    ],
)
def test_an_unknown_agencys_dateline_names_it(dateline: str, agency: str) -> None:
    """An agency no list knows, dating its copy as TASS ("/Северинформ/.") or RIA Novosti
    ("\u2014 Север Медиа.") does, is named by its dateline: a paper that kept the dateline,
    stamped earlier by a clock or a zone gone wrong, credits it and reuses it, no text of the
    agency's taken from the paper's."""
    body = "\n".join(KEDROVSK_WIRE[1:])
    text = f"{dateline} Мост через реку Кедровку закроют на ремонт с 1 апреля.\n{body}"
    wire = replace(document(text, "wire", agency), published_time="2026-03-14T07:00:00Z")
    paper = replace(
        document(text, "paper", "Вечерний Кедровск"), published_time="2026-03-14T06:40:00Z"
    )
    (pair,) = compare_documents([wire, paper], single_story=True).pairs
    assert (pair.origin, pair.crediting, pair.undisclosed_reuse) == ("wire", ("paper",), False)


MAYOR_QUOTE = (
    '"This is not over. The water is still rising in some streets and I am asking people to '
    'stay home tonight,"'
)


@pytest.mark.parametrize(
    ("harbour_time", "post_time", "directed"),
    [
        pytest.param(
            "2026-09-14T18:10:00Z",
            "2026-09-14T18:40:00Z",
            ("harbour", DirectionBasis.PUBLISHED_TIME),
            id="dated",
        ),
        pytest.param(None, None, ("harbour", DirectionBasis.INTERVIEW), id="undated"),
        pytest.param("2026-09-14T18:40:00Z", "2026-09-14T18:10:00Z", None, id="the_post_first"),
    ],
)
def test_a_quotation_told_to_one_outlet_and_carried_by_another_is_taken_from_it(
    harbour_time: str | None,
    post_time: str | None,
    directed: tuple[str, DirectionBasis] | None,
) -> None:
    """The mayor's words that Harbour Daily says she told it, carried word for word by a rival
    post that says only "said" and adds a curfew of its own, were taken from Harbour Daily's
    interview: the pair is partial reuse, Harbour Daily its origin (by the times, or the
    interview where none tells), uncredited. A post the times put first took nothing."""
    harbour = replace(
        document(f"{MAYOR_QUOTE} Mayor Ocampo told Harbour Daily.", "harbour", "Harbour Daily"),
        published_time=harbour_time,
    )
    post = replace(
        document(
            f"{MAYOR_QUOTE} Mayor Ocampo said, announcing a curfew from 8pm until 6am on "
            "Tuesday to keep people off flooded roads.",
            "post",
            "Coastline Post",
        ),
        published_time=post_time,
    )
    (pair,) = compare_documents([harbour, post], single_story=True).pairs
    if directed is None:
        assert (pair.verdict, pair.direction, pair.interview_quoted) == (
            Verdict.INDEPENDENT,
            None,
            None,
        )
        return
    assert (pair.verdict, (pair.origin, pair.direction_basis)) == (Verdict.PARTIAL, directed)
    assert (pair.interview_quoted, pair.undisclosed_reuse) == ("told Harbour Daily", True)


RIVERBANK_PARAGRAPH = (
    "The Ashby Sculling Club was founded in 1887 by workers at the Tanner's Lane boatyard. "
    "Its first boathouse, a timber shed on the north bank, burned down in 1921 and was "
    "rebuilt in brick two years later with money raised by its members."
)


def _undated_draft_and_paper() -> PairComparison:
    """An undated paper's history paragraph, and an undated encyclopedia draft that pastes it
    among much text of its own: by the shares alone the paper is the draft's copy."""
    paper = document(RIVERBANK_PARAGRAPH, "paper", "Ashby Gazette")
    draft = document(
        RIVERBANK_PARAGRAPH
        + " The club trains on a three-kilometre reach between Mill Bridge and the Orton lock."
        " Its coxless fours won the regional masters title in 1998, 2006 and 2015."
        " Junior sessions run on Sunday mornings from March to November."
        " A second boathouse for the junior squad opened beside the lock in 2019.",
        "draft",
        "Wiki draft",
    )
    return only_pair(paper, draft)


def test_a_pair_directed_instead_is_charged_to_its_new_copy_as_a_copy_is() -> None:
    """A check reads the draft as the copy of the paper the shares call its copy: the reuse
    is the draft's, uncredited unless the draft credits the paper, whatever the paper credits
    (a paper that links to the draft's page took nothing from it here); a partial pair that
    shares short phrases alone is charged with none, as a copy is not."""
    pair = _undated_draft_and_paper()
    assert (pair.copy, pair.direction_basis) == ("paper", DirectionBasis.CONTAINMENT)
    turned = compare.overlap.directed_instead(pair, "a->b", DirectionBasis.CHECKED)
    assert (turned.copy, turned.direction_basis, turned.undisclosed_reuse) == (
        "draft",
        DirectionBasis.CHECKED,
        True,
    )
    # Each as measured: the paper, its copy by the shares, charged unless it credits the draft.
    charged = {
        crediting: compare.overlap.directed_instead(
            replace(pair, crediting=crediting, undisclosed_reuse="paper" not in crediting),
            "a->b",
            DirectionBasis.CHECKED,
        ).undisclosed_reuse
        for crediting in [("draft",), ("paper",), ("paper", "draft")]
    }
    assert charged == {("draft",): False, ("paper",): True, ("paper", "draft"): False}
    phrased = replace(
        pair,
        verdict=Verdict.PARTIAL,
        a_in_b=0.0,
        b_in_a=0.0,
        longest_run_words=0,
        shared_phrases=("founded in 1887",),
    )
    assert not compare.overlap.directed_instead(
        phrased, "a->b", DirectionBasis.CHECKED
    ).undisclosed_reuse


def test_a_pair_nothing_directed_is_charged_with_no_reuse_when_directed_instead() -> None:
    """Of a pair that nothing directed, a check's reading of its new article as the copy is an
    assumption, which finds no reuse to charge."""
    pair = replace(
        _undated_draft_and_paper(), direction=None, direction_basis=None, undisclosed_reuse=False
    )
    turned = compare.overlap.directed_instead(pair, "a->b", DirectionBasis.CHECKED)
    assert (turned.copy, turned.undisclosed_reuse) == ("draft", False)


COUNCIL_VOTE = (
    "Councillors last night approved a £9 million swimming pool for Kirkton after a heated "
    "debate. The council's leisure committee voted 7-5 in favour of the plan. Council leader "
    "Moira Lennie said the pool was long overdue for the town. Opponents said the money would "
    "be better spent on roads. Work is expected to start in the spring of 2028."
)
RIVAL_COUNCIL_VOTE = (
    "Kirkton will get its new pool after all. Members of the council's leisure committee voted "
    "7-5 to back the £9 million scheme at a stormy meeting. Council leader Moira Lennie said "
    "the town had waited long enough. Swimming clubs welcomed the decision."
)
LIFTED_BRIEF = (
    "Kirkton will get its new pool after all. Councillors last night approved a £9 million "
    "swimming pool for Kirkton after a heated debate. Opponents said the money would be better "
    "spent on roads. Swimming clubs welcomed the decision."
)


def _against_ours(ours: str, theirs: str, *, of_record: bool = False) -> PairComparison:
    (pair,) = compare_documents(
        [
            Document(
                "courier",
                "Dunmore Courier",
                ours,
                published="2026-12-08",
                published_time="2026-12-08T05:00:00Z",
                of_record=of_record,
            ),
            Document(
                "post",
                "Vale Post",
                theirs,
                published="2026-12-08",
                published_time="2026-12-08T08:00:00Z",
            ),
        ]
    ).pairs
    return pair


@pytest.mark.parametrize("of_record", [False, True], ids=["timed", "record"])
@pytest.mark.parametrize(
    "theirs",
    [
        pytest.param(RIVAL_COURT_BRIEF, id="court_formula"),
        pytest.param(RIVAL_COUNCIL_VOTE, id="council_vote_names"),
    ],
)
def test_two_reports_of_one_event_are_no_reuse_to_charge(theirs: str, of_record: bool) -> None:
    """A rival's own report of the court hearing or the council vote, published later, shares
    the court's formula ("He is due to appear again next week.") or the meeting's names and
    figures: whatever its verdict, it is charged with taking nothing, its time or the record
    notwithstanding."""
    ours = COURT_BRIEF if theirs is RIVAL_COURT_BRIEF else COUNCIL_VOTE
    pair = _against_ours(ours, theirs, of_record=of_record)
    assert pair.direction is None
    assert not pair.undisclosed_reuse


def test_a_lifted_passage_is_still_charged() -> None:
    """Two sentences taken word for word from the council story are reuse, charged to the later
    rival that does not credit it."""
    pair = _against_ours(COUNCIL_VOTE, LIFTED_BRIEF)
    assert pair.verdict is not Verdict.INDEPENDENT
    assert pair.direction == "a->b"
    assert pair.undisclosed_reuse


def test_two_reports_of_one_vote_are_measured_as_such_once_for_every_stage_that_asks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Two papers at one council vote share its names, figures and formulas, no passage:
    whether they lift none is measured once, by the pair's comparison, and read from the pair
    by who copied whom and the report, not measured again for each."""
    from compare.report.markdown import render_index, render_story

    measured = []

    def counted(
        verdict: Verdict, longest_run: int, phrases: Sequence[str], matches: Sequence[Match]
    ) -> bool:
        measured.append(verdict)
        return lifts_no_passage(verdict, longest_run, phrases, matches)

    monkeypatch.setattr(compare.overlap, "lifts_no_passage", counted)
    result = compare_documents(link_road_reports())
    render_index(result)
    render_story(result, result.stories[0])
    (pair,) = result.pairs
    assert (pair.verdict, pair.direction, pair.lifts_no_passage) == (Verdict.PARTIAL, None, True)
    assert reports_one_event_alone(pair)
    assert len(measured) == 1


MAIL_BALLOT_WIRE = (
    "HARTFORD, Conn. (AP) — A federal appeals court on Tuesday blocked a state rule that makes "
    "voters over 65 renew their mail ballot forms every year, saying it likely violates federal "
    "law. The rule was adopted in March after a disputed county election. Judge Maria Lenz wrote "
    "for the majority that the state had offered no evidence of fraud. The secretary of state's "
    "office said it was reviewing the decision and could appeal. About 12,000 ballots were "
    "rejected under the rule in the spring primary, according to court filings."
)
MAIL_BALLOT_OWN_REPORT = (
    "Older voters can once again mail in their ballots without new paperwork, at least for now. "
    "Writing for the majority, Judge Maria Lenz found officials never showed the rule was needed. "
    "Members of the Silver Voters League cheered outside the courthouse in Hartford. "
    "A spokesman for the state said only that it was reviewing the opinion. "
    "Advocates say thousands of ballots were thrown out this spring."
)
MAIL_BALLOT_LIFTED_PARAGRAPH = (
    "Older voters can once again mail in their ballots without new paperwork, at least for now. "
    "The rule was adopted in March after a disputed county election. Judge Maria Lenz wrote "
    "for the majority that the state had offered no evidence of fraud. "
    "Members of the Silver Voters League cheered outside the courthouse in Hartford. "
    "Advocates say thousands of ballots were thrown out this spring."
)


def _against_the_wire(theirs: str) -> PairComparison:
    (pair,) = compare_documents(
        [
            Document(
                "ap", "Associated Press", MAIL_BALLOT_WIRE, published_time="2026-12-08T14:00:00Z"
            ),
            Document("gazette", "Valley Gazette", theirs, published_time="2026-12-08T19:00:00Z"),
        ]
    ).pairs
    return pair


def test_stock_phrases_of_one_word_each_make_no_reuse_of_the_wire() -> None:
    """A paper's own report of the ruling, published after the wire's, shares with it only runs
    of three words that hold one word of their own each ("for the majority", "the rule was", "it
    was reviewing the"), 0% of its words copied: independent, not a `partial` reuse of the wire
    (acceptance round 40, c3)."""
    pair = _against_the_wire(MAIL_BALLOT_OWN_REPORT)
    assert pair.verdict is Verdict.INDEPENDENT
    assert pair.direction is None
    assert pair.shared_phrases == ()
    assert not pair.undisclosed_reuse


def test_a_paragraph_lifted_from_the_wire_is_still_partial() -> None:
    """The same paper lifting the wire's two sentences on the rule and the judge, its other
    lines its own, still reuses the wire in part, uncredited."""
    pair = _against_the_wire(MAIL_BALLOT_LIFTED_PARAGRAPH)
    assert pair.verdict is Verdict.PARTIAL
    assert pair.direction == "a->b"
    assert pair.undisclosed_reuse


AGENCY_CLINIC_STORY = (
    "TARROW, Dec 4 (Kestrel News) - Patients waiting for hip and knee operations in Tarrow "
    "reached a record 51,000 in November, county health figures showed on Friday. "
    "The health board said a surge in winter admissions had cancelled hundreds of planned "
    "operations. "
    '"Our theatres are full every day, and our surgeons are working weekends to catch up," said '
    "Dr Helen Varga, chair of the county surgeons' association. "
    "Opposition councillor Ryan Dorsey said the board had ignored warnings for two years."
)
RIVAL_CLINIC_STORY = (
    "Surgeons in Tarrow used a press briefing on Friday to ask the board for two more operating "
    "theatres before the spring. "
    '"Our theatres are full every day, and our surgeons are working weekends to catch up," said '
    "Dr Helen Varga, chair of the county surgeons' association. "
    "At Tarrow Infirmary, porters said trolleys lined the corridors for most of the week. "
    "The board did not answer the Gazette's questions about staffing."
)


def test_a_quotation_with_its_speakers_title_is_no_copied_run() -> None:
    """Two reports of one press briefing that share only the surgeon's quotation and its
    standard tag, her name and title in apposition (10 words outside the quotation), share no
    words of their own: the pair is independent and the later report is charged with nothing."""
    pair = _against_ours(AGENCY_CLINIC_STORY, RIVAL_CLINIC_STORY)
    assert pair.longest_run_words == 0
    assert pair.verdict is Verdict.INDEPENDENT
    assert not pair.undisclosed_reuse


def test_one_outlets_times_without_a_zone_order_its_own_articles_only() -> None:
    """German sites date their copy "Stand: 02.12.2026, 14:30 Uhr", with no zone: one outlet
    writes its times in one zone, so its own update of 14:30 came after its report of 06:15,
    but another outlet's 09:00 with no zone is no earlier nor later than either (German desk
    acceptance d4)."""

    def dated(name: str, source: str, time: str) -> Document:
        return Document(name, source, "", published="2026-12-02", published_unzoned_time=time)

    first, update = dated("streik", "dpa", "06:15"), dated("streik-neu", "dpa", "14:30")
    assert (dated_order(update, first), dated_order(first, update)) == ("b->a", "a->b")
    assert dated_order(dated("kurier", "Kurier", "09:00"), update) is None


YARD_FIRE_SATURDAY = (
    "HALLOWAY (Northline Press) - A fire swept through a timber yard in Halloway on Saturday, "
    "forcing 1,240 residents to leave their homes overnight. "
    "Crews from neighbouring towns were called in to help, the fire brigade said. "
    "The yard's owner put the damage at about $18 million. "
    "Roads around the industrial estate stayed closed into the afternoon. "
    "Council leader Maria Okonjo said the town would review safety at its yards."
)
YARD_FIRE_TUESDAY = (
    "HALLOWAY (Northline Press) - A fire swept through a timber yard in Halloway on Tuesday, "
    "forcing 3,905 residents to leave their homes overnight. "
    "Crews from neighbouring towns were called in to help, the fire brigade said. "
    "The yard's owner put the damage at about $42 million. "
    "Roads around the industrial estate stayed closed into the afternoon. "
    "Council leader Peter Lindahl said the town would review safety at its yards."
)


def test_ledes_of_one_template_on_their_own_days_are_another_days_report() -> None:
    """Two papers' briefs of one day from one wire template, of two fires in one town: the
    ledes name each its own day and put their figures for others, as the damage does, and
    neither is a rewrite of the other, nor are they one cluster (acceptance round 41, b2)."""
    pair = _against_ours(YARD_FIRE_SATURDAY, YARD_FIRE_TUESDAY)
    assert pair.verdict is Verdict.PARTIAL
    assert pair.template == FilledTemplate(FilledFor.ANOTHER_DAY, ("Saturday",), ("Tuesday",))
    assert pair.direction is None


def test_one_outlets_follow_up_of_the_next_day_is_a_new_article_not_its_update() -> None:
    """A paper's daily follow-ups of a ferry strike, each lede naming its own day and recapping
    how the strike began, keep most of each other's lines and change a figure or two: the next
    day's piece is another day's report (``another_day``), not the paper's update of the last,
    so neither is directed and its new figures and weekdays are no framing the paper made
    (acceptance round 42, g3)."""

    def day(name: str, published: str, lede: str, last: str) -> Document:
        return Document(
            name,
            "Kestrel Echo",
            "\n\n".join(
                [
                    lede,
                    "The stoppage began on Monday after crews rejected a 2.5% pay offer.",
                    "Hauliers say the dispute is costing island traders thousands of pounds.",
                    "The ferry operator did not respond to a request for comment.",
                    last,
                ]
            ),
            title="Ferry strike goes on",
            published=published,
            published_time=f"{published}T16:30:00Z",
        )

    wednesday = day(
        "echo-wed",
        "2026-03-04",
        "The ferry strike entered its third day on Wednesday, with 12 sailings cancelled.",
        "Talks between the two sides are due to resume next week.",
    )
    thursday = day(
        "echo-thu",
        "2026-03-05",
        "The ferry strike entered its fourth day on Thursday, with 19 sailings cancelled.",
        "Island shops said shelves of fresh food were running low.",
    )
    result = compare_documents([wednesday, thursday], single_story=True)
    (pair,) = result.pairs
    assert pair.template is not None and pair.template.filled_for is FilledFor.ANOTHER_DAY
    assert pair.direction is None and not pair.one_report
    assert all(not row.made_by_kind for row in outlet_framing(result))


def test_a_report_of_its_own_that_took_a_short_entry_whole_is_partial() -> None:
    """A paper's report of its own that took one sentence, a two-sentence live entry of another
    outlet's whole, is a partial copy of it: the share of the later article's words taken says
    how much of it is a copy, not the share of the entry it holds; so the two share no cluster
    (web archivist acceptance i1)."""
    entry = (
        "A freight train carrying fuel oil left the track near Kessock junction at about 10:50.\n"
        "Network Rail said the line between Kessock and Ardmair would stay closed all day."
    )
    report = (
        "Fourteen wagons of a freight train came off the rails outside Kessock on Monday "
        "morning, leaving diesel pooled across a farm track.\n"
        "A freight train carrying fuel oil left the track near Kessock junction at about 10:50 "
        "on Monday.\n"
        "Network Rail said the line between Kessock and Ardmair would stay closed all day.\n"
        '"I heard a bang like thunder and then the wagons were lying in my barley," said '
        "farmer Ewan Munro, whose field borders the junction.\n"
        "Transport minister Fiona Baird said investigators from the rail accident branch were "
        "on their way and that it was too early to say what had gone wrong.\n"
        "Residents of nearby Culbo were asked to keep windows closed while the spill was cleared."
    )
    result = compare_documents(
        [
            Document("entry", "Northline News", entry, published_time="2026-09-14T11:15:00Z"),
            Document("report", "Dale Herald", report, published_time="2026-09-14T12:00:00Z"),
        ],
        single_story=True,
    )
    (pair,) = result.pairs
    assert (pair.verdict, pair.direction) == (Verdict.PARTIAL, "a->b")
    assert len({m.cluster for m in result.clusters}) == 2
