"""Whether a headline claims more than its own article's text."""

from __future__ import annotations

import csv
import io
import json

import pytest

from compare import Document, compare_documents
from compare.headline_text import headline_claims
from compare.report import ReportFormat
from compare.report.files import render_reports
from compare.segment import segment


def _claims(title: str, text: str) -> list[tuple[str, str, str, int]]:
    sentences = segment(Document("post", "Post", text))
    return [
        (c.note.kind.value, c.note.a, c.note.b, c.sentence)
        for c in headline_claims("post", title, sentences)
    ]


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        pytest.param(
            "At least 3 dead in Carrow mill fire",
            "A fire at the Carrow flour mill killed two workers and injured 9 on Monday, the fire "
            "service said. Crews fought the blaze for four hours.",
            [("number_changed", "two", "at least 3", 0)],
            id="toll_raised",
        ),
        pytest.param(
            "Hundreds detained as Ostrel march turns violent",
            "Riot police broke up the march in central Ostrel on Saturday. Officials said 38 "
            "people were arrested and 12 officers were hurt.",
            [("number_changed", "38", "Hundreds", 1)],
            id="order_in_words_for_a_count",
        ),
        pytest.param(
            "Fenmark central bank raises rate to 5%",
            "The Fenmark central bank raised its main rate by 0.25 percentage point to 4.75% on "
            "Tuesday, its second increase this year.",
            [("number_changed", "4.75%", "5%", 0)],
            id="share_told_before_its_verb",
        ),
        pytest.param(
            "Ashdown mayor convicted of bribery",
            "Prosecutors charged Ashdown mayor Ruth Kell with bribery on Monday. Her lawyer said "
            "she would fight the case.",
            [("allegation_hardened", "charged", "convicted", 0)],
            id="charge_told_as_a_verdict",
        ),
        pytest.param(
            "Kell forced out as bribery inquiry widens",
            "Ashdown mayor Ruth Kell resigned on Monday, citing family reasons. She denies any "
            "wrongdoing.",
            [("allegation_hardened", "resigned", "forced out", 0)],
            id="resignation_told_as_an_ouster",
        ),
        pytest.param(
            "Green tea prevents dementia, major study proves",
            "People who drank green tea daily had a lower rate of dementia in a study of 40,000 "
            "adults. The authors said the study could not show that tea caused the difference.",
            [("hedge_removed", "could not show", "proves", 1)],
            id="caveat_told_as_proof",
        ),
        pytest.param(
            "Fraudster mayor Kell finally faces justice",
            "Prosecutors charged Ashdown mayor Ruth Kell with fraud on Monday. She denies it.",
            [("allegation_hardened", "charged", "fraudster", 0)],
            id="charged_named_as_the_guilty",
        ),
    ],
)
def test_a_headline_that_says_more_than_its_text_is_named(
    title: str, text: str, expected: list[tuple[str, str, str, int]]
) -> None:
    """A figure, an allegation or a finding the headline tells otherwise than its own text
    is named, with the text's words first and the sentence that says them."""
    assert _claims(title, text) == expected


@pytest.mark.parametrize(
    ("title", "text"),
    [
        pytest.param(
            "Nearly 40 killed in Marlow earthquake",
            "The earthquake killed at least 37 people in Marlow province on Saturday.",
            id="rounded_toward_a_bound",
        ),
        pytest.param(
            "Telvane to shed more than 1,000 jobs",
            "Telvane said on Friday it would cut 1,200 jobs over the next 18 months.",
            id="rounded_down_with_more_than",
        ),
        pytest.param(
            "Essing wins with 51% in Port Holm",
            "Mara Essing won the Port Holm mayoral vote with 50.8% on Sunday.",
            id="written_to_fewer_digits",
        ),
        pytest.param(
            "Ashdown mayor in $4 million bribery case",
            "Prosecutors charged Ashdown mayor Ruth Kell with bribery on Monday.",
            id="figure_the_text_does_not_give",
        ),
        pytest.param(
            "Coast guard rescues 23 people off Tolla",
            "The coast guard rescued 23 people from a sinking boat off Tolla. Two people are "
            "missing.",
            id="another_count_of_people",
        ),
        pytest.param(
            "Kell to plead not guilty to bribery charge, lawyer says",
            "Prosecutors charged Ashdown mayor Ruth Kell with bribery on Monday.",
            id="not_guilty_is_no_verdict",
        ),
        pytest.param(
            "Ashdown mayor charged; prosecutors allege bribes were paid",
            "Prosecutors charged Ashdown mayor Ruth Kell with bribery on Monday.",
            id="charge_kept",
        ),
        pytest.param(
            "Study links green tea to lower dementia risk",
            "People who drank green tea daily had a lower rate of dementia in a study. The authors "
            "said the study could not show that tea caused the difference.",
            id="a_link_is_hedged_wording",
        ),
        pytest.param(
            "Theatre reopens after four-year restoration",
            "The Kestrel Theatre, built in the 1890s, reopened on Saturday after a restoration.",
            id="a_span_of_time_and_a_decade",
        ),
        pytest.param(
            "Convicted fraudster Kell charged again",
            "Ruth Kell, who was convicted of fraud in 2019, was charged with theft on Monday.",
            id="guilty_named_as_a_court_found",
        ),
    ],
)
def test_a_headline_that_sums_up_its_text_is_not_named(title: str, text: str) -> None:
    """A headline that rounds, leaves out or adds a figure the text does not give, or keeps
    the text's hedge in its own words, claims nothing more than its text."""
    assert _claims(title, text) == []


def test_a_headlines_claim_is_reported_per_document() -> None:
    """A run names the claim in report.json's document, in framing.csv as ``headline_vs_text``
    and on the story page's summary, with the text's sentence."""
    documents = [
        Document(
            "post",
            "Post",
            "A fire at the Carrow flour mill killed two workers on Monday, the fire service said.",
            title="At least 3 dead in Carrow mill fire",
        )
    ]
    result = compare_documents(documents)
    files = render_reports(result, ReportFormat.ALL)
    [document] = json.loads(files["report.json"])["documents"]
    assert document["headline_vs_text"] == [
        {
            "headline_words": "at least 3",
            "kind": "number_changed",
            "sentence": 0,
            "text_spans": [[39, 42]],
            "text_words": "two",
        }
    ]
    rows = list(csv.DictReader(io.StringIO(files["framing.csv"])))
    assert [(r["found_in"], r["origin_words"], r["copy_words"], r["copy_text"]) for r in rows] == [
        ("headline_vs_text", "two", "at least 3", "At least 3 dead in Carrow mill fire")
    ]
    page = next(text for name, text in files.items() if name.startswith("story-001"))
    assert (
        "- Post, “At least 3 dead in Carrow mill fire”: number or date changed "
        "(“two” → “at least 3”), sentence 1"
    ) in page


def test_a_part_of_a_whole_counts_what_the_whole_counts() -> None:
    """ "Winning 118 of the 200 Assembly seats" counts seats by 118 too: a headline's "118
    seats" is the text's, not a change of its 200 (acceptance round 40, b10)."""
    text = "The Jan Vikas Party swept to power in Rajasthan, winning 118 of the 200 Assembly seats."
    assert _claims("Jan Vikas Party sweeps Rajasthan with 118 seats", text) == []
    assert _claims("Jan Vikas Party sweeps Rajasthan with 128 seats", text) == [
        ("number_changed", "118", "128", 0)
    ]


def test_a_hyphenated_amount_is_money_not_a_vote_tally() -> None:
    """A headline's "25-cent" is the text's "25 cents", an amount of money, not set against the
    vote tally "7-2" (acceptance round 41, e1); a fare the headline gives otherwise is still
    named."""
    text = (
        "The Dunmore City Council voted 7-2 on Tuesday to raise bus fares by 25 cents from "
        "August 1, the first increase in five years."
    )
    assert _claims("Council backs 25-cent bus fare rise", text) == []
    assert _claims("Council backs 30-cent bus fare rise", text) == [
        ("number_changed", "25 cents", "30-cent", 0)
    ]


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        pytest.param(
            "Recorded crime up 5%, arson at record high",
            "Police recorded 2.1 million offences in the year to March, up 5% on the previous "
            "year. Gun crime offences rose by 7% to more than 20,000.",
            [],
            id="the_ledes_figure_names_nothing_it_counts",
        ),
        pytest.param(
            "Rail survey: punctuality 88%, fares growth 4.9%",
            "Some 88% of trains ran on time. Regulated fares grew by 4.9% year on year. "
            "Adjusted for inflation, fares rose by 0.8%.",
            [],
            id="a_share_counts_no_time",
        ),
        pytest.param(
            "JOBLESS TOTAL SOARS BY 150,000",
            "The number of unemployed people rose by 61,000 to 1.32 million.",
            [("number_changed", "61,000", "150,000", 0)],
            id="jobless_counts_the_unemployed",
        ),
        pytest.param(
            "RENTS UP A QUARTER IN A YEAR",
            "Consumer prices rose by 2.9% in the year. Private rents rose by 8.1% in the year.",
            [("number_changed", "8.1%", "A QUARTER", 1)],
            id="a_share_in_words_against_the_figure_told_best",
        ),
    ],
)
def test_a_statistics_headline_against_its_text(
    title: str, text: str, expected: list[tuple[str, str, str, int]]
) -> None:
    """A fact-checker's headlines (acceptance round 41, c8): a lede's figure whose words name
    nothing it counts may be the headline's, and a share "grew by 4.9% year on year" counts no
    time, so neither is flagged; "jobless" counts the unemployed, and a share in words is set
    against the figure whose words tell the most of the headline's."""
    assert _claims(title, text) == expected


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        pytest.param(
            "Thousands march through Tarvik in support of striking ferry crews",
            "Around 6,000 people marched through Tarvik on Saturday in support of ferry crews.",
            [],
            id="an_order_the_figure_falls_in",
        ),
        pytest.param(
            "Thousands march through Tarvik in support of striking ferry crews",
            "About 1,500 people marched through Tarvik on Saturday in support of ferry crews.",
            [("number_changed", "about 1,500", "Thousands", 0)],
            id="an_order_above_the_figure",
        ),
        pytest.param(
            "Hundreds march through Tarvik in support of striking ferry crews",
            "Around 6,000 people marched through Tarvik on Saturday in support of ferry crews.",
            [("number_changed", "around 6,000", "Hundreds", 0)],
            id="an_order_below_the_figure",
        ),
    ],
)
def test_a_headlines_order_in_words_agrees_with_a_figure_it_counts(
    title: str, text: str, expected: list[tuple[str, str, str, int]]
) -> None:
    """ "Thousands" in a headline is a vaguer count of the text's "around 6,000", from two
    thousand to fewer than ten: no claim beyond the text, while "thousands" of 1,500 and
    "hundreds" of 6,000 still are (acceptance round 42, g5)."""
    assert _claims(title, text) == expected
