"""Figures that differ: one counted thing given different values by outlets whose sentences the
aligner does not set side by side."""

from __future__ import annotations

import json
import tracemalloc
from dataclasses import replace

import pytest

from compare.figures import differing_figures, mentions_in, numbers_given_otherwise
from compare.pipeline import compare_documents
from compare.records import (
    DifferingFigure,
    Document,
    FigureGiven,
    FramingKind,
    Sentence,
    Story,
)
from compare.report.json_report import report_json
from compare.report.markdown import render_figures, render_story
from compare.segment import as_sentence, segment
from tests.helpers import document, live_entry, vacunas_with_record


def differing(courier: str, herald: str) -> list[tuple[str, tuple[str, ...], bool]]:
    """What counted things two outlets' texts, aligned nowhere, give different values for: what
    each counts, each outlet's value as written, and whether they are one number rounded."""
    docs = [document(courier, "courier", "Courier"), document(herald, "herald", "Herald")]
    story = Story("story-001", "t", tuple(d.id for d in docs))
    sentences = {d.id: segment(d) for d in docs}
    return [
        (f.counted, tuple(g.written for g in f.values), f.rounded)
        for f in differing_figures(story, sentences, (), frozenset())
    ]


def test_a_sentence_two_outlets_print_alike_is_each_ones_own_count() -> None:
    """Two outlets that print one sentence word for word, at other places in their texts, each
    give its count at its own sentence."""
    shared = "Around 140 nurses, porters and kitchen staff work at the 36-bed site."
    docs = [
        document("The 36-bed hospital employs 137 staff and will shut its wards.", "courier", "C"),
        document(f"{shared} The wards shut in winter.", "herald", "Herald"),
        document(f"The wards shut in winter. Its chief spoke on Monday. {shared}", "echo", "Echo"),
    ]
    story = Story("story-001", "t", tuple(d.id for d in docs))
    sentences = {d.id: segment(d) for d in docs}
    (figure,) = differing_figures(story, sentences, (), frozenset())
    assert [(g.doc, g.sentence, g.written) for g in figure.values] == [
        ("courier", 0, "137"),
        ("herald", 0, "around 140"),
        ("echo", 2, "around 140"),
    ]


def test_of_papers_printing_one_text_the_same_one_gives_the_figure_in_any_order() -> None:
    """Two papers print the wire's text word for word: the figures that differ name one of
    them for it, the one whose id sorts first, however the run was given the documents."""
    reprint = "The 36-bed hospital employs 137 staff and will shut its wards."
    docs = [
        document(reprint, "valley-post", "Valley Post"),
        document(
            "Around 140 nurses, porters and kitchen staff work at the 36-bed site.", "echo", "E"
        ),
        document(reprint, "ashford-globe", "Ashford Globe"),
    ]
    sentences = {d.id: segment(d) for d in docs}
    given = [
        [
            (g.doc, g.written)
            for f in differing_figures(Story("story-001", "t", order), sentences, (), frozenset())
            for g in f.values
        ]
        for order in (
            ("valley-post", "echo", "ashford-globe"),
            ("ashford-globe", "echo", "valley-post"),
        )
    ]
    assert (
        sorted(given[0]) == sorted(given[1]) == [("ashford-globe", "137"), ("echo", "around 140")]
    )


@pytest.mark.parametrize(
    ("courier", "herald", "expected"),
    [
        pytest.param(
            "The county cabinet voted by seven votes to four on Wednesday night to close "
            "Elmfield Cottage Hospital.",
            "Elmfield Cottage Hospital is to be axed after councillors voted eight to three on "
            "Wednesday evening.",
            [("vote", ("seven votes to four", "eight to three"), False)],
            id="vote_tally",
        ),
        pytest.param(
            "The 36-bed hospital employs 137 staff and will shut its wards over the winter.",
            "Around 140 nurses, porters and kitchen staff work at the 36-bed site.",
            [("staff", ("137", "around 140"), True)],
            id="staff_rounded",
        ),
        pytest.param(
            "The council says the closure will save £3.8 million a year in running costs.",
            "The council says closing the hospital will save £3.6 million a year.",
            [("save", ("£3.8 million a year", "£3.6 million a year"), False)],
            id="savings_differ",
        ),
        pytest.param(
            "A petition to save the hospital has gathered 12,400 signatures.",
            "More than 12,000 people have signed a petition calling for the hospital to be saved.",
            [("signatures", ("12,400", "more than 12,000"), True)],
            id="petition_rounded",
        ),
        pytest.param(
            "The couple paid $43,885,310 in federal taxes over eight years, the returns show.",
            "The Clintons have paid $43 million in federal taxes over eight years.",
            [("paid", ("$43,885,310", "$43 million"), True)],
            id="fewer_digits_rounded",
        ),
        pytest.param(
            "Shelling set fire to a warehouse holding 30,000 tonnes of wheat, officials said.",
            "Officials admitted that a warehouse holding 3,000 tonnes of wheat caught fire.",
            [("tonnes", ("30,000 tonnes", "3,000 tonnes"), False)],
            id="a_tenfold_cut_of_one_thing",
        ),
        pytest.param(
            "Inspectors found asbestos in 214 classrooms in Marlow, the education authority "
            "said on Monday, and lessons were moved.",
            "Inspectors found the asbestos in 2,140 classrooms, the education authority said on "
            "Monday.",
            [("classrooms", ("214", "2,140"), False)],
            id="a_digit_too_many",
        ),
        pytest.param(
            "A shell hit the covered market in Varel on Friday, killing six shoppers, the "
            "mayor said.",
            "Three people were killed at the covered market in Varel on Friday.",
            [("shoppers", ("six", "Three"), False)],
            id="a_toll_halved",
        ),
        pytest.param(
            "The province buys about 40 percent of its grain from Borland, the ministry says.",
            "Officials say the province now buys about 70 percent of its grain abroad.",
            [("buys", ("about 40 percent", "about 70 percent"), False)],
            id="shares_of_one_thing_far_apart",
        ),
    ],
)
def test_one_counted_thing_given_two_values_is_reported(
    courier: str, herald: str, expected: list[tuple[str, tuple[str, ...], bool]]
) -> None:
    """A count two outlets tell alike (the same words beside it, or other counts of their
    sentences) and give different values for is reported, marked rounded where one value only
    rounds the other ("around 140" for 137, "more than 12,000" for 12,400)."""
    assert differing(courier, herald) == expected


@pytest.mark.parametrize(
    ("courier", "herald", "expected"),
    [
        pytest.param(
            "About 22,000 patients were treated on the maternity ward last year.",
            "The maternity ward treated more than 20,000 patients last year, figures show.",
            (False, True),
            id="hedged_value_within_a_bound",
        ),
        pytest.param(
            "Nearly 1,000 people marched through the town centre on Saturday.",
            "More than 900 people marched through the town centre on Saturday, police said.",
            (False, True),
            id="two_bounds_that_meet",
        ),
        pytest.param(
            "About 19,000 patients were treated on the maternity ward last year.",
            "The maternity ward treated more than 20,000 patients last year, figures show.",
            (False, False),
            id="hedged_value_below_a_bound",
        ),
        pytest.param(
            "The maternity ward treated 35,000 patients last year.",
            "The maternity ward treated more than 20,000 patients last year, figures show.",
            (False, False),
            id="value_far_past_a_bound",
        ),
    ],
)
def test_values_their_qualifiers_allow_to_be_one_are_compatible(
    courier: str, herald: str, expected: tuple[bool, bool]
) -> None:
    """Values that neither rounds but that may be one number, their qualifiers read as bounds
    ("about 22,000" and "more than 20,000"), are compatible, not values that disagree; a value
    outside the other's bound, or far past it, still differs."""
    docs = [document(courier, "courier", "Courier"), document(herald, "herald", "Herald")]
    story = Story("story-001", "t", tuple(d.id for d in docs))
    found = differing_figures(story, {d.id: segment(d) for d in docs}, (), frozenset())
    assert [(f.rounded, f.compatible) for f in found] == [expected]


@pytest.mark.parametrize(
    ("courier", "herald"),
    [
        pytest.param(
            "The hospital opened in 1931 and has served the town ever since.",
            "The hospital employs 137 staff and has served the town ever since.",
            id="year_against_a_count",
        ),
        pytest.param(
            "The first ward to close will be Larch ward, on 14 March.",
            "The first ward to close will be Larch ward, on 21 March.",
            id="dates",
        ),
        pytest.param(
            "Margaret Fallon, 58, a ward sister, heard about the vote from a patient's daughter.",
            "Ward sister Margaret Fallon, aged 61, heard about the vote from a patient's visitor.",
            id="ages",
        ),
        pytest.param(
            "Derek Hollins, whose 82-year-old wife spent her final weeks on Larch ward, wept.",
            "Derek Hollins, whose 79-year-old wife spent her final weeks on Larch ward, wept.",
            id="ages_with_year_old",
        ),
        pytest.param(
            "The council says the closure will save £3.8m a year in running costs.",
            "The council claims closing the hospital will save £3.8 million a year.",
            id="one_figure_written_two_ways",
        ),
        pytest.param(
            "About 300 people protested outside County Hall before the vote.",
            "More than 12,000 people signed a petition to keep the hospital open.",
            id="people_counted_for_two_things",
        ),
        pytest.param(
            "Margaret Fallon has worked at St Brigid's for 31 years as a ward sister.",
            "Some of the nurses have worked at St Brigid's for thirty years, the union said.",
            id="spans_of_time",
        ),
        pytest.param(
            "The 42-bed hospital will close, and the Royal will open 24 additional beds.",
            "The 20-bed rehabilitation ward at the hospital had been earmarked to stay open.",
            id="beds_of_two_places",
        ),
        pytest.param(
            '"Obama has cut $716 billion from Medicare to pay for Obamacare," the ad says.',
            'The ad says McCain "would pay for his plan with $882 billion in Medicare cuts."',
            id="claims_in_quotations",
        ),
        pytest.param(
            "The cabinet voted by seven votes to four on Wednesday to close the hospital.",
            "Seven members of the cabinet voted on Wednesday to close the hospital.",
            id="tally_against_a_count",
        ),
        pytest.param(
            "Teachers walked out over class sizes, leaving about 41,000 pupils without lessons.",
            "Teachers say class sizes have grown to more than 32 pupils in some schools.",
            id="values_far_apart",
        ),
        pytest.param(
            "Two soldiers were killed in the shelling of Varel on Friday, the army said.",
            "The shelling of Varel on Friday wounded 14 civilians, the mayor said.",
            id="the_dead_and_the_wounded",
        ),
        pytest.param(
            "About 40 percent of Varel's voters backed the mayor on Friday.",
            "About 70 percent of Varel's homes lost power on Friday.",
            id="shares_of_two_things",
        ),
        pytest.param(
            "Last year the couple paid an effective federal tax rate of 35.7 percent.",
            "From 2007 through 2014 the couple paid an effective federal tax rate of 31.55 percent.",
            id="other_years",
        ),
        pytest.param(
            "Police arrested 12 people in Marlow after the march on Saturday.",
            "About 120 people marched through Marlow on Saturday, police said.",
            id="tenfold_round_counts_of_two_things",
        ),
        pytest.param(
            "The trust cancelled 125 operations at Marlow General on Monday, the union said.",
            "The trust treated 1,250 patients at Marlow General on Monday, the union said.",
            id="tenfold_counts_of_two_nouns",
        ),
    ],
)
def test_counts_of_different_things_are_not_reported(courier: str, herald: str) -> None:
    """Counts of different things are no disagreement: a year against a count, dates, ages,
    spans of time, one figure written two ways, "people" of a protest and of a petition, the
    beds of a hospital and of one of its wards, two speakers' claims in quotations, the counts
    of other years, a vote's tally and a count, values far apart."""
    assert differing(courier, herald) == []


def test_a_document_that_gives_the_others_value_elsewhere_is_left_out() -> None:
    """A count told alike with another outlet's is not its figure for that thing when its
    document gives the other's value elsewhere: "Nine patients are on Larch ward" is no 137
    staff of an article that gives "137 staff" too."""
    assert (
        differing(
            "The 42-bed hospital employs 137 staff and will shut its wards in stages.",
            "Union rep Tom Baird represents most of the 137 staff. Nine patients are on Larch "
            "ward, the hospital's dementia unit, which will shut its wards in stages.",
        )
        == []
    )


def test_an_outlet_that_gives_both_values_elsewhere_tells_two_things() -> None:
    """A rate row of one outlet's old rate ("preferring to hold Bank Rate at 4.25%") and
    another's new rate ("to 4.00%") is no disagreement when the release carries both: its
    "hold at 4.25%" is left out as belonging elsewhere, which says the two are two things."""
    docs = [
        document(
            "The Monetary Policy Committee voted 5-4 to reduce Bank Rate by 0.25 percentage "
            "points, to 4%. Four members preferred to maintain Bank Rate at 4.25%.",
            "release",
            "Bank of England",
        ),
        document(
            "The Bank of England cut its key interest rate by 0.25% to 4% on Thursday. The "
            "Monetary Policy Committee voted 5-4 for the cut, with four members preferring to "
            "hold Bank Rate at 4.25%.",
            "wire",
            "MarketWire",
        ),
        document(
            "The Bank of England lowered Bank Rate by a quarter point to 4.00% on Thursday, by "
            "the narrowest of margins, 5-4.",
            "blog",
            "Pennywise",
        ),
    ]
    story = Story("story-001", "t", tuple(d.id for d in docs))
    sentences = {d.id: segment(d) for d in docs}
    assert [f.counted for f in differing_figures(story, sentences, (), frozenset())] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The cabinet voted by seven votes to four to close it.",
            [("seven votes to four", "vote", "vote")],
            id="tally_in_words",
        ),
        pytest.param("The plan passed 7-4 in a vote.", [("7-4", "vote", "vote")], id="tally"),
        pytest.param("United won 3-1 on Saturday.", [("3-1", "count", "won")], id="score"),
        pytest.param(
            "It will save almost £4 million a year.",
            [("almost £4 million a year", "money", "save")],
            id="money",
        ),
        pytest.param(
            "Of 2,316 responses, 68 per cent opposed it.",
            [("2,316", "count", "responses"), ("68 per cent", "share", "opposed")],
            id="share",
        ),
        pytest.param(
            "Doctors treated 15 critically ill patients at the clinic overnight.",
            [("15", "count", "patients")],
            id="adverb_and_adjective_before_the_noun",
        ),
        pytest.param(
            "Doctors treated 15 patients at the clinic overnight.",
            [("15", "count", "patients")],
            id="noun_straight_after",
        ),
        pytest.param(
            "Turnout rose by 15 per cent in the northern districts.",
            [("15 per cent", "share", "rose")],
            id="per_cent_is_a_share_not_cents",
        ),
        pytest.param(
            "The port deal was worth 1.3 billion US dollars in cash.",
            [("1.3 billion", "money", "worth")],
            id="currency_named_after_the_amount",
        ),
        pytest.param(
            "Two-thirds of the tenants left the estate after the flood.",
            [("Two-thirds", "share", "")],
            id="hyphened_share_in_words",
        ),
        pytest.param(
            "Two thirds opposed the plan.", [("Two thirds", "share", "")], id="fraction_as_a_share"
        ),
        pytest.param(
            "It found that nearly half of riders slept badly, against 27% of drivers.",
            [("nearly half", "share", "found"), ("27%", "share", "drivers")],
            id="share_in_words",
        ),
    ],
)
def test_a_sentences_counts_are_read_with_what_they_count(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    """Each count as written, its measure (a vote's tally is one figure of two counts; a score
    is no vote's; "per cent" a share, no cents; an amount with its currency named after it
    money) and the word that says what it counts, past an adverb and the word it qualifies; no
    fraction's parts."""
    assert [(m.written, m.measure, m.counted) for m in mentions_in(as_sentence(text))] == expected


COURIER = (
    "Harwick County Council's cabinet voted by seven votes to four on Wednesday night to close "
    "St Brigid's Community Hospital.\n\n"
    "The 42-bed hospital, which opened in 1931 and employs 137 staff, will shut its wards in "
    "stages over the winter.\n\n"
    "The council says the closure will save £3.8 million a year in running costs and avoid a "
    "£4.2 million repair bill.\n\n"
    "About 300 people protested outside County Hall before the vote.\n"
)
HERALD = (
    "St Brigid's Community Hospital is to be axed after councillors voted eight to three in "
    "favour of the controversial closure plan on Wednesday evening.\n\n"
    "Around 140 nurses, porters, cleaners and kitchen staff work at the 42-bed site.\n\n"
    "The council claims the closure will save almost £4 million a year.\n\n"
    "Town MP Sarah Lindqvist said the decision was a grim day for Dunmere.\n"
)
# The Courier's copy of the wire with the lede's tally changed: aligned, a framing note's.
GAZETTE = COURIER.replace("seven votes to four", "eight votes to three")


def hospital_vote() -> list[Document]:
    return [
        Document("courier", "Dunmere Courier", COURIER, published="2025-06-12"),
        Document("herald", "Dunmere Herald", HERALD, published="2025-06-12"),
        Document("gazette", "Westshire_Gazette", GAZETTE, published="2025-06-12"),
    ]


def test_a_story_page_lists_the_figures_that_differ_after_its_summary() -> None:
    """The story page gives a table of the figures that differ right after its summary: what
    is counted, each outlet's value with its sentence's number (outlets named as the page names
    them, escaped), and whether the values only round each other. The Gazette's tally is in a
    sentence aligned with the Courier's: a framing note sets the two side by side already."""
    result = compare_documents(hospital_vote(), single_story=True)
    (story,) = result.stories
    page = render_story(result, story)
    section = page.split("## Figures that differ\n")[1].split("\n\n", 2)[1]
    assert page.index("## Summary") < page.index("## Figures that differ")
    assert [cell.strip() for cell in section.splitlines()[0].split("|")[1:-1]] == [
        "counted",
        "Dunmere Courier",
        "Dunmere Herald",
        "Westshire\\_Gazette",
        "agreement",
    ]
    rows = [[cell.strip() for cell in line.split("|")[1:-1]] for line in section.splitlines()[2:]]
    assert rows == [
        [
            "vote",
            "seven votes to four (1)",
            "eight to three (1)",
            "eight votes to three (1)",
            "differs",
        ],
        ["staff", "137 (2)", "around 140 (2)", "137 (2)", "rounded"],
        [
            "save",
            "£3.8 million a year (3)",
            "almost £4 million a year (3)",
            "£3.8 million a year (3)",
            "rounded",
        ],
    ]
    gazette_lede = [
        note
        for pair in result.pairs
        if {pair.a, pair.b} == {"courier", "gazette"}
        for match in pair.matches
        for note in match.framing
    ]
    assert gazette_lede
    assert {n.kind for n in gazette_lede} == {FramingKind.NUMBER_CHANGED}


def test_a_first_versions_figure_linked_through_its_amended_version_is_reported() -> None:
    """A paper's first version gives "2,140 classrooms" where the wire and the paper's amended
    version give 214: the first version's sentence is aligned with the amended one's alone, and
    the wire's with the amended one's, yet the first version and the wire disagree in sentences
    no pair aligns, so the count is listed (acceptance 34, b6)."""
    wire = (
        "MARLOW, May 12 - Asbestos is in the ceilings of 214 classrooms at Marlow schools, "
        "officials confirmed on Monday.\n\n"
        "The authority said removal work would take six weeks.\n\n"
        "Parents were told by text message on Sunday night.\n"
    )
    first = (
        "Pupils across Marlow have been sent home after asbestos was discovered in school "
        "ceilings.\n\n"
        "Inspectors found it in 2,140 classrooms, the education authority said on Monday.\n\n"
        "Removal work is expected to take six weeks.\n"
    )
    docs = [
        Document("wire", "Marlow Wire", wire, published="2025-05-12"),
        Document("courier", "Marlow Courier", first, published="2025-05-12"),
        Document(
            "courier-amended",
            "Marlow Courier",
            first.replace("2,140", "214"),
            published="2025-05-13",
        ),
    ]
    result = compare_documents(docs, single_story=True)
    assert [(f.counted, [(g.doc, g.written) for g in f.values]) for f in result.figures] == [
        ("classrooms", [("wire", "214"), ("courier", "2,140"), ("courier-amended", "214")])
    ]


def test_report_json_gives_each_storys_figures_that_differ() -> None:
    """report.json gives each story's ``figures_differ``: what is counted, each document's value
    with its sentence (numbered from 0, as all of report.json's are) and that sentence's text,
    and whether they only round each other; the same input gives the same bytes."""
    result = compare_documents(hospital_vote(), single_story=True)
    (story,) = json.loads(json.dumps(report_json(result)))["stories"]
    staff = story["figures_differ"][1]
    assert staff == {
        "counted": "staff",
        "values": [
            {
                "document": "courier",
                "sentence": 1,
                "text": "The 42-bed hospital, which opened in 1931 and employs 137 staff, will "
                "shut its wards in stages over the winter.",
                "value": "137",
            },
            {
                "document": "herald",
                "sentence": 1,
                "text": "Around 140 nurses, porters, cleaners and kitchen staff work at the 42-bed "
                "site.",
                "value": "around 140",
            },
            {
                "document": "gazette",
                "sentence": 1,
                "text": "The 42-bed hospital, which opened in 1931 and employs 137 staff, will "
                "shut its wards in stages over the winter.",
                "value": "137",
            },
        ],
        "rounded": True,
        "compatible": True,
    }
    again = compare_documents(hospital_vote(), single_story=True)
    assert json.dumps(report_json(again)) == json.dumps(report_json(result))


def test_figures_escape_what_the_articles_write() -> None:
    """Article text is data: a value or a counted word with Markdown's characters is escaped."""
    figure = DifferingFigure(
        "story-001",
        "*seats*",
        (
            FigureGiven("a", 0, "1_000"),
            FigureGiven("b", 2, "<b>900</b>"),
        ),
        False,
    )
    table = render_figures([figure], {"a": "A", "b": "B"})[-2]
    cells = [cell.strip() for cell in table.splitlines()[2].split("|")[1:-1]]
    assert cells == ["\\*seats\\*", "1\\_000 (1)", "\\<b\\>900\\</b\\> (3)", "differs"]


def test_figures_compatible_values_are_marked_so() -> None:
    """Values that may be one number, as their qualifiers allow, are marked compatible."""
    figure = DifferingFigure(
        "story-001",
        "patients",
        (FigureGiven("a", 1, "about 22,000"), FigureGiven("b", 3, "more than 20,000")),
        rounded=False,
        compatible=True,
    )
    table = render_figures([figure], {"a": "A", "b": "B"})[-2]
    cells = [cell.strip() for cell in table.splitlines()[2].split("|")[1:-1]]
    assert cells == ["patients", "about 22,000 (2)", "more than 20,000 (4)", "compatible"]


def test_figures_more_outlets_give_than_a_wide_story_has_are_listed_in_one_cell() -> None:
    """A counted thing that more outlets give than a story page gives columns (a wire story
    reprinted widely) lists every outlet's value in one cell, not a table hundreds wide."""
    outlets = [f"o{n}" for n in range(14)]
    figure = DifferingFigure(
        "story-001",
        "staff",
        tuple(FigureGiven(o, 1, "140" if o == "o13" else "137") for o in outlets),
        True,
    )
    table = render_figures([figure], {o: o.upper() for o in outlets})[-2].splitlines()
    assert [cell.strip() for cell in table[0].split("|")[1:-1]] == [
        "counted",
        "values",
        "agreement",
    ]
    cells = [cell.strip() for cell in table[2].split("|")[1:-1]]
    assert cells[0] == "staff" and cells[2] == "rounded"
    assert cells[1].startswith("O0: 137 (2); O1: 137 (2); ") and cells[1].endswith("O13: 140 (2)")


def test_words_most_of_a_storys_sentences_hold_tell_no_count_from_another() -> None:
    """A word the articles repeat in more than a quarter of their sentences ("plant" of a
    story about a recycling plant's fire) joins no two counts: the plant's 65 employees are not
    the 50 neighbours who fled it, though both are "people" beside "plant"."""
    gazette = (
        "Fire tore through the Riverton recycling plant overnight. "
        "Crews fought the blaze at the plant for six hours. "
        "The plant employs 65 people. "
        "The cause of the fire at the plant is not yet known."
    )
    radio = (
        "A fire destroyed much of the Riverton recycling plant on Tuesday night. "
        "About 50 people who live near the plant had to leave their homes. "
        "Smoke from the plant could be seen across the valley. "
        "The plant's owner said it would be rebuilt."
    )
    assert differing(gazette, radio) == []


NURSES_STUDY = (
    "Nurses who worked permanent nights for ten years had a 23% higher risk of heart disease, "
    "a study of 2,306 nurses found. "
    "Nurses on rotating shifts that included some nights had a smaller increase in risk, of 9%. "
    "The risk was highest for nurses on permanent nights. "
    "Night shifts may upset the body clock, the team said."
)


def test_a_share_reworded_and_inflated_in_a_tabloids_sentence_is_reported() -> None:
    """A tabloid that rewords the study's rotating-shift sentence and gives its risk as 32% for
    9% gives the risk another value (acceptance 35, a9): the words beside each share are the
    story's own ("risk", "night", "nurses"), in most sentences, but each article writes
    "rotating" in that sentence alone, which tells the one risk."""
    tabloid = (
        "Working nights for a decade raises the risk of heart disease by almost a quarter. "
        "Night nurses on rotating shifts were hit too, with risk up 32%. "
        "Boffins tracked 2,306 nurses. "
        "The risk was worst for nurses stuck on permanent nights."
    )
    assert ("risk", ("9%", "32%"), False) in differing(NURSES_STUDY, tabloid)


def test_shares_of_one_word_in_sentences_telling_other_groups_are_not_one_figure() -> None:
    """Two shares of "risk" whose sentences share only a word of the story ("shifts", which the
    study writes twice), one writing "rotating" shifts and the other "evening" shifts, are
    risks of two groups, no disagreement."""
    tabloid = (
        "Working nights for a decade raises the risk of heart disease by almost a quarter. "
        "Night nurses on evening shifts were hit too, with risk up 32%. "
        "Boffins tracked 2,306 nurses. "
        "The risk was worst for nurses stuck on permanent nights."
    )
    assert [f for f in differing(NURSES_STUDY, tabloid) if "32%" in f[1]] == []


@pytest.mark.parametrize(
    ("courier", "herald", "expected"),
    [
        pytest.param(
            "E-scooter injuries may cost hospitals up to £340 million a year, a study says.",
            "E-scooter injuries are costing hospitals £340 million a month, the Echo has learned.",
            ("up to £340 million a year", "£340 million a month"),
            id="period_swapped",
        ),
        pytest.param(
            "E-scooter injuries may cost hospitals up to £340 million a year, a study says.",
            "E-scooter injuries are costing hospitals £340 billion, the Echo has learned.",
            ("up to £340 million a year", "£340 billion"),
            id="multiplier_swapped",
        ),
    ],
)
def test_a_figure_with_another_period_or_multiplier_is_not_compatible(
    courier: str, herald: str, expected: tuple[str, str]
) -> None:
    """A cost told as "£340 million a month" is no "£340 million a year", and "£340 billion" is
    the same count with its multiplier swapped, not another thing: both are listed and neither
    reads as agreeing (acceptance 25 #2, #11)."""
    docs = [document(courier, "courier", "Courier"), document(herald, "herald", "Herald")]
    story = Story("story-001", "t", tuple(d.id for d in docs))
    found = differing_figures(story, {d.id: segment(d) for d in docs}, (), frozenset())
    assert [(tuple(g.written for g in f.values), f.rounded, f.compatible) for f in found] == [
        (expected, False, False)
    ]


@pytest.mark.parametrize(
    ("courier", "herald", "expected"),
    [
        pytest.param(
            "The library's council grant, worth £1.4 million a year, pays for 30 of its staff.",
            "Ashgrove library could close if the council does not renew its £1.4 million grant.",
            [],
            id="one_amount_one_giving_its_period",
        ),
        pytest.param(
            "The library's council grant, worth £1.4 million a year, pays for 30 of its staff.",
            "Ashgrove library could close if the council does not renew its £1.7 million grant.",
            [("grant", ("£1.4 million a year", "£1.7 million"), (False, False))],
            id="another_amount_one_giving_its_period",
        ),
        pytest.param(
            "The library's council grant, worth about £1.4 million a year, pays for 30 staff.",
            "Ashgrove library could close if the council does not renew its £1.42 million grant.",
            [("grant", ("about £1.4 million a year", "£1.42 million"), (False, True))],
            id="a_bound_one_giving_its_period",
        ),
    ],
)
def test_an_amount_without_its_period_may_be_the_amount_with_it(
    courier: str, herald: str, expected: list[tuple[str, tuple[str, ...], tuple[bool, bool]]]
) -> None:
    """An outlet that gives an amount without the period it is counted per ("a £1.4 million
    grant") does not contradict one that gives it ("worth £1.4 million a year"): the same
    amount is no figure that differs, and one its qualifier allows is compatible (acceptance 34,
    b6)."""
    docs = [document(courier, "courier", "Courier"), document(herald, "herald", "Herald")]
    story = Story("story-001", "t", tuple(d.id for d in docs))
    found = differing_figures(story, {d.id: segment(d) for d in docs}, (), frozenset())
    assert [
        (f.counted, tuple(g.written for g in f.values), (f.rounded, f.compatible)) for f in found
    ] == expected


@pytest.mark.parametrize(
    ("courier", "herald", "expected"),
    [
        pytest.param(
            "Chief Financial Officer Dana Whitfield said the company expects capital spending "
            "of $450 million in fiscal 2026, as it expands a plant in Penang.",
            "Chief Financial Officer Dana Whitfield told analysts on a call that capital "
            "spending would total $540 million in fiscal 2026.",
            [("spending", ("$450 million", "$540 million"), False)],
            id="capital_spending_transposed",
        ),
        pytest.param(
            "Harbor Micro said on Thursday that third-quarter revenue rose to $1.2 billion, "
            "helped by demand from cloud operators.",
            "Cloud operators' appetite for servers lifted Harbor Micro's quarterly revenue to "
            "$1.4 billion, the chipmaker reported.",
            [("revenue", ("$1.2 billion", "$1.4 billion"), False)],
            id="revenue_its_one_shared_word",
        ),
    ],
)
def test_money_named_by_what_it_measures_is_one_figure(
    courier: str, herald: str, expected: list[tuple[str, tuple[str, ...], bool]]
) -> None:
    """Two independent reports that put other money on the noun both name beside it ("capital
    spending of $450 million", "capital spending would total $540 million") disagree, whatever
    verb each counts it by (acceptance 27 #9)."""
    assert differing(courier, herald) == expected


def test_money_of_different_things_in_one_story_is_not_reported() -> None:
    """Two money figures of different things ("capital spending of $450 million", "a share
    buyback of $500 million"; revenue and net income) are no disagreement, near as they are."""
    courier = (
        "The chipmaker expects capital spending of $450 million next year. "
        "It reported revenue of $1.2 billion for the quarter."
    )
    herald = (
        "The board also approved a share buyback of $500 million next year. "
        "Net income for the quarter came to $900 million."
    )
    assert differing(courier, herald) == []


def _survey_story(*texts: str) -> list[DifferingFigure]:
    """The figures that differ among one story's articles of ``texts``, each of its own outlet,
    none aligned."""
    docs = [document(text, f"doc{n}", f"Outlet {n}") for n, text in enumerate(texts)]
    story = Story("story-001", "t", tuple(d.id for d in docs))
    return differing_figures(story, {d.id: segment(d) for d in docs}, (), frozenset())


def test_a_share_told_in_words_is_a_value_of_the_percentage_it_replaces() -> None:
    """ "Nearly half" and "more than half" are values of the "43%" of the group they replace,
    in one row, and the "27%" each sentence sets against it is another quantity, in none."""
    lede = (
        "The survey of 1,900 commuters found that {} of those who cycled to work on at least "
        "three days a week reported sleeping well, compared with 27% of those who drove."
    )
    rows = _survey_story(
        lede.format("43%"),
        lede.format("43%").replace("The survey", "A survey"),
        lede.format("nearly half"),
        lede.format("more than half"),
    )
    assert [[g.written for g in row.values] for row in rows] == [
        ["43%", "43%", "nearly half", "more than half"]
    ]
    assert not rows[0].rounded and not rows[0].compatible


def test_a_share_in_words_that_rounds_the_percentage_agrees_with_it() -> None:
    """ "More than four in 10" rounds "43%", and "four or more days a week" is the "at least four
    days a week" of the others: neither is a figure that differs."""
    assert (
        _survey_story(
            "The survey of 1,900 commuters found that 43% of those who cycled to work on at "
            "least four days a week slept well.",
            "The survey of 1,900 commuters found 43% of those who cycled to work four or more "
            "days a week slept well.",
            "Among 1,900 commuters surveyed, more than four in 10 of those who cycled to work on "
            "at least four days a week slept well.",
        )
        == []
    )


def test_an_amount_in_dollars_named_after_it_is_the_amount_with_the_sign() -> None:
    """ "1.3 billion US dollars" is "$1.3 billion": one measure and unit, one figure."""
    (named,) = mentions_in(as_sentence("The port deal was worth 1.3 billion US dollars in cash."))
    (signed,) = mentions_in(as_sentence("The port deal was worth $1.3 billion in cash."))
    assert (named.measure, named.figure) == (signed.measure, signed.figure)


def flood_story(echo_count: str) -> list[Document]:
    """The Tarrow Echo's two versions of a flood story (the toll revised from four to five) and
    the Fenwick Post's own report, worded otherwise, of ``echo_count`` people rescued."""
    url = "https://tarrow-echo.example/news/flood"
    echo = (
        "Floodwater swept through Tarrow on Sunday and {toll} people were rescued from cars "
        "on the ring road, the fire service said.\n\n"
        "The river burst its banks after two days of rain.\n"
    )
    post = (
        f"By Sunday evening the fire service had pulled {echo_count} people out of cars in "
        "Tarrow, where the ring road lay under a metre of water.\n\nResidents described water "
        "reaching their windows.\n"
    )
    return [
        *(
            Document(
                f"echo-{n}",
                "Tarrow Echo",
                echo.format(toll=toll),
                url=url,
                published_time="2026-03-08T09:00:00Z",
                modified_time=modified,
            )
            for n, (toll, modified) in enumerate(
                [("four", "2026-03-08T09:00:00Z"), ("five", "2026-03-08T13:00:00Z")], start=1
            )
        ),
        Document("post", "Fenwick Post", post, published_time="2026-03-08T11:00:00Z"),
    ]


@pytest.mark.parametrize(
    ("post_count", "expected"),
    [
        pytest.param("five", [], id="the_latest_versions_agree"),
        pytest.param(
            "six", [[("echo-2", "five"), ("post", "six")]], id="the_latest_versions_differ"
        ),
    ],
)
def test_an_outlets_own_revision_is_no_figure_that_differs(
    post_count: str, expected: list[list[tuple[str, str]]]
) -> None:
    """Figures that differ read each outlet's latest version: the Echo's first version's four,
    which its later version revised to five, is its own revision, not a disagreement with the
    Post's five (acceptance round 36, a7)."""
    result = compare_documents(flood_story(post_count), single_story=True)
    assert [[(g.doc, g.written) for g in f.values] for f in result.figures] == expected


def test_a_count_in_lakh_is_labelled_by_what_it_counts_and_differs() -> None:
    """Two Hindi papers give a relief package's families as "2.5 लाख" and "3 लाख": the row is
    labelled by the families it counts, not by the multiplier, and 250,000 against 300,000 is
    a figure inflated, not one value rounded."""
    assert differing(
        "मंत्री ने बताया कि राहत पैकेज से करीब 2.5 लाख परिवारों को सीधी मदद मिलेगी।",
        "सरकार के अनुसार बाढ़ राहत पैकेज का लाभ 3 लाख परिवारों तक पहुंचेगा।",
    ) == [("परिवारों", ("2.5 लाख", "3 लाख"), False)]


def test_a_day_of_a_hindi_month_is_no_count() -> None:
    """A day of a Hindi month, "18 सितंबर" (18 September), is a date, as "September 18" is: two
    papers' hearing dates are no count of September that differs."""
    assert (
        differing("मामले की अगली सुनवाई 18 सितंबर को होगी।", "मामले की अगली सुनवाई 25 सितंबर को होगी।")
        == []
    )


@pytest.mark.parametrize(
    "herald",
    [
        pytest.param(
            "सरकार ने बाढ़ प्रभावित 18 जिलों के लिए ₹1,100 करोड़ के राहत पैकेज की घोषणा की।",
            id="in_hindi",
        ),
        pytest.param(
            "Cabinet ने बाढ़ प्रभावित 18 जिलों के लिए ₹1,100 करोड़ के special relief package को मंजूरी दी।",
            id="half_in_english",
        ),
    ],
)
def test_an_amount_is_of_the_noun_its_genitive_heads(herald: str) -> None:
    """A Hindi amount before "के" (of) counts the noun that heads the phrase after it: the
    row is the relief package's, ₹900 crore against ₹1,100 crore, whether the other paper
    writes that phrase in Hindi or half in English (acceptance round 37 retest, R1)."""
    courier = "मंत्रिमंडल ने बाढ़ प्रभावित 18 जिलों के लिए ₹900 करोड़ के विशेष राहत पैकेज को मंजूरी दी।"
    assert differing(courier, herald) == [("पैकेज", ("₹900 करोड़", "₹1,100 करोड़"), False)]


@pytest.mark.parametrize(
    ("courier", "herald"),
    [
        pytest.param(
            "बाढ़ प्रभावित जिलों के लिए ₹1,200 करोड़ के पैकेज को मंजूरी मिली।",
            "क्षतिग्रस्त मकानों की मरम्मत के लिए ₹1,000 करोड़ के प्रावधान को मंजूरी मिली।",
            id="each_for_something",
        ),
        pytest.param(
            "गोंडा जिले में गिरोह ने परीक्षा का प्रश्नपत्र ₹12 लाख में बेचा।",
            "गोंडा जिले में ठेकेदार ने परीक्षा का केंद्र ₹10 लाख में बनाया।",
            id="each_in_a_sum",
        ),
    ],
)
def test_amounts_for_different_things_in_hindi_are_no_figure_that_differs(
    courier: str, herald: str
) -> None:
    """Two Hindi papers give a relief package and the sum set aside for repairs, each "के लिए"
    (for) something, or a paper sold and a centre built, each "में" (for, in) a sum: a
    postposition says nothing of what an amount counts, before it or after it, so the two
    amounts are no one figure given two values."""
    assert differing(courier, herald) == []


def test_a_long_documents_own_counts_are_never_paired() -> None:
    """A council's minutes that give thousands of costs of a few schemes are read against a
    report in memory that grows with the minutes, not with the pairs of their costs (four times
    the minutes took eleven times the memory when every two of their costs were paired), and
    the report's other price for the sale the minutes record is still found."""
    schemes = ("street lighting", "library opening hours", "bus shelter repairs", "park benches")
    sale = "The cabinet agreed that the Quarry Road depot be sold to Larkspur Developments for"
    report = document(
        "The Quarry Road depot was sold to Larkspur Developments for £950,000, the council said.",
        "gazette",
        "Gazette",
    )

    def peak_memory(costs: int) -> int:
        written = " ".join(
            f"The {schemes[k % 4]} scheme would cost £{10_000 + 1_000 * (k % 4):,}."
            for k in range(costs)
        )
        docs = [document(f"{written} {sale} £900,000.", "minutes", "Borough Council"), report]
        story = Story("story-001", "t", tuple(d.id for d in docs))
        sentences = {d.id: segment(d) for d in docs}
        tracemalloc.start()
        try:
            found = differing_figures(story, sentences, (), frozenset())
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert [[g.written for g in f.values] for f in found] == [["£900,000", "£950,000"]]
        return peak

    assert peak_memory(1200) < 6 * peak_memory(300)


def test_a_story_of_one_text_reads_none_of_its_counts(monkeypatch: pytest.MonkeyPatch) -> None:
    """Council minutes alone in their story, however many costs they give, have no figure
    another outlet gives otherwise, and none of their sentences is read for counts."""
    minutes = document(
        "The street lighting scheme would cost £164,000. The library roof would cost £229,000.",
        "minutes",
        "Borough Council",
    )
    read: list[str] = []

    def counted(sentence: Sentence) -> list[object]:
        read.append(sentence.text)
        return []

    monkeypatch.setattr("compare.figures.mentions_in", counted)
    story = Story("story-002", "t", ("minutes",))
    assert differing_figures(story, {"minutes": segment(minutes)}, (), frozenset()) == []
    assert read == []


def test_an_outlets_own_posts_of_a_developing_figure_are_no_figure_that_differs() -> None:
    """A live blog's power-cut count at 09:00 and at noon, in posts worded apart, is one
    outlet's figure developing, not a disagreement with a rival's count between them (R3)."""
    result = compare_documents(
        [
            live_entry("Tidewell Power says 4,100 homes in Ashby are without power this morning.",
                        "gazette-0900", "Ashby Gazette", "09:00"),
            live_entry("Engineers are working to restore supplies to 9,600 homes, Tidewell Power said at noon.",
                        "gazette-1200", "Ashby Gazette", "12:00"),
            live_entry("About 7,000 homes in Ashby have lost power, according to Tidewell Power.",
                        "echo-1130", "Valley Echo", "11:30"),
        ],
        single_story=True,
    )  # fmt: skip
    assert result.figures == ()


def test_an_outlets_later_post_updating_its_figure_gives_no_number_otherwise() -> None:
    """One outlet's two posts three hours apart, the later repeating the earlier with a new
    count, show the change but give no number differently: its update, not a discrepancy
    ``--fail-on numbers`` counts (R3). A rival's post with another count still does."""
    earlier = live_entry(
        "Tidewell Power says 4,100 homes in Ashby are without power this morning.",
        "gazette-0900",
        "Ashby Gazette",
        "09:00",
    )
    later = live_entry("Tidewell Power says 9,600 homes in Ashby are now without power.",
                        "gazette-1200", "Ashby Gazette", "12:00")  # fmt: skip
    for rival, given in (
        (replace(later, id="echo-1215", source="Valley Echo"), True),
        (later, False),
    ):
        result = compare_documents([earlier, rival], single_story=True)
        (pair,) = result.pairs
        notes = [(n.kind, n.a, n.b) for m in pair.matches for n in m.framing]
        assert (FramingKind.NUMBER_CHANGED, "4,100", "9,600") in notes
        assert bool(numbers_given_otherwise(result.sentences, pair, result.by_id)) is given


def test_a_records_percentage_is_set_against_an_article_that_gives_it_otherwise() -> None:
    """With the ministry's report as the record, its "3,2 % de los vacunados" is one counted
    thing with the blog's "32 % de las personas vacunadas", though the blog rewrote the wire's
    sentence and no pair aligns it with the record's: the figure a fact-check sets side by side.
    Without a record the two are not linked (retest of acceptance round 39, b3)."""
    documents = vacunas_with_record()
    (figure,) = compare_documents(documents).figures
    assert figure.counted == "vacunados"
    assert [(g.doc, g.sentence, g.written) for g in figure.values] == [
        ("ministerio", 1, "3,2 %"),
        ("agencia", 0, "3,2 %"),
        ("blog", 0, "32 %"),
    ]
    unrecorded = [replace(d, of_record=False) for d in documents]
    assert compare_documents(unrecorded).figures == ()


def test_an_arabic_count_in_words_is_its_figure_in_digits() -> None:
    """An Arabic count in words, its unit before its tens ("ستة وثمانين", 86), is the figure
    another outlet gives in digits: no "figure that differs", and none of six or eighty; one
    that differs ("تسعين", 90) is named by the word it counts as the article writes it,
    tashkeel and all ("مراقباً"), not as it is read (acceptance round 40, R5)."""
    courier = "وأرسلت البعثة 86 مراقباً إلى المناطق الحدودية خلال الأسبوع الماضي."
    words = "وبحسب مصادر دبلوماسية، أرسلت البعثة ستة وثمانين مراقباً إلى نقاط التماس."
    assert differing(courier, words) == []
    assert differing(courier, words.replace("ستة وثمانين", "تسعين")) == [
        ("مراقباً", ("86", "تسعين"), False)
    ]


def test_a_number_given_otherwise_keeps_its_qualifier() -> None:
    """The numbers ``--fail-on numbers`` names are shown with their qualifiers, as their
    sentences write them, so that a line can be quoted: "74%" against "almost 7.5%", not
    "7.5%" (acceptance round 41, c13)."""
    wire = document(
        "Food prices rose by almost 7.5% in the year to October, the statistics office said.",
        "wire",
        "Wire",
    )
    tabloid = document(
        "Food prices rose by 74% in the year to October, the statistics office said.",
        "tabloid",
        "Tabloid",
    )
    result = compare_documents([wire, tabloid])
    (pair,) = result.pairs
    given = {(n.a, n.b) for n in numbers_given_otherwise(result.sentences, pair, result.by_id)}
    assert given in ({("almost 7.5%", "74%")}, {("74%", "almost 7.5%")})


def test_russian_toll_in_words_is_read_with_its_bound() -> None:
    """ "более двадцати" (more than twenty, a number word declined) is the "более 20" of the
    wire, a bound both give, where a table of figures sets them side by side (Russian and
    Ukrainian framing acceptance k2, k3)."""
    in_words, in_digits = (
        mentions_in(as_sentence(text))[0]
        for text in (
            "При обстреле рынка погибли более двадцати человек, сообщили власти.",
            "Более 20 человек погибли при обстреле рынка, сообщили власти.",
        )
    )
    assert (in_words.written, in_words.figure) == (
        "более двадцати",
        in_digits.figure,
    )
    assert in_digits.written == "более 20"
