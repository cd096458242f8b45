"""What a sentence adds to another article: new names, figures, quotations and facts, and what
only restates the other's in other words."""

from __future__ import annotations

import pytest

from compare.novelty import Addition, Novelty, Restatement
from compare.records import Document
from compare.segment import segment

# A paper's story on a library closure, and a rival's, written for these tests.
GAZETTE = (
    "Councillors voted by nine votes to two on Tuesday to close Ashby Road library by April. "
    "The library, which opened in 1954, employs 23 staff and lends 41,000 books a year. "
    "A petition against the closure has gathered 3,150 signatures. "
    "The council says closing the branch will save £420,000 a year. "
    "Head librarian Ruth Okafor said the building's roof had leaked for a decade."
)


def additions(
    rival: str, mine: str = GAZETTE, language: str | None = None
) -> list[tuple[str, tuple[str, ...]]]:
    """Each sentence of ``rival`` that adds to ``mine`` (both in ``language``, where stated), and
    what is new in it; a restating sentence as ``("restates", ())``."""
    docs = [
        Document("mine", "Ashby Gazette", mine, language=language),
        Document("rival", "Ashby Echo", rival, language=language),
    ]
    sentences = {d.id: segment(d) for d in docs}
    novelty = Novelty(docs, sentences)
    found = []
    for sentence in sentences["rival"]:
        addition = novelty.addition("rival", sentence.index, "mine")
        found.append(
            ("restates", ()) if isinstance(addition, Restatement) else ("adds", addition.new)
        )
    return found


@pytest.mark.parametrize(
    ("rival", "expected"),
    [
        pytest.param(
            "More than 3,000 people have signed a petition against the closure.",
            [("restates", ())],
            id="rounded_figure_restates",
        ),
        pytest.param(
            "Closing the branch will save more than £400,000 a year, the council claims.",
            [("restates", ())],
            id="rounded_money_restates",
        ),
        pytest.param(
            "Closing the branch will save £380,000 a year, the council says.",
            [("adds", ("£380,000 a year",))],
            id="another_figure_is_new",
        ),
        pytest.param(
            "Pensioner Joan Whitlow, 82, said she had borrowed books there since 1961.",
            [("adds", ("Joan Whitlow", "82", "1961"))],
            id="new_person_and_figures",
        ),
        pytest.param(
            'Ms Okafor called the decision "a sad day for readers in this town".',
            [("adds", ("“a sad day for readers in this town”",))],
            id="new_quotation_of_a_known_person",
        ),
        pytest.param(
            "Critics say the consultation was rushed through over the summer holidays.",
            [("adds", ())],
            id="new_facts_in_content_words_alone",
        ),
        pytest.param(
            "It will save £420,000 a year, according to Ms Okafor.",
            [("restates", ())],
            id="according_to_cites_as_says_does",
        ),
        pytest.param(
            "Ms Okafor said the roof had been leaking for a decade.",
            [("restates", ())],
            id="known_person_restating",
        ),
        pytest.param(
            "Volunteer Zoë Åberg and Ömer Çelik of the Friends of Ashby Road chained the doors.",
            [("adds", ("Zoë Åberg", "Ömer Çelik", "Friends of Ashby Road"))],
            id="names_opening_with_an_accented_capital",
        ),
        pytest.param(
            "The council's eBay listing of the shelving drew a single bid.",
            [("adds", ())],
            id="a_capital_inside_a_word_names_no_one",
        ),
        pytest.param(
            "Library Minister Alan Pryce visited Ashby Road in 2019, when Pryce praised its staff.",
            [("adds", ("Minister Alan Pryce", "2019"))],
            id="a_name_inside_a_longer_one_not_listed_again",
        ),
    ],
)
def test_a_sentence_adds_only_what_the_other_lacks(
    rival: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    """Names, quotations and figures the other lacks are new and shown; a sentence that only
    rewords the other's facts (rounded figures, a known name, its content words) restates."""
    assert additions(rival) == expected


# A paper's story on a warehouse fire, for the rewrites that say it in other forms of its words.
COURIER = (
    "More than 12,000 people have signed a petition calling for an inquiry. "
    "Two firefighters were injured when the roof of the warehouse fell in. "
    "Families on Mill Lane were told to evacuate their homes overnight."
)


@pytest.mark.parametrize(
    ("rival", "expected"),
    [
        pytest.param(
            "The petition has 12,400 signatures.", [("restates", ())], id="signed_as_signatures"
        ),
        pytest.param(
            "The roof's fall left two firefighters with injuries.",
            [("restates", ())],
            id="injured_as_injuries",
        ),
        pytest.param(
            "An evacuation of homes on Mill Lane was ordered overnight.",
            [("restates", ())],
            id="evacuate_as_evacuation",
        ),
        pytest.param(
            "Two firefighters suffered burns to their hands.",
            [("adds", ())],
            id="another_harm_is_new",
        ),
        pytest.param(
            "The petition will be handed to the mayor.",
            [("adds", ())],
            id="another_step_of_the_petition_is_new",
        ),
    ],
)
def test_other_forms_of_the_others_words_restate_it(
    rival: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    """A sentence that tells the other's facts in other forms of its words ("signatures" for
    "signed", "injuries" for "injured") restates it; one that tells another fact in words of
    the same story still adds."""
    assert additions(rival, COURIER) == expected


@pytest.mark.parametrize(
    ("rival", "mine", "expected"),
    [
        pytest.param(
            "Two thirds of the staff will be moved to Harwick.",
            GAZETTE,
            [("adds", ("Harwick", "Two thirds"))],
            id="a_share_is_new_whole",
        ),
        pytest.param(
            "Some 67% of the staff will be moved to Harwick.",
            "Two thirds of the staff will be moved to Harwick.",
            [("restates", ())],
            id="a_percentage_gives_a_share",
        ),
        pytest.param(
            "A fifth of the shelves stand empty.",
            "One in five shelves stands empty.",
            [("restates", ())],
            id="a_fifth_is_one_in_five",
        ),
        pytest.param(
            "Half of the shelves stand empty.",
            "A third of the shelves stand empty.",
            [("adds", ("Half",))],
            id="another_share_is_new",
        ),
        pytest.param(
            "Nine per cent of the library's readers are under 12.",
            "Some 9% of the library's readers are under 12.",
            [("restates", ())],
            id="a_percentage_in_words_is_the_one_in_digits",
        ),
        pytest.param(
            "Nine per cent of the library's readers are under 12.",
            "Some 19% of the library's readers are under 12.",
            [("adds", ("Nine per cent",))],
            id="another_percentage_in_words_is_new",
        ),
        pytest.param(
            "Nine of the library's readers are under 12.",
            "Some 9% of the library's readers are under 12.",
            [("adds", ("Nine",))],
            id="a_count_in_words_is_no_percentage",
        ),
    ],
)
def test_a_share_in_words_is_one_figure(
    rival: str, mine: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    """A share in words ("two thirds", "a fifth", "half") is one figure: new whole, where the
    other gives no such share ("two" was new of "two thirds"), and given by the same share in
    digits or as a percentage; a percentage in words ("Nine per cent") is the one in digits
    ("9%"), a count in words ("Nine") none."""
    assert additions(rival, mine) == expected


def test_a_word_opening_a_sentence_names_only_what_the_story_writes_capitalised_inside() -> None:
    """ "Despite Western" and "Critics say" name no one but the West; "Derek Hollins, 79," names
    Hollins, whom the story names nowhere else, and "Okafor," Ruth Okafor."""
    assert additions("Derek Hollins, 79, wept as he spoke of the library.") == [
        ("adds", ("Hollins", "79"))
    ]
    assert additions("Despite Western help, critics say the consultation was rushed.") == [
        ("adds", ("Western",))
    ]
    assert additions("Okafor, the head librarian, said the roof leaked.") == [("restates", ())]


def test_the_letters_of_a_currency_sign_are_no_new_name() -> None:
    """ "US" of "US$ 40 millones" is the sign's, no name the sentence adds: the amount is new."""
    mine = (
        "La Municipalidad de Rosario aprobó el plan de obras del año. "
        "El plan cuesta 12.000 millones de pesos."
    )
    rival = "El plan equivale a unos US$ 40 millones, según la Municipalidad."
    assert additions(rival, mine, "es") == [("adds", ("unos US$ 40 millones",))]


def test_an_outlet_naming_itself_or_a_compound_word_names_nothing_new() -> None:
    """An outlet's own name opening a sentence ("Carrick Post reported") is the outlet's, not
    a new "Post"; and "GAAP" of "non-GAAP" is a compound's part, no name."""
    docs = [
        Document("mine", "Ashby Gazette", GAZETTE),
        Document(
            "rival",
            "Carrick Post",
            "Carrick Post reported in March that the library would close. "
            "Non-GAAP savings from the closure will reach £420,000 a year, the council says.",
        ),
    ]
    sentences = {d.id: segment(d) for d in docs}
    novelty = Novelty(docs, sentences)
    assert all(
        isinstance(novelty.addition("rival", s.index, "mine"), Restatement)
        for s in sentences["rival"]
    )


def test_a_title_opening_a_sentence_is_named_whole() -> None:
    """ "Chief", an office's title opening the sentence, is kept with the name it opens:
    "Chief Financial Officer Dana Whitfield", not "Financial Officer Dana Whitfield"."""
    assert additions("Chief Financial Officer Dana Whitfield said the roof leaked.") == [
        ("adds", ("Chief Financial Officer Dana Whitfield",))
    ]


# A dpa report on a rail strike, and a Spanish wire's on a drought plan, written for these tests.
STREIK = "Die GDL hat einen Streik von 35 Stunden angekündigt, sagte Claus Weselsky in Frankfurt."
SEQUIA = "El Gobierno aprobó un plan de 1.200 millones de euros contra la sequía en Cataluña."


@pytest.mark.parametrize(
    ("rival", "mine", "language", "expected"),
    [
        pytest.param(
            "Nach Schätzungen des Instituts der deutschen Wirtschaft kostet ein Streiktag "
            "100 Millionen Euro.",
            STREIK,
            "de",
            [("adds", ("100 Millionen",))],
            id="german_common_nouns",
        ),
        pytest.param(
            "Im Rheinland sind die Linien nach Köln betroffen, wie eine Sprecherin der Deutschen "
            "Bahn mitteilte.",
            STREIK,
            "de",
            [("adds", ("Köln", "Deutschen Bahn"))],
            id="german_places_and_a_name_of_two_words_kept",
        ),
        pytest.param(
            "Según el Sr. Pedro Lozano, el Gobierno negocia con EE.UU. la compra de desaladoras.",
            SEQUIA,
            "es",
            [("adds", ("Pedro Lozano", "EE.UU."))],
            id="spanish_title_and_initials",
        ),
    ],
)
def test_names_are_read_by_the_rules_of_their_articles_language(
    rival: str, mine: str, language: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    """German capitalises every noun: "Schätzungen", "des Instituts" and "ein Streiktag" are no
    new names, "Köln" and "Deutschen Bahn" are; a Spanish courtesy title ("Sr.") is no name,
    nor does its stop hide the name after it, and "EE.UU." keeps its last stop."""
    assert additions(rival, mine, language) == expected


@pytest.mark.parametrize(
    ("rival", "expected"),
    [
        pytest.param("About Ashby Road library", [("restates", ())], id="a_heading_of_names_given"),
        pytest.param("About Harwick Books", [("adds", ("Harwick Books",))], id="a_new_name"),
    ],
)
def test_a_line_of_no_content_word_adds_only_a_new_name(
    rival: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    """A line of no content word, a release's "About" heading reprinted, restates whatever the
    other says, unless it names what the other does not."""
    assert additions(rival) == expected


def test_two_facts_of_one_sentence_may_be_restated_by_two_sentences() -> None:
    """A sentence that merges two of the other's facts restates them, but words that happen
    to recur apart in two sentences ("roof" in one, "staff" in another) restate nothing."""
    merged = "The branch employs 23 staff, and a petition to save it has gathered 3,150 signatures."
    assert additions(merged) == [("restates", ())]
    scattered = "Staff were told about the leaking roof plan by email."
    assert additions(scattered) == [("adds", ())]


def test_two_facts_restated_by_sentences_far_apart_in_a_long_article() -> None:
    """Of a long article, the two sentences that each hold one fact of a merged sentence restate
    it wherever they stand among the rest, and sentences that share a word or two with it
    each restate nothing together."""
    long = " ".join(
        [
            "The branch employs 23 staff on three floors.",
            "Councillors met in the town hall on Tuesday evening.",
            "Parents said the children's reading club met every Saturday.",
            "The roof was patched twice last winter, the council said.",
            "Volunteers ran a homework club on weekday afternoons.",
            "Opening hours were cut last year to save on heating.",
            "A petition to save the branch has gathered 3,150 signatures.",
        ]
    )
    merged = "The branch employs 23 staff, and a petition to save it has gathered 3,150 signatures."
    assert additions(merged, long) == [("restates", ())]
    brushed = "Volunteers patched the reading club's heating on Saturday evenings."
    assert additions(brushed, long) == [("adds", ())]


def test_a_sentence_two_articles_print_alike_adds_to_each_by_its_own_article() -> None:
    """A sentence that two copies print word for word is judged against each copy's own text:
    it restates the one that has its fact and adds to the one that lacks it."""
    docs = [
        Document("mine", "Ashby Gazette", GAZETTE),
        Document("copy", "Ashby Post", "The library will shut in April. It was run by Tom Ellis."),
        Document("late", "Ashby Live", "It was run by Tom Ellis. The branch employs 23 staff."),
    ]
    novelty = Novelty(docs, {d.id: segment(d) for d in docs})
    assert isinstance(novelty.addition("late", 0, "copy"), Restatement)
    added = novelty.addition("copy", 1, "mine")
    assert isinstance(added, Addition) and added.new == ("Tom Ellis",)


def test_a_story_of_many_articles_finds_the_one_that_restates_a_sentence() -> None:
    """An exclusive is no exclusive when one other article of the story restates it."""
    docs = [
        Document("mine", "Ashby Gazette", GAZETTE),
        Document("other", "Ashby Echo", "The library will shut in April."),
        Document("late", "Ashby Live", "A head librarian said the roof has leaked for a decade."),
    ]
    novelty = Novelty(docs, {d.id: segment(d) for d in docs})
    assert novelty.restated_by_any("late", 0, ["mine", "other"])
    assert not novelty.restated_by_any("late", 0, ["other"])
    # The Gazette's sentence names Ruth Okafor, whom the rewrite leaves unnamed: still its own.
    assert not novelty.restated_by_any("mine", 4, ["other", "late"])


# Our correspondent's match report, which keeps the players' accents and writes minutes as a
# scoreboard does.
MATCH_REPORT = (
    "With the clock showing 90+3, Jonas Müller rose to meet Luka Pérez-Ribeiro's corner. "
    "Müller had already equalised on 67', after Martin Ødegård's double. "
    "Stefan Kovač, the Castlegate coach, said his side were naive."
)


@pytest.mark.parametrize(
    ("rival", "expected"),
    [
        pytest.param(
            "Jonas Muller's 93rd-minute header completed a dramatic comeback.",
            [("adds", ())],
            id="accent_dropped_possessive_and_minute",
        ),
        pytest.param(
            "Mueller had levelled in the 67th minute after Martin Odegaard's brace.",
            [("adds", ())],
            id="umlaut_spelt_out_and_minute_in_words",
        ),
        pytest.param(
            "Castlegate coach Stefan Kovac said his team had been naive.",
            [("restates", ())],
            id="hacek_dropped",
        ),
        pytest.param(
            "The corner came from Luka Perez-Ribeiro after Kovacs was booked.",
            [("adds", ("Kovacs",))],
            id="a_letter_more_is_another_name",
        ),
        pytest.param(
            "The cross came from Tomas Alves-Ribeiro on the left.",
            [("adds", ("Tomas Alves-Ribeiro",))],
            id="a_hyphenated_name_whole",
        ),
    ],
)
def test_a_name_or_minute_written_otherwise_is_no_new_fact(
    rival: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    """Names the article writes with accents are not new in a rival's plain or transliterated
    spelling, with or without a possessive, nor minutes it writes as a scoreboard does; a
    hyphenated name new to it is shown whole."""
    assert additions(rival, MATCH_REPORT) == expected


def test_a_restating_sentence_names_the_sentences_it_restates() -> None:
    """A sentence that restates the other names the one of its sentences that holds the most of
    its content words, or the two that together hold them, so that a reader can check it."""
    docs = [
        Document("mine", "Ashby Gazette", GAZETTE),
        Document(
            "rival",
            "Ashby Echo",
            "Closing the branch will save more than £400,000 a year, the council claims. "
            "The branch employs 23 staff, and a petition to save it has gathered 3,150 "
            "signatures.",
        ),
    ]
    novelty = Novelty(docs, {d.id: segment(d) for d in docs})
    assert novelty.additions("rival", [0, 1], "mine").restated == (
        Restatement(0, (3,)),
        Restatement(1, (1, 2)),
    )


@pytest.mark.parametrize(
    ("line", "adds"),
    [
        pytest.param("Read the full story at the Ashby Gazette.", False, id="credit_by_name"),
        pytest.param("Read the full story at ashbygazette.co.uk.", False, id="credit_by_site"),
        pytest.param(
            "The Ashby Gazette said librarian Tom Reyes would retire.", True, id="news_beside_it"
        ),
        pytest.param(
            "The Ashby Gazette did not respond to a request for comment.",
            True,
            id="news_of_the_outlet",
        ),
    ],
)
def test_a_sentence_that_only_credits_the_other_adds_nothing(line: str, adds: bool) -> None:
    """A short sentence that names the other article's outlet, by name or site, and brings
    nothing else new is a credit, no content: it is neither an addition nor a restatement."""
    mine = Document("mine", "Ashby Gazette", GAZETTE, url="https://www.ashbygazette.co.uk/library")
    rival = Document("rival", "Ashby Echo", f"{GAZETTE} {line}")
    sentences = {d.id: segment(d) for d in (mine, rival)}
    found = Novelty([mine, rival], sentences).additions("rival", [5], "mine")
    assert [a.sentence for a in found.added] == ([5] if adds else [])
    assert not found.restated


def test_a_sentence_naming_part_of_the_others_outlet_is_no_credit() -> None:
    """A rewrite's claim that names the company whose release it is compared with by one word of
    the release's source ("Kaneshiro" of Kaneshiro Motors) tells news, not where it came from:
    it is what the rewrite adds, not a credit left out of it."""
    release = Document(
        "release",
        "Kaneshiro Motors",
        "Kaneshiro Motors raised its full-year operating profit forecast on Tuesday. "
        "The forecast lifted shares of Kaneshiro Motors by 4 percent.",
    )
    rewrite = Document(
        "rewrite",
        "Asia Business Review",
        "Kaneshiro Motors raised its full-year operating profit forecast on Tuesday. "
        "Kaneshiro will also increase its share buyback.",
    )
    sentences = {d.id: segment(d) for d in (release, rewrite)}
    found = Novelty([release, rewrite], sentences).additions("rewrite", [1], "release")
    assert [a.sentence for a in found.added] == [1]


def test_a_denial_restates_nothing_of_an_article_that_tells_none() -> None:
    """ "Mr Hale denies the charge." shares its words with a report that names the charge, but
    against one that tells no denial it adds the defendant's side; against one that tells the
    denial in other words ("has pleaded not guilty") it restates it."""
    charged = (
        "Marcus Hale, 29, is charged with causing grievous bodily harm to a cyclist. "
        "The charge follows a collision on the Kelsey ring road."
    )
    pleaded = charged + " Mr Hale has pleaded not guilty to the charge."
    assert additions("Mr Hale denies the charge.", charged) == [("adds", ())]
    assert additions("Mr Hale denies the charge.", pleaded) == [("restates", ())]


def test_arabic_figures_are_shown_as_the_article_writes_them() -> None:
    """Figures are read in one spelling of Arabic's letters; the list of what is new shows
    the article's own ("أربعة", "86 ألفاً"), not that spelling ("اربعہ", "86 الفا")."""
    mine = "أعلنت الوزارة إغلاق الطريق الساحلي بسبب الأمطار."
    rival = "وقال الدفاع المدني إن أربعة أشخاص أصيبوا وإن 86 ألفاً غادروا منازلهم."
    assert additions(rival, mine, "ar") == [("adds", ("أربعة", "86 ألفاً"))]
