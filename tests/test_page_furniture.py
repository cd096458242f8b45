"""A web page's furniture in a copy of its text or a print of it: never the article's sentences."""

from __future__ import annotations

import pytest

from compare import page_furniture
from compare.page_furniture import PageCopy, page_copy, readable_outlet

LEDE = (
    "HARBOR CITY (Coastal Press Agency) \u2014 Dockworkers walked off the job at the port on "
    "Monday, halting cargo traffic, union officials said."
)
SECOND = "Talks with the port authority broke down on Friday after three weeks."
LAST = "The union said the strike would last until a new contract is signed."


@pytest.mark.parametrize(
    ("pasted", "kept"),
    [
        pytest.param(
            f"Skip to main content\nHarbor Times\nSubscribe\nSign in\nNews\nLocal\nSports\n"
            f"Opinion\nPort workers strike over pay\n\n{LEDE}\n{SECOND}",
            f"Port workers strike over pay\n\n{LEDE}\n{SECOND}",
            id="menu_a_line_an_item",
        ),
        pytest.param(
            f"HARBOR TIMES        News   Sports   Opinion   Obituaries   Subscribe\n\n"
            f"Port workers strike over pay\n\n{LEDE}",
            f"Port workers strike over pay\n\n{LEDE}",
            id="menu_on_one_line",
        ),
        pytest.param(
            f"{LEDE}\nADVERTISEMENT\n{SECOND}\nStory continues below advertisement\n{LAST}",
            f"{LEDE}\n{SECOND}\n{LAST}",
            id="advertisements_marks",
        ),
        pytest.param(
            f"{LEDE}\nRead more: Port authority names new director\n{SECOND}",
            f"{LEDE}\n{SECOND}",
            id="link_to_another_story",
        ),
        pytest.param(
            f"{LEDE}\n{LAST}\nMost Read\nHarbor man charged in string of car break-ins\n"
            "New taco spot opens on Main Street\nWill the ferry run this summer?\n",
            f"{LEDE}\n{LAST}",
            id="most_read_list",
        ),
        pytest.param(
            f"{LEDE}\n\nRelated Stories\n\n1.\nPort authority names new director\n2.\n"
            f"Ferry fares rise\n\n{LAST}",
            f"{LEDE}\n\n{LAST}",
            id="related_list_numbered_between_paragraphs",
        ),
        pytest.param(
            f"{LEDE}\n\nRelated Stories\nRelated Stories\n\nFerry fares rise\n\n{LAST}",
            f"{LEDE}\n\n{LAST}",
            id="heading_repeated_over_its_list",
        ),
        pytest.param(
            f"{LEDE}\n{LAST}\nSign up for our daily newsletter\nEnter your email\n"
            "Privacy Policy | Terms of Service | Contact",
            f"{LEDE}\n{LAST}\nSign up for our daily newsletter",
            id="sign_up_form_and_footer_links",
        ),
        pytest.param(
            f"{LEDE}\n\n\u00a9 2025 Harbor Times. All rights reserved.   Privacy   Terms   "
            "Contact us\n\nAbout Us\nCareers\nAdvertise\nContact",
            f"{LEDE}\n\n\u00a9 2025 Harbor Times. All rights reserved.",
            id="footer_links_after_copyright_and_footer_menu",
        ),
        pytest.param(
            f"{LEDE}\n\nUPDATE: Gates 4 to 9 are closed. Please avoid the area. "
            "pic.twitter.com/k2Lw9\n\u2014 Harbor City Police (@HarborPD) June 14, 2025\n\n"
            f"{LAST}",
            f"{LEDE}\n\nUPDATE: Gates 4 to 9 are closed. Please avoid the area.\n\n{LAST}",
            id="embedded_posts_signature_and_picture_link",
        ),
        pytest.param(
            f"{LEDE}\n\nPickets at gate 4 this morning.\n"
            f"A post shared by Harbor Dockers Union (@harbor.dockers)\n\n{LAST}",
            f"{LEDE}\n\nPickets at gate 4 this morning.\n\n{LAST}",
            id="instagram_posts_signature",
        ),
    ],
)
def test_a_pages_furniture_in_a_copy_of_its_text_goes(pasted: str, kept: str) -> None:
    """What a web page shows around its article (menus, advertisements' marks, links to its other
    stories, its sign-up form, its footer's links, an embedded post's signature line and picture
    link), copied with its text, is none of it. An embedded post's own words stay: a copy keeps
    no sign of where they begin."""
    assert page_copy(pasted).text == kept


def test_a_list_heading_repeated_on_every_line_is_read_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A page whose copy repeats "Related Stories" on a thousand lines loses them all, each line
    asked once whether it is a listed headline (each heading's list was read to the page's end:
    4,000 such lines took seconds)."""
    asked: list[str] = []
    is_listed_headline = page_furniture._is_listed_headline

    def counted(line: str) -> bool:
        asked.append(line)
        return is_listed_headline(line)

    monkeypatch.setattr(page_furniture, "_is_listed_headline", counted)
    headings = "Related Stories\n" * 1000
    assert page_copy(f"{LEDE}\n{headings}{LAST}").text == f"{LEDE}\n{LAST}"
    assert len(asked) <= 1000


HEADED = f"Port workers strike over pay\n\nBy Ann Lee\nApril 1, 2025\n\n{LEDE}\n\n{LAST}"


@pytest.mark.parametrize(
    "banner",
    [
        pytest.param(
            "We use cookies to give you the best experience. By continuing to browse you agree "
            "to our use of cookies. Accept all cookies\nManage cookie settings",
            id="notice_and_buttons_on_one_line",
        ),
        pytest.param("Manage cookie settings", id="settings_button_alone"),
        pytest.param(
            "This website uses cookies to improve your experience.\nAccept all\nReject all\n"
            "Cookie settings",
            id="notice_then_a_button_a_line",
        ),
        pytest.param(
            "We use cookies and similar technologies on our site.  Accept cookies   Reject all",
            id="buttons_beside_the_notice",
        ),
        pytest.param(
            "By continuing to use this site you consent to our use of cookies.\nAccept all cookies",
            id="by_continuing_to_use",
        ),
    ],
)
def test_a_cookie_banner_over_the_article_goes(banner: str) -> None:
    """A cookie banner copied over the article (its notice, its buttons: "Accept all cookies",
    "Manage cookie settings", "Reject all") goes whole, so that the headline, byline and date
    under it open the text, and one under the article's last sentence goes too."""
    assert (
        page_copy(f"Skip to main content\n{banner}\n\n{HEADED}").text
        == f"Skip to main content\n\n{HEADED}"
    )
    assert page_copy(f"{HEADED}\n\n{banner}").text == HEADED


@pytest.mark.parametrize(
    "cookies",
    [
        pytest.param(
            "We use cookies to track shoppers, the company admitted in a filing.",
            id="notice_words_with_their_speaker",
        ),
        pytest.param(
            "The banner read: We use cookies to give you the best experience. Accept all cookies",
            id="banner_quoted_in_a_sentence",
        ),
        pytest.param("Accept all cookies\nReject all", id="buttons_between_paragraphs"),
    ],
)
def test_an_articles_sentences_about_cookies_stay(cookies: str) -> None:
    """Among the article's sentences, words about cookies are its own, even a banner's: a story
    about cookie banners quotes them."""
    text = f"{HEADED}\n\n{cookies}\n\n{SECOND}"
    assert page_copy(text).text == text


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            f"{LEDE}\n\nThe union's demands:\nWages\nPensions\nSafety\n\n{LAST}",
            id="one_word_lines_between_paragraphs",
        ),
        pytest.param(
            f"{LEDE}\n{LAST}\n\nThe strike committee:\nJane Doe\nAnn Lee\nTom Reed",
            id="names_under_the_last_sentence",
        ),
        pytest.param(
            f"Port Strike Ends\nBy Ann Lee\nApril 1, 2024\n\n{LEDE}", id="short_headline_byline"
        ),
        pytest.param(f"{LEDE}\n\nMedia contact:\nContact\npress@port.example", id="contact"),
        pytest.param(
            f"{LEDE}\nSee also: the council's report, published on Friday.", id="see_also_prose"
        ),
        pytest.param(f"{LEDE}\nhttps://port.example/strike\n4/11/25, 3:52 PM", id="not_printed"),
        pytest.param(f"Mix 1/2 cup of flour with the sugar.\n1/2\n{LEDE}", id="a_fraction"),
        pytest.param(
            f'{LEDE}\n\n"We will not go back until we are paid fairly."\n'
            "\u2014 Ann Lee, union organiser (@annlee_union)",
            id="quotations_speaker_with_a_handle",
        ),
        pytest.param(
            f"{LEDE}\n\nThe union posted a picture at pic.twitter.com.example/gate4.",
            id="address_like_a_picture_link",
        ),
    ],
)
def test_the_articles_own_lines_stay(text: str) -> None:
    """Lines that may be the article's stay: one-word lines between its paragraphs, a list of
    names under its last sentence, a short headline over a byline, a release's contact heading, a
    sentence after a lead, an address or a time in a text that was not printed, a fraction, a
    quotation's speaker whose line gives a handle but no day it was posted."""
    assert page_copy(text).text == text


PRINTED = (
    "4/11/25, 3:52 PM        Port workers strike over pay | Harbor Times\n\n"
    "Port workers strike over pay\n\nBy Ann Lee\n\n"
    "HARBOR CITY - Dockworkers walked off the job at the port on Monday, halting\n"
    "cargo traffic and stranding dozens of container ships, union officials said,\n"
    "and the port authority warned that the strike could last until\n\n"
    "https://www.harbortimes.example/news/2025/04/11/port-strike/     1/2\n\n"
    "4/11/25, 3:52 PM        Port workers strike over pay | Harbor Times\n\n"
    "the end of the month.\n\n"
    "Talks broke down on Friday after three weeks.\n\n"
    "https://www.harbortimes.example/news/2025/04/11/port-strike/     2/2\n"
)


def test_a_printed_pages_header_and_footer_go_and_its_sentences_run_on() -> None:
    """A page printed to PDF and saved as text loses the browser's header (when it was printed,
    the page's title) and footer (its address, the page's number) on each page, and a sentence
    the page break cut in two is one paragraph again; the header's title is kept apart."""
    copy = page_copy(PRINTED)
    assert copy.text == (
        "Port workers strike over pay\n\nBy Ann Lee\n\n"
        "HARBOR CITY - Dockworkers walked off the job at the port on Monday, halting\n"
        "cargo traffic and stranding dozens of container ships, union officials said,\n"
        "and the port authority warned that the strike could last until\n"
        "the end of the month.\n\n"
        "Talks broke down on Friday after three weeks."
    )
    assert (copy.page_title, copy.printed) == ("Port workers strike over pay | Harbor Times", True)


@pytest.mark.parametrize(
    ("printed", "text", "page_title"),
    [
        pytest.param(
            f"Port workers strike over pay\n\n{LEDE}\n\nPage 1 of 1\n",
            f"Port workers strike over pay\n\n{LEDE}",
            None,
            id="page_of_pages",
        ),
        pytest.param(
            "Port workers strike over pay    https://harbortimes.example/port\n\n"
            f"{LEDE}\n\nPage 1 of 1    4/11/25, 3:52 PM\n",
            LEDE,
            "Port workers strike over pay",
            id="title_before_the_address",
        ),
    ],
)
def test_other_browsers_prints_are_read_too(printed: str, text: str, page_title: str) -> None:
    """A print's footer may say "Page 1 of 1", beside the time it was printed, and its header
    give the page's title before its address."""
    assert page_copy(printed) == PageCopy(text, page_title, None, printed=True)


@pytest.mark.parametrize(
    ("pasted", "masthead"),
    [
        pytest.param(
            f"Skip to main content\nHarbor Times\nNews\nSports\nPort strike\n\n{LEDE}",
            "Harbor Times",
            id="in_a_menu",
        ),
        pytest.param(
            f"THE HARBOR TIMES    News    Sports    Opinion\n\n{LEDE}",
            "THE HARBOR TIMES",
            id="in_a_menus_row",
        ),
        pytest.param(f"News\nSports\nOpinion\n\n{LEDE}", None, id="none"),
        pytest.param(
            f"NEWS | SPORT | BUSINESS | OPINION\n\n{LEDE}", None, id="sections_in_capitals"
        ),
        pytest.param(
            f"Home\nLocal News\nWorld News\nWeather\n\n{LEDE}", None, id="sections_of_news"
        ),
        pytest.param(
            f"PortNews24   Home   News   Crime   Sports\n\n{LEDE}\n\n"
            "\u00a9 2025 PortNews24. All rights reserved.   Privacy   Terms",
            "PortNews24",
            id="brand_the_copyright_line_names",
        ),
        pytest.param(
            f"Home   News   Crime   Sports\n\n{LEDE}\n\n\u00a9 2025 Harbor Times. All rights reserved.",
            "Harbor Times",
            id="outlet_of_the_copyright_line",
        ),
        pytest.param(
            f"PortNews24   Home   News   Crime   Sports\n\n{LEDE}\n\n\u00a9 2025 Gannett Co.",
            None,
            id="brand_the_copyright_line_does_not_name",
        ),
    ],
)
def test_a_menu_names_its_site(pasted: str, masthead: str | None) -> None:
    """The site's name among a menu's items is the outlet the page is; not a section's; a brand
    of one word is when the footer's copyright line names it too, and so is an outlet that
    line names."""
    assert page_copy(pasted).masthead == masthead


@pytest.mark.parametrize(
    ("pasted", "kept"),
    [
        pytest.param(
            f"{LEDE}\n\n{SECOND}\n\nComments (2)\nDockHand88\nPay them what they are worth.\n"
            "HarborMom\nThe port has been a mess for weeks!\n\n\u00a9 2025 Harbor Times.",
            f"{LEDE}\n\n{SECOND}\n\n\u00a9 2025 Harbor Times.",
            id="to_the_copyright_line",
        ),
        pytest.param(
            f"{LEDE}\n{SECOND}\n12 Comments\nDockHand88\nPay them what they are worth.",
            f"{LEDE}\n{SECOND}",
            id="to_the_end",
        ),
        pytest.param(
            f"Comments (12)\n{LEDE}\n{SECOND}",
            f"Comments (12)\n{LEDE}\n{SECOND}",
            id="a_count_above_the_article",
        ),
        pytest.param(
            f"{LEDE}\nComments\n{SECOND}", f"{LEDE}\nComments\n{SECOND}", id="no_count_no_heading"
        ),
        pytest.param(
            f"Dockworkers returned after a walkout.\nBy Jane Doe\nLeave a comment\n{LEDE}\n{SECOND}"
            "\nShipping lines expect the backlog to clear within a week.",
            f"Dockworkers returned after a walkout.\nBy Jane Doe\nLeave a comment\n{LEDE}\n{SECOND}"
            "\nShipping lines expect the backlog to clear within a week.",
            id="a_count_under_the_standfirst",
        ),
    ],
)
def test_reader_comments_are_no_article_text(pasted: str, kept: str) -> None:
    """Under the article, a comment section's heading and the readers' names and words after it,
    up to the page's footer, go; a count above the article or under its standfirst, before more
    of its sentences than come before it, or a bare "Comments", heads none."""
    assert page_copy(pasted).text == kept


# A newspaper's page as a PDF's text gives it: a running head with the outlet, the day and the
# page's folio, a running foot, and a paragraph the page break cuts in two.
TRIBUNE_HEAD = "THE COASTAL TRIBUNE          TUESDAY, JUNE 3, 2025          {folio}"
TRIBUNE_FOOT = "{folio}  |  THE COASTAL TRIBUNE  |  coastaltribune.example"
TRIBUNE_PAGE_ONE = (
    "Crews closed the Harlan Street bridge on Monday after inspectors\n"
    "found cracks in two of its steel supports, the city said.\n\n"
    "Engineers said the bridge, which carries about 18,000 vehicles\n"
    "a day, would stay shut for at least six weeks while repairs"
)
TRIBUNE_PAGE_TWO = (
    "are planned and paid for by the state.\n\n"
    "Buses will run on a detour through the Millbrook district."
)
TRIBUNE_TEXT = (
    TRIBUNE_PAGE_ONE.rsplit("\n\n", 1)[0]
    + "\n\n"
    + TRIBUNE_PAGE_ONE.rsplit("\n\n", 1)[1]
    + "\n"
    + TRIBUNE_PAGE_TWO
)


@pytest.mark.parametrize(
    ("head", "foot", "folios"),
    [
        pytest.param(TRIBUNE_HEAD, TRIBUNE_FOOT, ("B2", "B3"), id="head_and_foot_with_folios"),
        pytest.param(TRIBUNE_HEAD, "", ("B2", "B3"), id="head_alone"),
        pytest.param(
            "The Coastal Tribune  |  Tuesday, June 3, 2025",
            "Page {folio} of 2",
            ("1", "2"),
            id="page_of_pages",
        ),
        pytest.param(
            "THE COASTAL TRIBUNE TUESDAY, JUNE 3, 2025 {folio}",
            "",
            ("4", "5"),
            id="head_in_single_spaces",
        ),
    ],
)
def test_a_printed_papers_running_heads_and_feet_go_and_its_sentences_run_on(
    head: str, foot: str, folios: tuple[str, str]
) -> None:
    """A newspaper or e-edition page saved as text loses its running heads and feet, alike on
    each page but for the folio ("B2", "B3", "Page 1 of 2"), and the paragraph the page break
    cut runs on; the first head gives the outlet and the day."""
    pages = []
    for folio, page in zip(folios, (TRIBUNE_PAGE_ONE, TRIBUNE_PAGE_TWO), strict=True):
        lines = [head.format(folio=folio), "", page, "", foot.format(folio=folio)]
        pages.append("\n".join(lines))
    # A form feed between pages reaches page_copy as a line end (see read.UNSEEN_AS_SEEN).
    copy = page_copy("\n\n".join(pages) + "\n")
    assert copy.text == TRIBUNE_TEXT
    assert copy.printed
    assert copy.edition_date is not None and copy.edition_date.casefold() == "tuesday, june 3, 2025"
    assert copy.edition_outlet is not None
    assert copy.edition_outlet.casefold() == "the coastal tribune"


def test_a_folio_alone_on_each_page_goes() -> None:
    """A page's number alone on its own line, at the foot of each page, is no sentence."""
    printed = f"{TRIBUNE_PAGE_ONE}\n\n12\n\n{TRIBUNE_PAGE_TWO}\n\n13\n"
    assert page_copy(printed).text == TRIBUNE_TEXT


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Bridge reopens\n\nThe bridge reopened on Monday.\n\nBridge reopens\n\n"
            "Traffic returned to normal.",
            id="a_headline_repeated_without_a_folio",
        ),
        pytest.param(
            "Round 3\n\nThe first debate ran long.\n\nThe second was cut short.\n\nRound 3\n\n"
            "Nobody won.",
            id="one_folio_that_does_not_change",
        ),
        pytest.param(
            "The candidates met twice.\n\nThe first debate ran long.\n\nWhat we know  |  "
            "Updated\n\nThe second was cut short.\n\nWhat we know  |  Updated\n\nNobody won."
            "\n\nThe vote is next week.\n\nPolls open at 7 a.m.",
            id="a_line_repeated_inside_the_text_only",
        ),
    ],
)
def test_lines_that_repeat_as_no_running_head_does_stay(text: str) -> None:
    """A line repeated without a folio that changes or items set side by side, or repeated
    only inside the text, away from its first and last lines, is the article's."""
    assert page_copy(text).text == text


@pytest.mark.parametrize(
    ("head", "readable"),
    [
        pytest.param("THE METROPOLITAN HERALD", "The Metropolitan Herald", id="title_case"),
        pytest.param("THE TIMES OF INDIA", "The Times of India", id="particle_in_lower_case"),
        pytest.param("BBC NEWS", "BBC News", id="initials_without_a_vowel"),
        pytest.param("AP NEWS", "AP News", id="a_wire_services_initials"),
        pytest.param("USA TODAY", "USA Today", id="a_countrys_initials"),
        pytest.param("ST. LOUIS POST-DISPATCH", "St. Louis Post-Dispatch", id="abbreviation"),
        pytest.param("The Harbor Times", "The Harbor Times", id="mixed_case_as_written"),
    ],
)
def test_an_outlet_a_running_head_gives_in_capitals_reads_in_title_case(
    head: str, readable: str
) -> None:
    """A running head's outlet in capitals reads as its readers write it: words capitalised,
    particles in lower case, short initialisms kept; a name in both cases is left alone."""
    assert readable_outlet(head) == readable


@pytest.mark.parametrize(
    "head",
    [
        pytest.param("PAGE 3    THE DELTA STAR, TUESDAY, APRIL 22, 1927", id="folio_first"),
        pytest.param("THE DELTA STAR, TUESDAY, APRIL 22, 1927    PAGE 3", id="folio_last"),
    ],
)
def test_a_one_page_texts_running_head_gives_the_outlet_and_day(head: str) -> None:
    """A page read alone gives its running head once, as its first line, the paper and day
    parted by a comma: with a folio, an outlet and a day, it is the head, no headline."""
    copy = page_copy(f"{head}\n\nLEVEE HOLDS AT CAIRO\n\nThe levee held through the night.")
    assert copy.text == "LEVEE HOLDS AT CAIRO\n\nThe levee held through the night."
    assert (copy.edition_outlet, copy.edition_date) == ("THE DELTA STAR", "TUESDAY, APRIL 22, 1927")


def test_a_first_line_without_a_folio_is_no_running_head() -> None:
    """A first line naming a paper and a day without a page's folio may be the article's own."""
    text = "The Delta Star, Tuesday, April 22, 1927\n\nThe levee held through the night."
    assert page_copy(text).edition_outlet is None


# A story of a small-town paper jumped from its front page to page 6, as OCR reads it.
JUMPED_STORY = (
    "The Ferris county board voted\nto pave the river road.\n\n(Continued on Page 6)\n\n"
    "PAGE 6    THE ELKHORN BUGLE, FRIDAY, OCTOBER 9, 1936\n\nROAD BOARD\u2014\n\n"
    "(Continued from Page 1)\n\nWork will start in the spring.\n"
)


@pytest.mark.parametrize(
    "head",
    [
        pytest.param("PAGE 6    THE ELKHORN BUGLE, FRIDAY, OCTOBER 9, 1936", id="day"),
        pytest.param("PAGE 6    THE ELKHORN BUGLE    OCTOBER, 1936", id="month_of_a_weekly"),
        pytest.param("THE ELKHORN BUGLE, FRIDAY, OCTOBER 9, 1936  PAGE SIX", id="page_in_words"),
        pytest.param("6    THE ELKHORN BUGLE, FRIDAY, OCTOBER 9, 1936", id="folio_set_apart"),
    ],
)
def test_a_printed_papers_running_head_inside_the_text_goes(head: str) -> None:
    """A running head in capitals, a folio, the paper's name and its edition's day or month,
    is no sentence wherever it stands, as a story carries its next page's head."""
    text = f"The board voted.\n\n{head}\n\nWork will start in the spring."
    assert page_copy(text).text == "The board voted.\n\nWork will start in the spring."


def test_a_running_head_over_the_headline_leaves_the_headline_first() -> None:
    """A page read alone opens with its running head, and the headline under it opens the text."""
    text = "PAGE 1    THE ELKHORN BUGLE    OCTOBER, 1936\n\nROAD TO BE PAVED\n\nThe board voted."
    assert page_copy(text).text == "ROAD TO BE PAVED\n\nThe board voted."


def test_a_jumped_storys_furniture_goes_and_its_halves_join() -> None:
    """The jump lines, the next page's running head and the jump head over the story's rest go,
    in a text file and in an OCR export's text alike."""
    joined = (
        "The Ferris county board voted\nto pave the river road.\n\nWork will start in the spring."
    )
    assert page_copy(JUMPED_STORY).text == joined
    assert page_furniture.without_printed_furniture(JUMPED_STORY) == joined


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "50 DIE IN FLOOD, MARCH 3, 1931\n\nThe river rose.", id="headline_with_figures"
        ),
        pytest.param(
            "The levee broke on page 3 of the plan, March 3, 1931.\n\nThe river rose.",
            id="prose_naming_a_page_and_a_day",
        ),
        pytest.param(
            "FLOOD\n\nThe river rose, the chief said.\n\nMORE RAIN DUE", id="caps_line_no_jump"
        ),
    ],
)
def test_lines_like_a_printed_pages_furniture_stay(text: str) -> None:
    """A headline giving figures and a day, or prose naming a page, is the article's."""
    assert page_copy(text).text == text
