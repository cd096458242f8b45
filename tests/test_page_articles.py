"""Articles printed one under another on a newspaper's page, told apart where each opens."""

from __future__ import annotations

import pytest

from compare.page_articles import article_starts, articles_on_page

FLOOD = (
    "RIVER RISES AT CAIRO\n\n"
    "CAIRO, Ill., April 21 (AP) -- The Ohio river rose\n"
    "a foot overnight and the levee board called out\n"
    "every man in the county.\n\n"
    "Sandbags were piled on the south wall."
)
GRANARY = (
    "GRAIN ELEVATOR BURNS\n"
    "TOPEKA, Kan., Sept. 9 (By The Associated Press)--\n"
    "A grain elevator of the Farmers Union burned to the\n"
    "ground here tonight."
)
# A local item, which gives no dateline, under its headline in capitals.
GRANGE = (
    "ELKHORN GRANGE TO\nHOLD OYSTER SUPPER\n\n"
    "Members of the Elkhorn grange will\nmeet Tuesday evening at the school\nhall.\n\n"
    "Mrs. Ada Pruitt will read a paper."
)
# OCR breaks the place's letters and loses its comma and credit.
GRANARY_OCR = (
    "GRAIN ELEVATOR\nBURNS AT T0PEKA\n\n"
    "T0PEKA Kan., Sept. 9\n(B y The Associatcd Press)--\n"
    "A grain elevator burned here tonight."
)


@pytest.mark.parametrize(
    ("page", "articles"),
    [
        pytest.param(f"{FLOOD}\n\n\n{GRANARY}\n", [FLOOD, GRANARY], id="two_wire_stories"),
        pytest.param(
            f"PAGE 3    THE DELTA STAR, TUESDAY, APRIL 22, 1927\n\n{FLOOD}\n\n{GRANARY_OCR}\n\n3",
            [
                f"PAGE 3    THE DELTA STAR, TUESDAY, APRIL 22, 1927\n\n{FLOOD}",
                f"{GRANARY_OCR}\n\n3",
            ],
            id="ocr_dateline_and_two_line_headline",
        ),
        pytest.param(FLOOD, [FLOOD], id="one_article"),
        pytest.param(
            f"{FLOOD}\n\n* * *\n\nThe mayor toured the levee at dusk.",
            [f"{FLOOD}\n\n* * *\n\nThe mayor toured the levee at dusk."],
            id="a_scene_break_is_no_article",
        ),
        pytest.param(
            f"{FLOOD}\n\nLEVEE HOLDS\n\nThe levee held through the night, engineers said.",
            [f"{FLOOD}\n\nLEVEE HOLDS\n\nThe levee held through the night, engineers said."],
            id="a_subhead_in_capitals_without_a_dateline",
        ),
        pytest.param(f"{FLOOD}\n\n{GRANGE}", [FLOOD, GRANGE], id="a_local_item_without_dateline"),
        pytest.param(
            f"{GRANGE}\n\n{FLOOD}\n\n{GRANGE}", [GRANGE, FLOOD, GRANGE], id="local_items_around"
        ),
        pytest.param(
            f"{FLOOD} The chief said\n\nTHE LEVEE BOARD\n\nwould meet.",
            [f"{FLOOD} The chief said\n\nTHE LEVEE BOARD\n\nwould meet."],
            id="capitals_inside_a_sentence",
        ),
    ],
)
def test_a_page_is_cut_where_a_headline_in_capitals_over_a_dateline_opens(
    page: str, articles: list[str]
) -> None:
    """A page is cut before each headline in capitals that prose stands above, over a dateline
    or, under a paragraph's end, over a paragraph; a subhead in capitals of a word or two and a
    scene break stay in their article."""
    assert articles_on_page(page) == articles


def test_the_first_article_is_not_a_start() -> None:
    """The headline opening the text opens the first article, no second one."""
    assert article_starts(GRANARY) == []
