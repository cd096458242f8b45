"""Markdown read as plain text, and text wrapped at a fixed width unwrapped."""

from __future__ import annotations

import textwrap

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml.html import fragment_fromstring

from compare.plain_text import (
    html_text,
    markdown_text,
    unwrap,
    with_block_breaks,
    without_caption_marks,
    without_pull_quotes,
    without_reference_marks,
    without_subheads,
)
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


def test_an_abstracts_bold_run_in_headings_open_their_paragraphs_sentences() -> None:
    """A journal abstract's "**Methods.**" heads its paragraph's first sentence and is no
    sentence of its own; a bold name that opens a sentence, and a bold line alone, stay as
    they are."""
    article = markdown_text(
        "**Methods.** We followed 2,410 dog owners for nine years.\n\n"
        "**Funding.** Lowfield Health Trust.\n\n**Dr Ellery** led the study.\n\n**Results.**"
    )
    assert article.body == (
        "Methods: We followed 2,410 dog owners for nine years.\n\nFunding: Lowfield Health "
        "Trust.\n\nDr Ellery led the study.\n\nResults."
    )


def test_leading_hash_heading_is_the_heading() -> None:
    """A ``#`` heading opening the article is its heading; later headings name its sections,
    which are no sentences of the story, and go; a kicker before the text stays for the opening
    to read."""
    article = markdown_text(
        "# Kremlin: NATO at war\n\n### Analysis\n\nPeskov spoke.\n\n## Reaction\n\nKyiv replied."
    )
    assert article.heading == "Kremlin: NATO at war"
    assert article.body == "Analysis\n\nPeskov spoke.\n\nKyiv replied."


def test_a_releases_end_mark_is_no_heading() -> None:
    """A press release's end mark, "###" alone on its line, is an empty heading to CommonMark:
    it stays a line of the text, as "# # #" does."""
    article = markdown_text(
        "Mill Road will get a bus lane.\n\n###\n\nMedia enquiries: 01632 960 114"
    )
    assert article.body == "Mill Road will get a bus lane.\n\n###\n\nMedia enquiries: 01632 960 114"
    assert markdown_text("Mill Road will get a bus lane.\n\n# # #").body.endswith("\n\n# # #")


def test_dashes_under_text_do_not_make_the_lead_a_heading() -> None:
    """A ``---`` line under lines of text (a setext heading to CommonMark) keeps every line."""
    article = markdown_text(
        "Peskov spoke on Monday.\nKyiv replied on Tuesday.\n---\nTalks stalled."
    )
    assert article.heading is None
    assert article.body == "Peskov spoke on Monday.\nKyiv replied on Tuesday.\n\nTalks stalled."


def test_raw_html_keeps_its_text_but_not_scripts() -> None:
    """A pasted HTML paragraph is text; its script and style are not, nor an embedded post,
    known by its handle on its last line though it lost the network's class."""
    article = markdown_text(
        "Peskov spoke.\n\n"
        '<blockquote class="post"><p>NATO is at war with Russia.</p>'
        "&mdash; Kremlin (@kremlin)</blockquote>\n"
        "<script>embed.load()</script>\n\n"
        "<div><style>p {color: red}</style><p>Talks stalled.<br>Kyiv replied.</p></div>"
    )
    assert article.body == "Peskov spoke.\n\nTalks stalled.\n\nKyiv replied."


@pytest.mark.parametrize(
    ("markdown", "body"),
    [
        pytest.param(
            "> Every route we cut is a lifeline for someone.\n> I know that, and it keeps me "
            "awake at night.",
            "“Every route we cut is a lifeline for someone. I know that, and it keeps me awake "
            "at night.”",
            id="without_marks",
        ),
        pytest.param(
            '> We asked why. "There is no money," the council said, and we were not surprised.',
            '“We asked why. "There is no money," the council said, and we were not surprised.”',
            id="quoting_inside",
        ),
        pytest.param(
            "> Two routes will go.\n>\n> The 14 stays, for now.\n>\n> — Anita Brooks",
            "“Two routes will go.”\n\n“The 14 stays, for now,” said Anita Brooks.",
            id="paragraphs_and_speaker",
        ),
    ],
)
def test_a_blockquote_is_a_quotation(markdown: str, body: str) -> None:
    """A newsletter sets a speaker's words apart as a blockquote, often without quotation
    marks: one with a speaker's line under it, or one paragraph in the first person, is given
    them, each paragraph one line."""
    assert markdown_text(f"Tarrow is cutting more bus routes.\n\n{markdown}").body == (
        f"Tarrow is cutting more bus routes.\n\n{body}"
    )


@pytest.mark.parametrize(
    ("markdown", "body"),
    [
        pytest.param(
            "> The Senate passed the bill early Saturday.\n>\n> It now goes to the president,"
            "\n> who has said he will sign it.",
            "The Senate passed the bill early Saturday.\n\nIt now goes to the president,\n"
            "who has said he will sign it.",
            id="excerpt",
        ),
        pytest.param(
            '> The mayor called the vote "a betrayal of Bellfield" and walked out.',
            'The mayor called the vote "a betrayal of Bellfield" and walked out.',
            id="quoting_inside",
        ),
        pytest.param(
            '> "We had no choice," Councillor Brooks told the Ledger.',
            '"We had no choice," Councillor Brooks told the Ledger.',
            id="quoted",
        ),
        pytest.param(
            "> The US will send 300 more troops, officials said.",
            "The US will send 300 more troops, officials said.",
            id="us_the_country",
        ),
    ],
)
def test_a_blockquote_of_someone_elses_story_stays_prose(markdown: str, body: str) -> None:
    """A newsletter excerpts a wire story as a blockquote: with no speaker's line under it and
    no first person outside a quotation of its own, it tells of others, and stays as written."""
    article = markdown_text(f"Here is the news overnight.\n\n{markdown}")
    assert article.body == f"Here is the news overnight.\n\n{body}"


@pytest.mark.parametrize(
    "markdown",
    [
        pytest.param(
            "> Editor's note: We have changed the names of the residents we met.", id="ed"
        ),
        pytest.param(
            "> Update \u2014 We added comment from the council.\n> \u2014 The Editors", id="update"
        ),
        pytest.param(
            "> Correction: An earlier version of this story misstated our figures.", id="fix"
        ),
        pytest.param(
            "> This story has been updated to include comment from the council. We regret the "
            "delay.",
            id="boilerplate",
        ),
        pytest.param("> Sign up for our newsletter: we send it every weekday.", id="promo"),
    ],
)
def test_a_note_on_the_article_in_a_blockquote_is_no_quotation(markdown: str) -> None:
    """An editor's note, an update or correction notice and other boilerplate set apart as a
    blockquote are the outlet's own, even in the first person or signed: they stay as written,
    so that they are boilerplate as before."""
    article = markdown_text(f"Tarrow is cutting more bus routes.\n\n{markdown}")
    assert article.body == f"Tarrow is cutting more bus routes.\n\n{markdown.replace('> ', '')}"


@pytest.mark.parametrize(
    "markdown",
    [
        pytest.param(
            '<blockquote class="twitter-tweet"><p lang="en">We worked through the night. '
            '<a href="https://t.co/x">pic.twitter.com/x1</a></p>&mdash; Mayor Jane Park '
            '(@MayorPark) <a href="https://twitter.com/x">June 12, 2025</a></blockquote>',
            id="twitter_embed",
        ),
        pytest.param(
            '<blockquote class="instagram-media"><p>We worked through the night.</p>'
            "<p>A post shared by Mayor Jane Park (@mayorpark)</p></blockquote>",
            id="instagram_embed",
        ),
        pytest.param(
            '<div class="fb-post" data-href="https://www.facebook.com/harborcity/posts/1">'
            '<blockquote class="fb-xfbml-parse-ignore"><p>We worked through the night.</p>'
            "Posted by Harbor City on Thursday, June 12, 2025</blockquote></div>",
            id="facebook_embed",
        ),
        pytest.param(
            "<blockquote><p>We worked through the night.</p>&mdash; Mayor Jane Park "
            "(@MayorPark) June 12, 2025</blockquote>",
            id="embed_that_lost_its_class",
        ),
    ],
)
def test_an_embedded_posts_html_is_no_text(markdown: str) -> None:
    """A social media post embedded in raw HTML is a third party's words shown on the page, as
    a picture is: neither its text nor its line of a handle and a date is the article's."""
    article = markdown_text(
        f"Crews pumped water out of 300 homes.\n\n{markdown}\n\nRoads reopened."
    )
    assert article.body == "Crews pumped water out of 300 homes.\n\nRoads reopened."


def test_an_embedded_post_copied_as_markdown_is_no_quotation() -> None:
    """A post copied as a Markdown blockquote, which no class marks, is shown, not quoted: its
    text and its line of a handle and a date stay as written, no "said" sentence made of them."""
    article = markdown_text(
        "Crews pumped water out of 300 homes.\n\n> We worked through the night. "
        "pic.twitter.com/x1\n>\n> \u2014 Mayor Jane Park (@MayorPark) June 12, 2025"
    )
    assert article.body.split("\n\n")[1:] == [
        "We worked through the night. pic.twitter.com/x1",
        "\u2014 Mayor Jane Park (@MayorPark) June 12, 2025",
    ]


def test_a_quotation_that_names_its_speaker_is_not_told_twice() -> None:
    """A blockquote whose paragraph already says who spoke, with the speaker's line under it
    too, is not told as said by them again: the line stays as written."""
    article = markdown_text(
        "The council leader said on Tuesday that the town would keep its last evening bus.\n\n"
        '> "We will not back down," Brooks said.\n> \u2014 Anita Brooks, council leader'
    )
    assert article.body.split("\n\n")[1:] == [
        '"We will not back down," Brooks said.',
        "\u2014 Anita Brooks, council leader",
    ]


@pytest.mark.parametrize(
    "speaker_line",
    [
        pytest.param("> — Maureen Doyle, 74", id="em_dash"),
        pytest.param(">\n> -- Maureen Doyle, 74", id="paragraph_of_its_own"),
    ],
)
def test_a_blockquotes_last_line_names_its_speaker(speaker_line: str) -> None:
    """A dash and a name under a blockquote say who spoke: the quotation is told as said by
    them, in one sentence, and the line is no text of its own."""
    article = markdown_text(
        "Bellfield has one evening bus left.\n\n"
        f'> "I used to get the 14 to the hospital. Now I pay for a taxi."\n{speaker_line}'
    )
    assert article.body == (
        "Bellfield has one evening bus left.\n\n"
        '"I used to get the 14 to the hospital. Now I pay for a taxi," said Maureen Doyle, 74.'
    )


def test_a_speaker_line_in_another_language_stays() -> None:
    """Another language names a speaker in words of its own: its line under the quotation stays
    as written."""
    article = markdown_text(
        "Die Stadt streicht zwanzig Buslinien, die meisten davon am Stadtrand.\n\n"
        "> Wir lassen niemanden zurück.\n> — Anna Weber, Bürgermeisterin"
    )
    assert article.body.split("\n\n")[1:] == [
        "“Wir lassen niemanden zurück.”",
        "— Anna Weber, Bürgermeisterin",
    ]


def test_an_html_blockquote_is_a_quotation() -> None:
    """A feed's HTML sets a quotation apart as a blockquote, its speaker in a footer: read as a
    Markdown one is."""
    html = (
        "<p>Tarrow is cutting more bus routes.</p><blockquote><p>Every route we cut is a "
        "lifeline for someone.</p><footer>— Anita Brooks, transport chief</footer>"
        "</blockquote><p>The cuts start in September.</p>"
    )
    assert html_text(html) == (
        "Tarrow is cutting more bus routes.\n\n"
        "“Every route we cut is a lifeline for someone,” said Anita Brooks, transport "
        "chief.\n\nThe cuts start in September."
    )


def test_html_indented_for_layout_is_no_code_block() -> None:
    """A content system's HTML indents its paragraphs: one indented after a blank line loses its
    tags as the first does, where Markdown would keep it whole as a code block."""
    html = (
        '<div class="entry-content">\n'
        "    <p>The ferry <em>Marlow Star</em> sank on Sunday.</p>\n\n"
        "    <p>Divers found the wreck on Tuesday, the coastguard said.</p>\n"
        "</div>"
    )
    assert html_text(html) == (
        "The ferry Marlow Star sank on Sunday.\n\n"
        "Divers found the wreck on Tuesday, the coastguard said."
    )


def test_a_script_inside_a_paragraph_is_no_text() -> None:
    """A script or style set inside a paragraph goes with its tags, as one of its own does; the
    text around it and inside other tags stays."""
    article = markdown_text(
        "The model, code-named <script>alert('x')</script>, ships in June, a <b>bold</b> move."
    )
    assert article.body == "The model, code-named , ships in June, a bold move."


def test_lists_tables_and_line_breaks() -> None:
    """List items and a table's rows below its header are blocks of their own, an ordered list
    keeps its numbers, and ``<br>`` is a line break."""
    article = markdown_text(
        "Demands:\n\n1. Pay rises of 9%\n2. A shorter week\n\n- Talks resume Monday\n"
        "- Ports stay shut<br>until then\n\n| Party | Seats |\n| --- | --- |\n| Labour | 412 |"
    )
    assert article.body.split("\n\n") == [
        "Demands:",
        "1. Pay rises of 9%",
        "2. A shorter week",
        "Talks resume Monday",
        "Ports stay shut",
        "until then",
        "Labour | 412",
    ]


def test_html_tables_and_definitions_keep_their_cells_apart() -> None:
    """Cells of a raw HTML table share a line, apart; terms and definitions are blocks."""
    article = markdown_text(
        "<table><tr><th>Party</th><th>Seats</th></tr><tr><td>Labour</td><td>412</td></tr></table>"
        "\n\n<dl><dt>Quorum</dt><dd>Half the members</dd></dl>"
    )
    assert article.body == "Labour | 412\n\nQuorum\n\nHalf the members"


@pytest.mark.parametrize(
    ("opening", "kept"),
    [
        pytest.param("<!-- TODO: check the quote", "", id="comment"),
        pytest.param('<?php include("ad.php")', "", id="processing_instruction"),
        pytest.param("<![CDATA[ ad slot", "", id="cdata"),
        pytest.param("<!DOCTYPE html", "", id="declaration"),
        pytest.param("<script>load(", "", id="script"),
        pytest.param("<pre>Talks failed on Monday.", "Talks failed on Monday.\n\n", id="pre"),
        pytest.param("<textarea>Talks failed.", "Talks failed.\n\n", id="textarea"),
    ],
)
def test_an_unclosed_html_block_does_not_hide_the_rest(opening: str, kept: str) -> None:
    """CommonMark runs an unclosed comment, script or preformatted block to the end of the
    file; the article goes on after its first line (after its opening tag, for text blocks)."""
    article = markdown_text(f"Peskov spoke.\n\n{opening}\n\nKyiv replied.")
    assert article.body == f"Peskov spoke.\n\n{kept}Kyiv replied."


def test_text_that_only_looks_like_a_tag_stays() -> None:
    """Angle brackets around words that are not HTML elements, or around a capitalised name
    that happens to be one, are text."""
    article = markdown_text(
        "He told <redacted> that <John Smith> had left <Time Warner>.<br clear=all>Kyiv "
        "<b>replied</b>."
    )
    assert article.body == (
        "He told <redacted> that <John Smith> had left <Time Warner>.\n\nKyiv replied."
    )


@pytest.mark.parametrize(
    "table",
    [
        pytest.param(
            "| Party | Seats | Change |\n| --- | ---: | ---: |\n| Greens | 12 | +4 |\n"
            "| Labour | 30 | -2 |",
            id="markdown",
        ),
        pytest.param(
            "<table><thead><tr><th>Party</th><th>Seats</th><th>Change</th></tr></thead><tbody>"
            "<tr><td>Greens</td><td>12</td><td>+4</td></tr>"
            "<tr><td>Labour</td><td>30</td><td>-2</td></tr></tbody></table>",
            id="html_head",
        ),
        pytest.param(
            "<table><tr><th>Party</th><th>Seats</th><th>Change</th></tr>"
            "<tr><td>Greens</td><td>12</td><td>+4</td></tr>"
            "<tr><td>Labour</td><td>30</td><td>-2</td></tr></table>",
            id="html_row_of_headings",
        ),
    ],
)
def test_a_tables_header_row_is_no_text(table: str) -> None:
    """A table's header row names its columns, and is no sentence to match another table's
    header by: only the rows of figures are read, each a block, its cells apart."""
    article = markdown_text(f"The Greens won 12 seats.\n\n{table}\n\nTurnout was 41 percent.")
    assert article.body.split("\n\n") == [
        "The Greens won 12 seats.",
        "Greens | 12 | +4",
        "Labour | 30 | -2",
        "Turnout was 41 percent.",
    ]


def test_an_html_rows_own_heading_is_text() -> None:
    """A row that heads its own figures ("<th>Greens</th><td>12</td>") is a row of the table,
    not its header."""
    article = markdown_text(
        "<table><tr><th>Party</th><th>Seats</th></tr><tr><th>Greens</th><td>12</td></tr>"
        "<tr><th>Labour</th><td>30</td></tr></table>"
    )
    assert article.body == "Greens | 12\n\nLabour | 30"


def test_table_cells_past_the_header_and_footnotes_keep_their_text() -> None:
    """CommonMark drops a row's cells past the header's count and GitHub's footnotes are no
    CommonMark: both are text all the same; footnote marks and empty cells are not."""
    article = markdown_text(
        "Peskov spoke on Monday.[^1]\n\n| City | Dead |\n| --- | --- |\n"
        "| Kharkiv | 4 | *police figure* |\n| Sumy | |\n\n[^1]: Reuters"
    )
    assert article.body.split("\n\n") == [
        "Peskov spoke on Monday.",
        "Kharkiv | 4 | police figure",
        "Sumy",
        "Reuters",
    ]


@pytest.mark.parametrize(
    "table",
    [
        pytest.param("| City | Dead |\r| --- | --- |\r| Sumy | 4 | police |", id="cr_line_endings"),
        pytest.param(
            "- > | City | Dead |\n  > | --- | --- |\n  > | Sumy | 4 | police |",
            id="quoted_in_a_list",
        ),
    ],
)
def test_table_cells_past_the_header_are_found_in_any_layout(table: str) -> None:
    """The row as written is found whatever its line endings and the marks before it."""
    assert markdown_text(table).body == "Sumy | 4 | police"


def test_asterisks_inside_a_word_are_text() -> None:
    """A product and a censored word keep their asterisks; emphasis around words loses them."""
    article = markdown_text("The 2*3*4 grid was, he said, s**t and *not* f**ing safe.")
    assert article.body == "The 2*3*4 grid was, he said, s**t and not f**ing safe."


def test_an_item_number_stays_with_its_item() -> None:
    """An ordered item's number goes before its first block, never onto a later bullet."""
    article = markdown_text("1. ```\n   Clause 4\n   ```\n   Both sides agree.\n\n- Talks resume")
    assert article.body == "1. Clause 4\n\nBoth sides agree.\n\nTalks resume"


def test_a_title_is_one_line() -> None:
    """Breaks inside the heading that becomes the title are spaces."""
    assert (
        markdown_text("# Kremlin accuses<br>NATO\n\nPeskov spoke.").heading
        == "Kremlin accuses NATO"
    )


def test_only_a_top_level_heading_is_a_title() -> None:
    """A first line set as a lower heading (a byline, a kicker) stays in the text."""
    article = markdown_text("### By Ann Lee, Reuters\n\nPeskov spoke.")
    assert (article.heading, article.body) == (None, "By Ann Lee, Reuters\n\nPeskov spoke.")


def test_markup_alone_is_no_text() -> None:
    """Images, rules and scripts give no text at all."""
    article = markdown_text("![chart](chart.png)\n\n---\n\n<script>track()</script>\n")
    assert (article.heading, article.text) == (None, "")


@pytest.mark.parametrize("break_on_hyphens", [True, False], ids=["hyphens", "spaces"])
@pytest.mark.parametrize("width", [45, 60, 70, 72, 80, 100])
def test_text_wrapped_at_any_width_is_unwrapped(width: int, break_on_hyphens: bool) -> None:
    """Paragraphs of real news text wrapped at a fixed width, also after the hyphen of a word
    ("United States-\nled"), come back a paragraph a line."""
    wrapped = "\n\n".join(
        textwrap.fill(paragraph, width, break_on_hyphens=break_on_hyphens, break_long_words=False)
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
        + "Reuters contributed to this report."
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
        "Reuters contributed to this report.",
    ]


def test_blocks_beside_wrapped_text_keep_their_lines() -> None:
    """A headline and byline above wrapped text, and headlines, a table, a signature and a credit
    below it, are not paragraphs of prose: none of their lines is joined."""
    blocks = [
        "Kremlin accuses NATO of being a direct participant in Ukraine war\nBy Ann Lee",
        textwrap.fill(LEAD, 66),
        "Related coverage\nPoland's foreign minister calls NATO involvement an open secret\n"
        "Putin signs law raising the age for military call-up to thirty years",
        "Party          Seats     Share of the vote\nLabour           412     33.7 per cent",
        "Moscow correspondent, Reuters News and Media, Moscow bureau office\n"
        "Telephone +7 495 775 12 42",
        textwrap.fill("Talks will resume in Istanbul next week, officials said", 40)
        + "\nReuters contributed to this report",
    ]
    unwrapped = unwrap("\n\n".join(blocks)).split("\n\n")
    assert unwrapped == [blocks[0], LEAD, *blocks[2:]]


def test_a_break_after_a_hyphen_closes_up() -> None:
    """A word broken after its hyphen is one word again, with no space inside."""
    text = textwrap.fill(
        "Tensions between Russia and the United States-led alliance have escalated to a critical "
        "point, the Kremlin said, after the alliance-wide summit in Washington.",
        46,
    )
    assert "States-\nled" in text
    assert unwrap(text) == (
        "Tensions between Russia and the United States-led alliance have escalated to a critical "
        "point, the Kremlin said, after the alliance-wide summit in Washington."
    )


TYPESET = (
    "The cause of the fire is under investigation, and Whitfield said investi-\n"
    "gators had not ruled anything out as crews brought the blaze under con-\n"
    "trol on Friday, calling the well-known plant a hazard until at least mid-\n"
    "2026, when its permit ends, as the residents of the east side and the well-\n"
    "known watchdog group had warned the council for years before the fire."
)


@pytest.mark.parametrize(
    ("typeset", "unwrapped"),
    [
        pytest.param(
            True,
            "The cause of the fire is under investigation, and Whitfield said investigators had "
            "not ruled anything out as crews brought the blaze under control on Friday, calling "
            "the well-known plant a hazard until at least mid-2026, when its permit ends, as the "
            "residents of the east side and the well-known watchdog group had warned the council "
            "for years before the fire.",
            id="typeset",
        ),
        pytest.param(
            False,
            "The cause of the fire is under investigation, and Whitfield said investi-gators had "
            "not ruled anything out as crews brought the blaze under con-trol on Friday, calling "
            "the well-known plant a hazard until at least mid-2026, when its permit ends, as the "
            "residents of the east side and the well-known watchdog group had warned the council "
            "for years before the fire.",
            id="wrapped_by_a_program",
        ),
    ],
)
def test_a_typesetters_hyphen_goes_and_a_words_own_stays(typeset: bool, unwrapped: str) -> None:
    """In a text hyphenated by its typesetter, as a printed page is, a hyphen at a line's end
    between two small letters goes ("investi-" / "gators"); one the text writes its word with
    elsewhere ("well-known") stays, and so does one before a figure ("mid-" / "2026"). A text a
    program wrapped breaks lines only after a word's own hyphen: there they all stay."""
    assert unwrap(TYPESET, typeset=typeset) == unwrapped


# A wire story as an OCR'd small-town paper sets it, in a column of about 32 characters.
COLUMN = (
    "Nine miners were entombed to-\n"
    "day when gas exploded in the\n"
    "Pine Ridge colliery. The shift\n"
    "of 210 men had just de-\n"
    "scended the shaft, and the well-\n"
    "known mine inspector, Thom-\n"
    "as Reilly said most were un-\n"
    "hurt, but nine were trap-\n"
    "ped behind a fall of rock."
)


def test_a_narrow_columns_typesetters_hyphens_go_and_a_compounds_stay() -> None:
    """A column as narrow as a newspaper's, as an OCR'd page gives it, was hyphenated by its
    typesetter: a hyphen between small letters goes ("de-" / "scended", "Thom-" / "as"), but
    for a compound's ("well-" / "known")."""
    assert unwrap(COLUMN) == (
        "Nine miners were entombed today when gas exploded in the Pine Ridge colliery. The "
        "shift of 210 men had just descended the shaft, and the well-known mine inspector, Thomas "
        "Reilly said most were unhurt, but nine were trapped behind a fall of rock."
    )


def test_a_hyphen_that_the_text_explains_goes_in_any_text() -> None:
    """A word broken after a hyphen that the text writes whole elsewhere ("cooperate") is that
    word, however the text was wrapped."""
    text = (
        "The two unions agreed on Monday to co-\noperate, after weeks in which neither would\n"
        "cooperate with the other, officials said on\nthe steps of the court house."
    )
    assert unwrap(text) == (
        "The two unions agreed on Monday to cooperate, after weeks in which neither would "
        "cooperate with the other, officials said on the steps of the court house."
    )


def test_lines_after_the_last_sentence_of_a_block_stay() -> None:
    """A trailer under the last paragraph ("-30-", an unpunctuated credit) keeps its line, and
    the paragraph above it is unwrapped."""
    text = textwrap.fill(LEAD, 66) + "\nReuters contributed to this report\n-30-"
    assert unwrap(text) == LEAD + "\nReuters contributed to this report\n-30-"


@pytest.mark.parametrize(
    "last_words",
    [
        pytest.param("sagte vor Journalisten: \u201eWir geben nicht auf.\u201c", id="german_quote"),
        pytest.param(
            "said that the dispute was \u300ca matter for Tokyo\u300d", id="corner_bracket"
        ),
    ],
)
def test_a_paragraph_may_end_with_a_closing_quotation_mark(last_words: str) -> None:
    """A German quotation closes with "\u201c", a Japanese one with a corner bracket: the line
    ending with one ends its paragraph, which is unwrapped to its last line."""
    paragraphs = [
        "Die Gewerkschaft der Hafenarbeiter hat am Montag in Hamburg einen Streik ausgerufen, der "
        f"nach ihren Angaben bis Freitag dauern soll. Ihr Vorsitzender {last_words}",
        "Der Hafenbetreiber erkl\u00e4rte am Abend, die Verhandlungen w\u00fcrden am Mittwoch in "
        "Bremen fortgesetzt, und rief die Besch\u00e4ftigten auf, an die Arbeit zur\u00fcckzukehren.",
    ]
    wrapped = "\n\n".join(textwrap.fill(paragraph, 60) for paragraph in paragraphs)
    assert unwrap(wrapped) == "\n\n".join(paragraphs)


def test_a_headline_and_byline_over_wrapped_text_stand_alone() -> None:
    """A headline and byline right above wrapped text, with no blank line, keep their lines."""
    head = "Kremlin accuses NATO of being a direct participant in Ukraine war\nBy Ann Lee\n"
    assert unwrap(head + textwrap.fill(LEAD, 68)) == head + LEAD


def test_unspaced_scripts_join_without_a_space() -> None:
    """Chinese wrapped at a fixed width joins up with no space between characters."""
    paragraph = (
        "克里姆林宫发言人佩斯科夫13日表示，北约已直接参与乌克兰冲突，西方对乌克兰的支持使北约与俄罗斯"
        "处于公开对抗状态。他说，俄罗斯将对任何此类举动作出回应，并称谈判已经停止，双方仍在互相指责。"
    )
    wrapped = "\n".join(paragraph[start : start + 30] for start in range(0, len(paragraph), 30))
    assert unwrap(wrapped) == paragraph


def test_one_long_line_does_not_set_the_width() -> None:
    """A line longer than the wrapping width (an address) leaves the rest wrapped as it was."""
    address = (
        "The statement is at https://www.kremlin.example/events/president/news/2025/01/13/nato"
        "-direct-participant\nin full."
    )
    text = textwrap.fill(LEAD, 66) + "\n\n" + address
    assert unwrap(text) == LEAD + "\n\n" + address.replace("\n", " ")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("\n".join(SEED_PARAGRAPHS), id="paragraph_a_line"),
        pytest.param(
            "Kremlin says NATO is now in direct conflict with Russia\n"
            "By Ann Lee, Moscow correspondent\n" + LEAD + "\nTalks in Istanbul have stalled.",
            id="headline_and_byline_over_a_paragraph_a_line",
        ),
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
            "روس کا کہنا ہے کہ نیٹو یوکرین کی جنگ میں براہ راست فریق بن چکا ہے\n"
            "پولینڈ کے وزیر خارجہ نے نیٹو کی شمولیت کو کھلا راز قرار دے دیا\n"
            "استنبول میں مذاکرات ایک بار پھر تعطل کا شکار ہو گئے ہیں اور\n"
            "کیف مغربی حکومتوں سے سلامتی کی ضمانتیں چاہتا ہے اس ہفتے",
            id="urdu_headlines",
        ),
        pytest.param(
            "the ports stay shut until the union and the employers agree on pay\n"
            "the talks resume in the capital on monday under a new mediator\n"
            "the ferries to the islands run a reduced timetable for the week",
            id="lowercase_items",
        ),
        pytest.param(
            "俄罗斯称北约直接参与乌克兰冲突\n新华社莫斯科1月13日电\n记者李安娜\n"
            "克里姆林宫发言人佩斯科夫13日表示，北约已直接参与乌克兰冲突，西方对乌克兰的支持使北约与俄罗斯"
            "处于公开对抗状态。\n他说，俄罗斯将对任何此类举动作出回应。",
            id="chinese_paragraph_a_line",
        ),
        pytest.param(
            "Kremlin accuses NATO of direct role in war in Ukraine\n"
            "By Ann Lee and Tom Hart, Reuters correspondents\n"
            "Peskov spoke on Monday.\nNATO denied it.\nTalks stalled.",
            id="brief",
        ),
        pytest.param(
            "Russia says NATO is now in direct conflict with it over Ukraine\n"
            "Poland's foreign minister calls NATO involvement an open secret\n"
            "Putin signs law raising the age for military call-up to thirty\n"
            "Talks in Istanbul stall again as both sides trade the blame.",
            id="headlines_ending_in_a_stop",
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


@given(st.text(alphabet=st.sampled_from("ab .,-1)A\t\n"), max_size=400))
def test_unwrapping_only_joins_lines(text: str) -> None:
    """Unwrapping turns line breaks into spaces, or drops them after a word's hyphen; every
    other character stays."""
    unwrapped = unwrap(text)
    assert unwrapped.replace("\n", "").replace(" ", "") == text.replace("\n", "").replace(" ", "")
    assert unwrapped.count(" ") >= text.count(" ")
    assert len(text) - len(unwrapped) <= text.count("-\n")


@pytest.mark.parametrize(
    ("markdown", "body"),
    [
        pytest.param(
            "The ferry sank.\n\n![The ferry](ferry.jpg)\n*The Marlow Star in 2022. Photo: Bay Post*\n\nAll were rescued.",
            "The ferry sank.\n\nAll were rescued.",
            id="caption_under_its_picture",
        ),
        pytest.param(
            "The ferry sank.\n\n![The ferry](ferry.jpg)\n\n*Reuters contributed to this report*",
            "The ferry sank.\n\nReuters contributed to this report",
            id="a_paragraph_in_emphasis_after_a_picture_stays",
        ),
        pytest.param(
            "![The ferry](ferry.jpg) The ferry sank, *officials said*.",
            "The ferry sank, officials said.",
            id="text_after_a_picture_stays",
        ),
    ],
)  # fmt: skip
def test_a_pictures_caption_is_no_text(markdown: str, body: str) -> None:
    """A caption in emphasis on the line under its picture goes, as a saved page's extraction
    drops captions; a paragraph of its own in emphasis may be a credit line, and stays."""
    assert markdown_text(markdown).body == body


# A long-form piece's paragraphs, each quoting someone its pull-quotes repeat.
CARER = (
    '"You\'d come in and see your name next to someone who was not coming," said Rosa Quint, '
    "who worked nights at Fernlea Court until 2023."
)
MANAGER = (
    '"If the number went under the line, you got a call," one manager said. "Nobody asked you '
    'to hire anyone. They asked you to fix the number."'
)
ROTAS = "The rotas of 23 homes listed more night staff than payroll paid for, shift by shift."


@pytest.mark.parametrize(
    ("text", "read"),
    [
        pytest.param(
            "Payroll paid for 12 nights. [1] Rotas listed 19.",
            "Payroll paid for 12 nights. Rotas listed 19.",
            id="spaced_after_a_stop",
        ),
        pytest.param(
            "Rotas listed 19 nights.[12]\nPayroll paid for 12.",
            "Rotas listed 19 nights.\nPayroll paid for 12.",
            id="glued_at_a_lines_end",
        ),
        pytest.param(
            "The gap appeared in six homes [3], the audit found.",
            "The gap appeared in six homes, the audit found.",
            id="spaced_inside_a_sentence",
        ),
        pytest.param(
            "Fees rose by 9 percent[a][b] a year.",
            "Fees rose by 9 percent a year.",
            id="letters_run_together",
        ),
        pytest.param(
            "He said it was [a] fool's errand [sic].",
            "He said it was [a] fool's errand [sic].",
            id="an_editors_words_in_brackets_stay",
        ),
        pytest.param(
            "The vote was 31 to 12 [in favour].",
            "The vote was 31 to 12 [in favour].",
            id="no_mark_no_change",
        ),
    ],
)
def test_reference_marks_are_no_words(text: str, read: str) -> None:
    """A number or small letter in brackets set after a word or a stop points to a note, as
    Markdown's ``[^1]`` does, and goes; an editor's words in brackets stay."""
    assert without_reference_marks(text) == read


@pytest.mark.parametrize(
    ("notes", "read"),
    [
        pytest.param(
            "1. Hours paid include leave.\n2. Filings to March 2024.",
            "Hours paid include leave.\nFilings to March 2024.",
            id="numbered",
        ),
        pytest.param(
            "[1] Hours paid include leave.\n[2] Filings to March 2024.",
            "Hours paid include leave.\nFilings to March 2024.",
            id="bracketed",
        ),
        pytest.param(
            "1. Hours paid include leave.\n3. Filings to March 2024.",
            "Hours paid include leave.\n3. Filings to March 2024.",
            id="a_number_no_mark_names_stays",
        ),
    ],
)
def test_an_endnote_lists_numbers_are_no_words(notes: str, read: str) -> None:
    """The notes after the last reference mark lose the numbers the marks name; a numbered list
    before the marks (steps, a ranking) keeps its own."""
    steps = "1. Call the home.\n2. Ask for the rota."
    text = f"{steps}\n\nRotas listed 19 nights.[1] Payroll paid for 12.[2]\n\n{notes}"
    assert without_reference_marks(text) == (
        f"{steps}\n\nRotas listed 19 nights. Payroll paid for 12.\n\n{read}"
    )


@pytest.mark.parametrize(
    "pull_quote",
    [
        pytest.param(
            '> "You\'d come in and see your name next to someone who was not coming."\n>\n'
            "> \u2014 Rosa Quint, former night worker",
            id="quotation_and_its_speaker",
        ),
        pytest.param(
            "> **Nobody asked you to hire anyone. They asked you to fix the number.**",
            id="bold_without_quotation_marks",
        ),
        pytest.param(
            "> \u201cNobody asked you to hire anyone \u2026 fix the number.\u201d",
            id="cut_at_an_ellipsis",
        ),
    ],
)
def test_a_markdown_pull_quote_is_no_text(pull_quote: str) -> None:
    """A blockquote that repeats what the article quotes in full is a pull-quote: it goes, with
    its speaker's line."""
    article = markdown_text(f"{CARER}\n\n{pull_quote}\n\n{MANAGER}\n\n{ROTAS}")
    assert article.body == f"{CARER}\n\n{MANAGER}\n\n{ROTAS}"


@pytest.mark.parametrize(
    ("blockquote", "read"),
    [
        pytest.param(
            '> "We will not close a single home."\n>\n> \u2014 Ann Lee, chief executive',
            '"We will not close a single home," said Ann Lee, chief executive.',
            id="a_quotation_told_only_here",
        ),
        pytest.param(
            "> Nobody asked the council to hire anyone.",
            "Nobody asked the council to hire anyone.",
            id="an_excerpt_of_other_words",
        ),
        pytest.param(
            '> "They asked you."\n>\n> \u2014 A manager',
            '"They asked you," said A manager.',
            id="too_few_words",
        ),
    ],
)
def test_a_blockquote_that_repeats_no_quotation_stays(blockquote: str, read: str) -> None:
    """A blockquote whose words the article quotes nowhere else, or only a few of them, is text
    of its own."""
    article = markdown_text(f"{MANAGER}\n\n{blockquote}\n\n{ROTAS}")
    assert article.body == f"{MANAGER}\n\n{read}\n\n{ROTAS}"


def test_an_html_pull_quote_goes_with_its_cite() -> None:
    """A feed's HTML blockquote repeating a quotation of its paragraphs goes, the speaker its
    ``<cite>`` names too; one repeating none stays."""
    html = (
        f"<p>{CARER}</p>"
        "<blockquote class='pullquote'><p>&ldquo;You'd come in and see your name next to someone "
        "who was not coming.&rdquo;</p><cite>Rosa Quint</cite></blockquote>"
        f"<p>{ROTAS}</p><blockquote><p>The Senate passed the bill.</p></blockquote>"
    )
    assert html_text(html) == f"{CARER}\n\n{ROTAS}\n\nThe Senate passed the bill."


def test_an_html_blockquote_in_a_list_item_repeats_no_quotation_of_its_own() -> None:
    """A blockquote set inside a list item is no pull-quote of the item that holds it: the
    item's text is its own words, which the article says nowhere else, and they stay."""
    quoted = '"Nobody asked us whether the night staff were enough," one carer said.'
    html = (
        f"<p>{ROTAS}</p><ul><li>From the carers:<blockquote><p>{quoted}</p></blockquote></li></ul>"
    )
    assert quoted in html_text(html)


@pytest.mark.parametrize(
    ("pull_quote", "kept"),
    [
        pytest.param(
            '"Nobody asked you to hire anyone." \u2014 Ann Lee, former manager',
            "",
            id="speaker_after_it",
        ),
        pytest.param(
            "\u201cThey asked you to fix the number.\u201d\n\u2014 Ann Lee",
            "",
            id="speaker_on_the_next_line",
        ),
        pytest.param(
            '"We will not close a single home." \u2014 Ann Lee, chief executive',
            '"We will not close a single home." \u2014 Ann Lee, chief executive\n\n',
            id="a_quotation_told_only_here_stays",
        ),
        pytest.param(
            '"Nobody asked you to hire anyone," Ann Lee said again.',
            '"Nobody asked you to hire anyone," Ann Lee said again.\n\n',
            id="a_sentence_that_quotes_again_stays",
        ),
    ],
)
def test_a_plain_texts_pull_quote_line_goes(pull_quote: str, kept: str) -> None:
    """A line of a quotation and its speaker after a dash that repeats what another line quotes
    is a pull-quote; a quotation said only there, or a sentence quoting again, stays."""
    text = f"{MANAGER}\n\n{pull_quote}\n\n{ROTAS}"
    assert without_pull_quotes(text) == f"{MANAGER}\n\n{kept}{ROTAS}"


SECTIONED = (
    f"{CARER}\n\nWhere the money went\n\n{ROTAS}\n\nWhat Harrow says\n\n{MANAGER}\n\n"
    "Notes\n\n1. Hours paid include leave.\n2. Filings to March 2024."
)


def test_a_plain_texts_subheads_go() -> None:
    """Short lines of their own between paragraphs, ending no sentence, head the sections of a
    text set in sections, as Markdown's headings after the first paragraph do: they go."""
    assert without_subheads(SECTIONED) == (
        f"{CARER}\n\n{ROTAS}\n\n{MANAGER}\n\n1. Hours paid include leave.\n2. Filings to March 2024."
    )


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Police said nobody was hurt", id="a_statement_without_its_stop"),
        pytest.param("Tarrow, May 14", id="a_dateline"),
        pytest.param("Tuesday 14 May 2024", id="a_date"),
        pytest.param("By Ann Lee", id="a_byline"),
        pytest.param("- Night rotas", id="a_list_item"),
        pytest.param("WHERE THE MONEY WENT", id="in_capitals"),
        pytest.param("About Harrow Care Group Ltd", id="a_releases_about_heading"),
        pytest.param('The "compliance" figure', id="a_quotation"),
    ],
)
def test_lines_that_head_no_section_stay(line: str) -> None:
    """A short line without a stop that reads as a sentence, a dateline, a byline, a list item or
    a heading a page or a press release sets apart is no subhead."""
    text = SECTIONED.replace("What Harrow says", line)
    assert line in without_subheads(text).split("\n")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(f"{CARER}\n\nNobody was hurt\n\n{ROTAS}", id="one_short_line_alone"),
        pytest.param(
            f"{CARER}\n\nWhere the money went\n\n"
            "Rotas listed more night staff than the payroll paid for in 17 homes\n\n"
            f"Methodology\n\n{ROTAS}",
            id="a_writer_who_leaves_out_stops",
        ),
        pytest.param(
            f"Where the money went\n\nMethodology\n\n{CARER}", id="before_the_text_begins"
        ),
    ],
)
def test_short_lines_that_may_be_sentences_stay(text: str) -> None:
    """One short line without a stop may be a sentence that lost it, and so may all of them in a
    text whose writer leaves stops out; lines before the first sentence are the opening's."""
    assert without_subheads(text) == text


@pytest.mark.parametrize(
    ("captions", "text"),
    [
        pytest.param(
            ">>> KBAY NEWS. I'M CARLA VOSS.\n>> STORM ELEANOR CUT POWER TO 180,000 HOMES.",
            "KBAY NEWS. I'M CARLA VOSS.\nSTORM ELEANOR CUT POWER TO 180,000 HOMES.",
            id="speaker_and_story_marks",
        ),
        pytest.param(
            ">> [ HOLT ] I AM NOT GOING TO PROMISE POWER BY TUESDAY.",
            "I AM NOT GOING TO PROMISE POWER BY TUESDAY.",
            id="speaker_in_spaced_brackets",
        ),
        pytest.param(
            "Shares rose 5% (see chart) >> more on page 3.\n[1] Source: filings.",
            "Shares rose 5% (see chart) >> more on page 3.\n[1] Source: filings.",
            id="marks_inside_a_line_and_notes_kept",
        ),
        pytest.param(
            "\tRIVERTON - A fire hurt two firefighters.\n\tCrews left at dawn.",
            "\tRIVERTON - A fire hurt two firefighters.\n\tCrews left at dawn.",
            id="indented_paragraphs_kept",
        ),
    ],
)
def test_caption_marks_are_no_text(captions: str, text: str) -> None:
    """The marks closed captions open lines with (">>" a new speaker, ">>>" a new story, "[
    HOLT ]" the speaker) are no words of the broadcast; the same marks inside a line, and a
    note's bracketed number, stay."""
    assert without_caption_marks(captions) == text


# A ferry notice's article: a headline, a byline, a <time> and two paragraphs.
FERRY_ARTICLE = (
    "<article><h1>Island ferry cancelled</h1><p class='byline'>By Orla Finch</p>"
    "<time datetime='2025-02-11'>11 February 2025</time><p>The morning ferry to Inchmore was"
    " cancelled.</p><p>Gales are forecast until Thursday.</p></article>"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Island ferry cancelled By Orla Finch 11 February 2025 The morning ferry to Inchmore"
            " was cancelled. Gales are forecast until Thursday.",
            [
                "Island ferry cancelled",
                "By Orla Finch",
                "11 February 2025",
                "The morning ferry to Inchmore was cancelled.",
                "Gales are forecast until Thursday.",
            ],
            id="whole_article_on_one_line",
        ),
        pytest.param(
            "The morning ferry to Inchmore was cancelled.\nGales are forecast until Thursday.",
            ["The morning ferry to Inchmore was cancelled.", "Gales are forecast until Thursday."],
            id="lines_already_apart",
        ),
        pytest.param(
            "Island ferry cancelled after gales",
            ["Island ferry cancelled after gales"],
            id="not_wholly_of_blocks",
        ),
    ],
)
def test_with_block_breaks_parts_the_blocks_a_line_runs_together(
    text: str, expected: list[str]
) -> None:
    """A line made of the page's blocks run together is parted into them, headline, byline and
    time each a line; a line that is one block, or not wholly made of them, stays as it is."""
    assert with_block_breaks(text, fragment_fromstring(FERRY_ARTICLE)).split("\n") == expected
