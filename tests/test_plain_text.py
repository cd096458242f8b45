"""Markdown read as plain text, and text wrapped at a fixed width unwrapped."""

from __future__ import annotations

import textwrap

import pytest
from hypothesis import given
from hypothesis import strategies as st

from compare.plain_text import markdown_text, unwrap
from tests.helpers import SEEDS

# Paragraphs of the seed articles: real news text, each one line of the file.
SEED_PARAGRAPHS = tuple(
    line
    for seed in sorted(SEEDS.glob("*.txt"))
    for line in seed.read_text(encoding="utf-8").splitlines()
    if line.strip()
)
LEAD = (
    "Kremlin spokesman Dmitry Peskov has accused NATO of being a direct participant in the "
    "Ukraine conflict, claiming the military alliance's backing for Kyiv transforms it into an "
    "active aggressor. Speaking on Monday, Peskov stated that Western support for Ukraine has "
    "placed NATO in a state of open confrontation with Russia."
)


def test_markup_and_link_targets_are_not_text() -> None:
    """Emphasis marks, link targets, images and strikethrough marks leave; their words stay."""
    article = markdown_text(
        "**Peskov** said [on Monday](https://tass.example/a) that NATO was ~~a party~~ "
        "*directly involved*. ![Peskov in Moscow](peskov.jpg)"
    )
    assert article.body == "Peskov said on Monday that NATO was a party directly involved."


def test_leading_hash_heading_is_the_heading() -> None:
    """A ``#`` heading opening the article is its heading; later headings are text."""
    article = markdown_text(
        "# Kremlin: NATO at war\n\nPeskov spoke.\n\n## Reaction\n\nKyiv replied."
    )
    assert article.heading == "Kremlin: NATO at war"
    assert article.body == "Peskov spoke.\n\nReaction\n\nKyiv replied."


def test_dashes_under_text_do_not_make_the_lead_a_heading() -> None:
    """A ``---`` line under lines of text (a setext heading to CommonMark) keeps every line."""
    article = markdown_text(
        "Peskov spoke on Monday.\nKyiv replied on Tuesday.\n---\nTalks stalled."
    )
    assert article.heading is None
    assert article.body == "Peskov spoke on Monday.\nKyiv replied on Tuesday.\n\nTalks stalled."


def test_raw_html_keeps_its_text_but_not_scripts() -> None:
    """A pasted HTML paragraph and an embedded post are text; their script and style are not."""
    article = markdown_text(
        "Peskov spoke.\n\n"
        '<blockquote class="post"><p>NATO is at war with Russia.</p>'
        "&mdash; Kremlin (@kremlin)</blockquote>\n"
        "<script>embed.load()</script>\n\n"
        "<div><style>p {color: red}</style><p>Talks stalled.<br>Kyiv replied.</p></div>"
    )
    assert article.body == (
        "Peskov spoke.\n\nNATO is at war with Russia.\n\n— Kremlin (@kremlin)\n\n"
        "Talks stalled.\nKyiv replied."
    )


def test_lists_tables_and_line_breaks() -> None:
    """List items and table rows are blocks of their own, an ordered list keeps its numbers, and
    ``<br>`` is a line break."""
    article = markdown_text(
        "Demands:\n\n1. Pay rises of 9%\n2. A shorter week\n\n- Talks resume Monday\n"
        "- Ports stay shut<br>until then\n\n| Party | Seats |\n| --- | --- |\n| Labour | 412 |"
    )
    assert article.body.split("\n\n") == [
        "Demands:",
        "1. Pay rises of 9%",
        "2. A shorter week",
        "Talks resume Monday",
        "Ports stay shut\nuntil then",
        "Party | Seats",
        "Labour | 412",
    ]


def test_markup_alone_is_no_text() -> None:
    """Images, rules and scripts give no text at all."""
    article = markdown_text("![chart](chart.png)\n\n---\n\n<script>track()</script>\n")
    assert (article.heading, article.text) == (None, "")


@pytest.mark.parametrize("width", [45, 60, 70, 72, 80, 100])
def test_text_wrapped_at_any_width_is_unwrapped(width: int) -> None:
    """Paragraphs of real news text wrapped at a fixed width come back a paragraph a line."""
    wrapped = "\n\n".join(
        textwrap.fill(paragraph, width, break_on_hyphens=False, break_long_words=False)
        for paragraph in SEED_PARAGRAPHS
    )
    assert unwrap(wrapped) == "\n\n".join(SEED_PARAGRAPHS)


def test_lines_the_writer_chose_stay_in_wrapped_text() -> None:
    """In wrapped text a byline, list items (even long ones) and a closing credit line keep their
    own lines."""
    text = (
        "By Anna Lee\nReuters\n\n"
        + textwrap.fill(LEAD, 68)
        + "\n\nThe Kremlin set out its view in a statement issued on Monday:\n- NATO is at war\n"
        + "- Talks in Istanbul have stalled since the spring, officials\n"
        + "- Kyiv wants security guarantees from Western governments\n"
        + "Reuters contributed to this report"
    )
    assert unwrap(text).split("\n") == [
        "By Anna Lee",
        "Reuters",
        "",
        LEAD,
        "",
        "The Kremlin set out its view in a statement issued on Monday:",
        "- NATO is at war",
        "- Talks in Istanbul have stalled since the spring, officials",
        "- Kyiv wants security guarantees from Western governments",
        "Reuters contributed to this report",
    ]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("\n".join(SEED_PARAGRAPHS), id="paragraph_a_line"),
        pytest.param(
            "By Anna Lee and Tom Hart\nReuters\nMOSCOW, March 3\n\nTalks failed.", id="byline"
        ),
        pytest.param(
            "Russia says NATO is now in direct conflict with it over Ukraine\n"
            "Poland's foreign minister calls NATO involvement an open secret\n"
            "Putin signs law raising the age for military call-up to thirty\n"
            "Talks in Istanbul stall again as both sides trade the blame",
            id="headlines",
        ),
        pytest.param(
            "Party          Seats     Share of the vote\nLabour           412     33.7 per cent\n"
            "Conservative     121     23.7 per cent\nLiberal Democrat  72     12.2 per cent",
            id="table",
        ),
        pytest.param(
            "Year   Seats won by Labour in the general election\n"
            "2017   262 seats and 40.0 per cent of the vote\n"
            "2019   202 seats and 32.1 per cent of the vote cast\n"
            "2024   412 seats and 33.7 per cent of the vote",
            id="table_of_figures",
        ),
        pytest.param(
            "2017/47a2_3: change the bias type from lexical to informational, and remove the note\n"
            "2019/0d10_3: confirm that the bias type is lexical, and add a note for clarification\n"
            "2010/97b1_3: change the speaker from one party to the other, and change the target\n"
            "2014/b764_3: change the speaker from officials to other anti, and change the quote",
            id="dated_entries",
        ),
        pytest.param(
            "Office of the Mayor of Springfield, Illinois\n1 City Hall Plaza, Room 200\n"
            "Springfield, IL 62701, United States\nTelephone 555 0100",
            id="address",
        ),
    ],
)
def test_text_not_wrapped_at_a_width_is_left_as_it_is(text: str) -> None:
    """Lines that were never wrapped (a paragraph a line, a byline, headlines, a table, an
    address) keep their breaks."""
    assert unwrap(text) == text


@given(st.text(alphabet=st.sampled_from("ab .,\n"), max_size=400))
def test_unwrapping_only_turns_line_breaks_into_spaces(text: str) -> None:
    """Offsets into the unwrapped text still point at the same characters."""
    unwrapped = unwrap(text)
    assert len(unwrapped) == len(text)
    assert all(a == b or (a, b) == ("\n", " ") for a, b in zip(text, unwrapped, strict=True))
