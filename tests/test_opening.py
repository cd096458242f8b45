"""The headline, byline and date line a plain-text article opens with; never a sentence of it."""

from __future__ import annotations

import pytest

from compare.opening import opening, without_title

BODY = "Dockworkers walked off the job on Monday. The union said 4,000 members joined."


@pytest.mark.parametrize(
    ("head", "title", "author", "date"),
    [
        pytest.param(
            "Port workers strike over pay\nBy Jane Doe\nPublished: April 1, 2024 9:30 a.m.\n",
            "Port workers strike over pay",
            "Jane Doe",
            "April 1, 2024 9:30 a.m.",
            id="date_line_ending_in_a_full_stop",
        ),
        pytest.param(
            "April 1, 2024\nPort workers strike over pay\nBy Jane Doe\n",
            "Port workers strike over pay",
            "Jane Doe",
            "April 1, 2024",
            id="date_line_first",
        ),
        pytest.param(
            "Port workers strike over pay\nBy Staff Report\n05/12/2025 4:10 PM\n",
            "Port workers strike over pay",
            "Staff Report",
            "05/12/2025 4:10 PM",
            id="date_in_figures_either_order_reads_with_a_time",
        ),
        pytest.param(
            "Port workers strike\nBy Jane Doe | April 1, 2024\n",
            "Port workers strike",
            "Jane Doe",
            "April 1, 2024",
            id="byline_and_date_on_one_line",
        ),
        pytest.param(
            "FOR IMMEDIATE RELEASE\nAcme Corp announces record quarterly profits\n",
            "Acme Corp announces record quarterly profits",
            None,
            None,
            id="press_release_label",
        ),
        pytest.param(
            "EMBARGOED UNTIL 00:01 BST WEDNESDAY 14 MAY 2025\n"
            "Broccoli compound may help protect against bowel cancer\n",
            "Broccoli compound may help protect against bowel cancer",
            None,
            None,
            id="embargo_label_with_when_it_lifts",
        ),
        pytest.param(
            "Embargoed goods seized at Dover\nBy Ann Lee\n",
            "Embargoed goods seized at Dover",
            "Ann Lee",
            None,
            id="embargoed_a_headline_word",
        ),
        pytest.param(
            "BC-US--Port Strike,0412\nPort workers strike over pay\nBy JANE DOE\nAssociated Press\n",
            "Port workers strike over pay",
            "JANE DOE",
            None,
            id="wire_slug_and_agency_line",
        ),
        pytest.param(
            "World News\nPort workers strike over pay\nBy Ann Lee, Reuters\n",
            "Port workers strike over pay",
            "Ann Lee, Reuters",
            None,
            id="section_label",
        ),
        pytest.param(
            "Port workers strike over pay\nLast modified on Monday 1 April 2024 11.00 BST\n",
            "Port workers strike over pay",
            None,
            "Monday 1 April 2024 11.00 BST",
            id="last_modified_with_a_zone",
        ),
        pytest.param(
            "Port workers strike over pay\nUpdated: 03/04/2024\n",
            "Port workers strike over pay",
            None,
            "03/04/2024",
            id="labelled_date_not_understood_is_still_the_date",
        ),
        pytest.param(
            "Port workers strike over pay\nPublished: 31 Feb 2024 09:00\n",
            "Port workers strike over pay",
            None,
            "31 Feb 2024 09:00",
            id="day_first_date_not_understood_is_still_the_date",
        ),
        pytest.param(
            "Port workers strike over pay\nUpdated 31 Feb 2024\n",
            "Port workers strike over pay",
            None,
            "31 Feb 2024",
            id="a_month_and_a_year_need_no_colon_after_the_label",
        ),
        pytest.param(
            "Will the port reopen?\nBy Ann Lee\nMay 14, 2024\n",
            "Will the port reopen?",
            "Ann Lee",
            "May 14, 2024",
            id="question_headline",
        ),
        pytest.param(
            "Strike over at last!\nPublished: May 14, 2024\n",
            "Strike over at last!",
            None,
            "May 14, 2024",
            id="exclamation_headline",
        ),
        pytest.param(
            "Port strike\nBy Ann Lee\n", "Port strike", "Ann Lee", None, id="two_word_headline"
        ),
        pytest.param("WORLD NEWS\nBy Ann Lee\n", None, "Ann Lee", None, id="two_word_section_name"),
        pytest.param(
            "Skip to main content\nNorthgate Courier\nNews\n\nPort workers strike over pay\n"
            "By Ann Lee\nPublished: February 10, 2025\n\nShare\n",
            "Port workers strike over pay",
            "Ann Lee",
            "February 10, 2025",
            id="copied_from_a_web_page",
        ),
        pytest.param(
            "Breaking News\nBy Ann Lee\n", None, "Ann Lee", None, id="title_case_section_name"
        ),
        pytest.param(
            "Tunnel to close for six weeks\nBy our transport desk | June 2, 2025\n",
            "Tunnel to close for six weeks",
            "our transport desk",
            "June 2, 2025",
            id="a_desk_byline",
        ),
        pytest.param(
            "From: newsdesk@wire.example\nSubject: HEAT-COOLING CENTRES (URGENT)\n",
            None,
            None,
            None,
            id="e_mail_headers_alone",
        ),
        pytest.param(
            "-----Original Message-----\nFrom: Newsdesk <newsdesk@wire.example>\n"
            "Sent: 14 July 2025 15:02\nTo: desk@paper.example\nSubject: Cooling centres\n",
            None,
            None,
            "14 July 2025 15:02",
            id="forwarded_e_mail",
        ),
        pytest.param(
            "Port strike\n\nPort workers walk out over pay\nBy Ann Lee\n",
            "Port workers walk out over pay",
            "Ann Lee",
            None,
            id="two_word_slug_over_a_headline",
        ),
        pytest.param(
            "Cooling centres to open as heatwave builds\n\nPriya Nair | Reporter\n"
            "14 July 2025, 16:10 BST\n",
            "Cooling centres to open as heatwave builds",
            "Priya Nair",
            "14 July 2025, 16:10 BST",
            id="names_beside_a_role",
        ),
        pytest.param(
            "Port workers strike over pay\nOksana Petrenko | March 3, 2025 \u00b7 9:40 p.m.\n",
            "Port workers strike over pay",
            "Oksana Petrenko",
            "March 3, 2025 \u00b7 9:40 p.m.",
            id="names_beside_a_date_and_its_time",
        ),
        pytest.param(
            "News | Kent | Ashford\nPort workers strike over pay\nBy AFP staff\n",
            "Port workers strike over pay",
            "AFP staff",
            None,
            id="a_section_path_and_a_wire_desk",
        ),
        pytest.param(
            "Port workers strike over pay\nBy Harbor Times staff\nPublished: March 3, 2025\n",
            "Port workers strike over pay",
            "Harbor Times staff",
            "March 3, 2025",
            id="an_outlets_staff_and_a_date",
        ),
        pytest.param(
            "Port workers strike over pay\nBy Harbor Times photographer\nMarch 3, 2025\n",
            "Port workers strike over pay",
            "Harbor Times photographer",
            "March 3, 2025",
            id="an_outlets_role",
        ),
        pytest.param(
            "Port workers strike over pay\nBy Jane Doe | AP\n",
            "Port workers strike over pay",
            "Jane Doe, AP",
            None,
            id="a_reporter_and_their_agency",
        ),
        pytest.param(
            "Port workers strike over pay\nBy Jane Doe, staff writer\nMay 14, 2024\n",
            "Port workers strike over pay",
            "Jane Doe, staff writer",
            "May 14, 2024",
            id="a_role_in_lower_case",
        ),
        pytest.param(
            "Port workers strike over pay\nBy Lena Ortiz, Times staff\nMay 14, 2024\n",
            "Port workers strike over pay",
            "Lena Ortiz, Times staff",
            "May 14, 2024",
            id="a_papers_staff_in_lower_case",
        ),
        pytest.param(
            "Port workers strike over pay\nBy Jane Doe, Courier staff writer\nMay 14, 2024\n",
            "Port workers strike over pay",
            "Jane Doe, Courier staff writer",
            "May 14, 2024",
            id="a_papers_role_in_lower_case",
        ),
        pytest.param(
            "Port workers strike over pay\nMay 14, 2024\n\nBy Lena Ortiz, Globe staff\n",
            "Port workers strike over pay",
            "Lena Ortiz, Globe staff",
            "May 14, 2024",
            id="a_role_in_lower_case_under_the_date_line",
        ),
        pytest.param(
            "Port workers strike over pay\nMay 14, 2024\n\nLena Ortiz, Courier staff writer\n",
            "Port workers strike over pay",
            "Lena Ortiz, Courier staff writer",
            "May 14, 2024",
            id="names_and_their_role_without_by",
        ),
        pytest.param(
            "By Robert E. Lee Jr.\n\nMay 14, 2024\n",
            None,
            "Robert E. Lee Jr.",
            "May 14, 2024",
            id="a_name_ending_with_jr",
        ),
        pytest.param(
            "Port workers strike over pay\nBy Staff and wire reports\n",
            "Port workers strike over pay",
            "Staff and wire reports",
            None,
            id="wire_reports",
        ),
        pytest.param(
            "U.S. Attorney Subpoenas Christie\u2019s Campaign and New Jersey G.O.P.\n\n"
            "January 23, 2014 9:00 a.m. EST\n",
            "U.S. Attorney Subpoenas Christie\u2019s Campaign and New Jersey G.O.P.",
            None,
            "January 23, 2014 9:00 a.m. EST",
            id="headline_ending_in_initials",
        ),
        pytest.param(
            "Storm Batters Coast of Washington, D.C.\nBy Ann Lee\n",
            "Storm Batters Coast of Washington, D.C.",
            "Ann Lee",
            None,
            id="headline_ending_in_a_place_s_initials",
        ),
        pytest.param(
            "Acme Picks Ohio for New Plant, Says CEO Jr.\n\nApril 1, 2024\n",
            "Acme Picks Ohio for New Plant, Says CEO Jr.",
            None,
            "April 1, 2024",
            id="headline_ending_in_an_abbreviation_after_a_name",
        ),
        pytest.param(
            "Port workers strike over pay\n\nPublished 9:40 a.m. EDT, May 14, 2024\n",
            "Port workers strike over pay",
            None,
            "9:40 a.m. EDT, May 14, 2024",
            id="ap_time_before_the_date",
        ),
        pytest.param(
            "Port workers strike over pay\n\nPublished: 9:40 AM EDT May 14, 2024\n",
            "Port workers strike over pay",
            None,
            "9:40 AM EDT May 14, 2024",
            id="time_before_the_date_after_a_colon",
        ),
        pytest.param(
            "Port workers strike over pay\nFirst published on Tue 14 May 2024 09.40 BST\n",
            "Port workers strike over pay",
            None,
            "Tue 14 May 2024 09.40 BST",
            id="guardian_first_published",
        ),
        pytest.param(
            "Port workers strike over pay\nUpdated 4:10 p.m. EDT, May 14, 2024\n"
            "Published 9:40 a.m. EDT, May 14, 2024\n",
            "Port workers strike over pay",
            None,
            "9:40 a.m. EDT, May 14, 2024",
            id="published_not_updated",
        ),
        pytest.param(
            "Port workers strike over pay\nUpdated 4:10 p.m. EDT, May 14, 2024\n",
            "Port workers strike over pay",
            None,
            "4:10 p.m. EDT, May 14, 2024",
            id="updated_alone",
        ),
        pytest.param(
            "Port workers strike over pay\nUpdated 9:40 a.m. EDT, 05/14/2024\n",
            "Port workers strike over pay",
            None,
            "9:40 a.m. EDT, 05/14/2024",
            id="time_before_a_date_not_understood",
        ),
        pytest.param(
            "Port workers strike over pay\n\nPublished: 14 May 2024 09:40 GMT+1\n",
            "Port workers strike over pay",
            None,
            "14 May 2024 09:40 GMT+1",
            id="offset_from_gmt",
        ),
        pytest.param(
            "Port workers strike over pay\nBy Jane Doe\nMay 14, 2024 4:40 a.m. UTC-05:00\n",
            "Port workers strike over pay",
            "Jane Doe",
            "May 14, 2024 4:40 a.m. UTC-05:00",
            id="offset_from_utc_in_hours_and_minutes",
        ),
        pytest.param(
            "Port workers strike over pay\nWorld News | May 14, 2024\n",
            "Port workers strike over pay",
            None,
            "May 14, 2024",
            id="a_section_beside_a_date",
        ),
        pytest.param(
            "Acme to buy Brightline for $2 billion\n\nNews provided by\n\nAcme Holdings, Inc.\n\n"
            "Jun 03, 2024, 07:00 ET\n",
            "Acme to buy Brightline for $2 billion",
            None,
            "Jun 03, 2024, 07:00 ET",
            id="release_provider_on_the_next_line",
        ),
        pytest.param(
            "Acme to buy Brightline for $2 billion\n\nNews provided by Acme Holdings, Inc.\n"
            "Jun 03, 2024, 07:00 ET\n",
            "Acme to buy Brightline for $2 billion",
            None,
            "Jun 03, 2024, 07:00 ET",
            id="release_provider_on_the_same_line",
        ),
        pytest.param(
            "\u6e2f\u53e3\u7f62\u5de5\n2024\u5e745\u670814\u65e5\n",
            "\u6e2f\u53e3\u7f62\u5de5",
            None,
            "2024\u5e745\u670814\u65e5",
            id="chinese_headline_of_two_words",
        ),
        pytest.param(
            "\u6e29\u5dde\u6cf0\u987a\u5c71\u4f53\u6ed1\u5761\u81f412\u4eba\u5931\u8054\n\n"
            "2025\u5e746\u670818\u65e5\n",
            "\u6e29\u5dde\u6cf0\u987a\u5c71\u4f53\u6ed1\u5761\u81f412\u4eba\u5931\u8054",
            None,
            "2025\u5e746\u670818\u65e5",
            id="chinese_date_line",
        ),
    ],
)
def test_opening_lines_are_metadata(
    head: str, title: str | None, author: str | None, date: str | None
) -> None:
    """Headline, byline and date line in any order, with the labels among them, leave the text;
    the date is kept as written, for the reader to read or warn about."""
    found = opening(head + "\n" + BODY)
    assert (found.title, found.author, found.date, found.body) == (title, author, date, BODY)


@pytest.mark.parametrize(
    "label",
    [
        pytest.param(
            "\u26a0\ufe0f\u26a0\ufe0f REENVIADO MUCHAS VECES \u26a0\ufe0f\u26a0\ufe0f", id="spanish"
        ),
        pytest.param("Forwarded many times", id="english"),
    ],
)
def test_a_chat_messages_forwarding_label_is_no_headline(label: str) -> None:
    """The label a chat app sets over a forwarded message, warning signs and all, leaves the text
    and titles nothing: the chain's first line of its own is its first sentence."""
    chain = "URGENTE: el Ministerio admitió que el 30 % de los vacunados tuvo reacciones graves."
    found = opening(f"{label}\n{chain}")
    assert (found.title, found.body) == (None, chain)


@pytest.mark.parametrize(
    ("text", "title", "author", "date"),
    [
        pytest.param(
            "Grève massive dans les écoles\nPar Élodie Marchand\nPublié : 12 mars 2024 à 10h30\n\n"
            "Les enseignants sont en grève dans toute la France, selon les syndicats.",
            "Grève massive dans les écoles",
            "Élodie Marchand",
            "12 mars 2024 à 10h30",
            id="french",
        ),
        pytest.param(
            "Incendio obliga a evacuar\nPor Lucía Gómez | 15 de marzo de 2024\n\n"
            "Un incendio forestal obligó a evacuar a unos 3.000 vecinos en Valencia.",
            "Incendio obliga a evacuar",
            "Lucía Gómez",
            "15 de marzo de 2024",
            id="spanish",
        ),
        pytest.param(
            "Bahnstreik legt Fernverkehr lahm\nVon Anna Schmidt\nAktualisiert am 12. März 2024\n\n"
            "Der Streik der Lokführer hat den Fernverkehr der Bahn am Morgen fast ganz lahmgelegt.",
            "Bahnstreik legt Fernverkehr lahm",
            "Anna Schmidt",
            "12. März 2024",
            id="german",
        ),
        pytest.param(
            "Warnstreik bei der Lufthansa\nVon Jonas Weber\nStand: 12.03.2024, 10:15 Uhr\n\n"
            "Das Bodenpersonal der Lufthansa ist am Dienstag in einen Warnstreik getreten.",
            "Warnstreik bei der Lufthansa",
            "Jonas Weber",
            "12.03.2024, 10:15 Uhr",
            id="german_as_of",
        ),
        pytest.param(
            "Grève à la SNCF\nPar Élodie Marchand\nMis à jour le 12/03/2024 à 08:45\n\n"
            "Les trains seront très perturbés mardi, selon la direction de la SNCF.",
            "Grève à la SNCF",
            "Élodie Marchand",
            "12/03/2024 à 08:45",
            id="french_updated_on_a_date_not_understood",
        ),
        pytest.param(
            "Brücke in Tarrow eingestürzt \u2013 14 Verletzte\nVon Klaus Wendt und Anna Berg, dpa\n\n"
            "Die Brücke über die Tarrow ist am Montagmorgen eingestürzt, teilte die Polizei mit.",
            "Brücke in Tarrow eingestürzt \u2013 14 Verletzte",
            "Klaus Wendt und Anna Berg, dpa",
            None,
            id="german_with_a_wire_in_lower_case",
        ),
        pytest.param(
            "Brücke in Tarrow eingestürzt\nVon Klaus Wendt (dpa)\n\n"
            "Die Brücke über die Tarrow ist am Montagmorgen eingestürzt, teilte die Polizei mit.",
            "Brücke in Tarrow eingestürzt",
            "Klaus Wendt (dpa)",
            None,
            id="german_with_the_wire_in_brackets",
        ),
        pytest.param(
            "Incendio en la sierra de Chiva\nActualizado 05 dic 2026 - 10:15\n\n"
            "Un incendio forestal obligó a evacuar a unos 3.000 vecinos de Chiva.",
            "Incendio en la sierra de Chiva",
            None,
            "05 dic 2026 - 10:15",
            id="spanish_month_cut_short_and_a_dash_before_the_time",
        ),
        pytest.param(
            "Incêndio na serra de Chiva\nPublicado a 05 dez 2026 às 10:15\n\n"
            "Um incêndio florestal obrigou a retirar cerca de 3.000 moradores.",
            "Incêndio na serra de Chiva",
            None,
            "05 dez 2026 às 10:15",
            id="portuguese_published_a_and_month_cut_short",
        ),
        pytest.param(
            "Fiscal\u00eda atrae el caso Casta\u00f1eda\nPor Ana G\u00f3mez | 05/03/2025 10:15\n\n"
            "La Fiscal\u00eda de Sinaloa inform\u00f3 que no hay detenidos por el asesinato del "
            "periodista y que el caso fue atra\u00eddo por la unidad especializada.",
            "Fiscal\u00eda atrae el caso Casta\u00f1eda",
            "Ana G\u00f3mez",
            "05/03/2025 10:15",
            id="spanish_byline_beside_a_slashed_date_day_first",
        ),
        pytest.param(
            "Di Maio Resigns As Foreign Minister\nBy Ann Lee\n\n" + BODY,
            "Di Maio Resigns As Foreign Minister",
            "Ann Lee",
            None,
            id="english_headline_starting_with_a_foreign_by",
        ),
    ],
)
def test_bylines_and_date_lines_in_other_languages(
    text: str, title: str, author: str, date: str | None
) -> None:
    """ "Par", "Por", "Von" and the like start a byline in a text of their languages, "und"
    joins its names and a wire service is named as it writes itself ("dpa"); in an English
    text, a Title Case headline may start with one ("Di Maio Resigns")."""
    found = opening(text)
    assert (found.title, found.author, found.date) == (title, author, date)


@pytest.mark.parametrize(
    "first",
    [
        pytest.param("The mayor called it \u201cthe worst storm in fifty years.\u201d", id="quote"),
        pytest.param('The mayor said: "This is the worst storm in fifty years."', id="quote_colon"),
        pytest.param("Is this the worst storm in fifty years?", id="question"),
        pytest.param("What a night it was!", id="exclamation"),
        pytest.param("The storm is over\u2026", id="ellipsis"),
        pytest.param("Crews worked through the night (and the day).", id="bracket"),
        pytest.param("By Monday evening the port was empty", id="by_without_names"),
        pytest.param("By Monday, the reporters", id="by_a_day_and_a_role"),
        pytest.param(
            "Dockworkers at the Port of Calder walked off the job on Monday after\n"
            "talks over pay collapsed late on Sunday night, union leaders said.",
            id="wrapped_lede",
        ),
        pytest.param(
            "Dockworkers at the Port of Calder walked off the job on Monday at\n"
            "Pier 4 after talks over pay collapsed, union leaders said.",
            id="wrapped_before_a_name",
        ),
        pytest.param(
            "Dockworkers at the Port of Calder walked off the job on Monday, union leader\n"
            "Maria Costa said, after talks over pay and automation collapsed on Sunday.",
            id="wrapped_before_a_name_after_a_content_word",
        ),
        pytest.param('"We will not be replaced by machines"', id="quotation_alone"),
        pytest.param(
            "The agreement was announced late on Monday in a joint statement signed\n"
            "by Maria Costa and Tom Ray.",
            id="wrapped_before_by_and_names",
        ),
        pytest.param("Date rape drug found in 3 city bars, police said.", id="starts_like_a_label"),
        pytest.param("Published in 1998, the report found flaws in the plan.", id="published_in"),
        pytest.param(
            "Updated 12 times since Monday, the guidance now says stay home.", id="updated"
        ),
        pytest.param(
            "Monday, April 1, 2024, at 10:15 a.m., police said the port had reopened.",
            id="starts_with_a_date_and_time",
        ),
        pytest.param("Most of the cargo was bound for the U.S.", id="ends_with_initials"),
        pytest.param("The union met Sen. Joe Biden in Washington, D.C.", id="ends_with_a_place"),
        pytest.param("The port is run by Calder Harbour Co.", id="ends_with_a_firm"),
        pytest.param(
            "Pictured: Tom Reed Jr. and Ann Lee of Acme Corp.", id="caption_ending_with_a_firm"
        ),
        pytest.param("Tom Reed Jr., Ann Lee and Sam Roe Sr.", id="names_ending_with_a_suffix"),
    ],
)
def test_a_first_sentence_is_never_taken(first: str) -> None:
    """A lede of one line, however it ends, and the first line of a wrapped paragraph stay."""
    text = f"{first}\n\n{BODY}"
    found = opening(text)
    assert (found.title, found.author, found.date, found.body) == (None, None, None, text)


# A German fire brigade's report, as a regional paper runs it.
GERMAN_BODY = (
    "Die Feuerwehr hat den Brand in der Altstadt am Montag gelöscht. Verletzt wurde niemand."
)


@pytest.mark.parametrize(
    "quotation",
    [
        pytest.param("„Wir lassen niemanden zurück“", id="german"),
        pytest.param("»Wir lassen niemanden zurück«", id="german_books"),
        pytest.param("„Wir lassen niemanden zurück”", id="closed_the_polish_way"),
    ],
)
def test_a_quotation_in_its_languages_marks_is_never_taken(quotation: str) -> None:
    """A line that quotes opens a German story as one in English quotes opens an English one: in
    „…“, a German book's »…« or Polish „…”, it is a sentence of the story, not its headline."""
    text = f"{quotation}\n\n{GERMAN_BODY}"
    found = opening(text)
    assert (found.title, found.body) == (None, text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "\u5de5\u4f1a\u5468\u4e00\u5ba3\u5e03\u5168\u9762\u7f62\u5de5\u3002\n\n"
            "\u6570\u5343\u540d\u6e2f\u53e3\u5de5\u4eba\u8981\u6c42\u52a0\u85aa\u3002",
            id="chinese",
        ),
        pytest.param(
            "\u06a9\u0631\u0627\u0686\u06cc \u0645\u06cc\u06ba \u0634\u062f\u06cc\u062f "
            "\u0628\u0627\u0631\u0634 \u06c1\u0648\u0626\u06cc\u06d4\n\n"
            "\u0634\u06c1\u0631 \u06a9\u06cc \u06a9\u0626\u06cc \u0633\u0691\u06a9\u06cc\u06ba "
            "\u067e\u0627\u0646\u06cc \u0645\u06cc\u06ba \u0688\u0648\u0628 \u06af\u0626\u06cc\u06ba\u06d4",
            id="urdu",
        ),
    ],
)
def test_a_first_sentence_ending_in_another_scripts_full_stop_is_never_taken(text: str) -> None:
    """A lede of one line that ends with a Chinese or an Urdu full stop is no headline, as one
    ending with "." is none."""
    found = opening(text)
    assert (found.title, found.body) == (None, text)


@pytest.mark.parametrize(
    ("head", "title", "author"),
    [
        pytest.param(
            "Interview\nMaria Lopez, a reporter\n",
            "Maria Lopez, a reporter",
            None,
            id="a_person_described_with_an_article",
        ),
        pytest.param("Port strike ends\nBy St.\n", None, None, id="by_a_title_alone"),
    ],
)
def test_a_line_that_signs_no_one_is_no_byline(
    head: str, title: str | None, author: str | None
) -> None:
    """A person described with "a" or "an" ("Maria Lopez, a reporter") signs nothing, nor does a
    title's abbreviation alone after "By": neither line becomes the author."""
    found = opening(head + "\n" + BODY)
    assert (found.title, found.author) == (title, author)


@pytest.mark.parametrize(
    ("head", "title", "author"),
    [
        pytest.param("By The Numbers\n", "By The Numbers", None, id="an_outlet_alone"),
        pytest.param("By Land And Sea\n", "By Land And Sea", None, id="single_words_joined"),
        pytest.param(
            "Port workers strike over pay\nBy The Editorial Board\n",
            "Port workers strike over pay",
            "The Editorial Board",
            id="an_outlet_under_a_headline",
        ),
        pytest.param("By Bloomberg News\n", None, "Bloomberg News", id="an_outlet_without_the"),
        pytest.param("By The Associated Press\n", None, "The Associated Press", id="an_agency"),
        pytest.param("By Sukarno\n", None, "Sukarno", id="one_name"),
    ],
)
def test_a_headline_in_title_case_may_open_with_by(
    head: str, title: str | None, author: str | None
) -> None:
    """ "By" and words that name no one who writes, an outlet's alone or single words joined,
    open a text as its headline ("By The Numbers"); under a headline they are its byline, and so
    are a person's names, an agency's or an outlet's that does not start with "The"."""
    found = opening(f"{head}\n{BODY}")
    assert (found.title, found.author, found.body) == (title, author, BODY)


@pytest.mark.parametrize(
    ("head", "known", "fields"),
    [
        pytest.param(
            "By The Washington Post\nApril 1, 2024\n",
            "Port workers strike over pay",
            (None, "The Washington Post", "April 1, 2024"),
            id="under_a_title_known",
        ),
        pytest.param(
            "By The Guardian\nApril 1, 2024\n",
            None,
            (None, "The Guardian", "April 1, 2024"),
            id="over_a_date_line",
        ),
        pytest.param(
            "By The Numbers\nBy Ann Lee\n",
            None,
            ("By The Numbers", "Ann Lee", None),
            id="a_headline_over_a_byline",
        ),
        pytest.param(
            "By The Numbers\nBy Ann Lee\n",
            "By The Numbers",
            (None, "Ann Lee", None),
            id="a_headline_repeating_the_title_known",
        ),
    ],
)
def test_an_outlets_byline_opening_the_text_is_read_as_one(
    head: str, known: str | None, fields: tuple[str | None, str | None, str | None]
) -> None:
    """An outlet's byline that opens the text is its byline, not a headline, when the title is
    known (HTML, records, front matter) or a date line is under it, and the date line goes with
    it; over another byline, or repeating the title, it is the headline."""
    found = opening(f"{head}\n{BODY}", known)
    assert (found.title, found.author, found.date, found.body) == (*fields, BODY)


@pytest.mark.parametrize(
    "head",
    [
        pytest.param("By The Numbers", id="a_kicker"),
        pytest.param("By The Way", id="an_aside"),
        pytest.param("By Land And Sea", id="single_words_joined"),
    ],
)
def test_a_kicker_over_a_text_whose_title_is_known_is_no_byline(head: str) -> None:
    """ "By" and words that name no one who writes and no outlet by its masthead, over a
    paragraph of a text whose title is known, is a kicker, not its author: it stays in the
    text, as no field is found."""
    text = f"{head}\n\n{BODY}"
    found = opening(text, "Port workers strike over pay")
    assert (found.author, found.body) == (None, text)


@pytest.mark.parametrize(
    ("head", "author"),
    [
        pytest.param("By The Washington Post", "The Washington Post", id="a_masthead"),
        pytest.param("By The Editorial Board", "The Editorial Board", id="an_outlets_board"),
        pytest.param("By The Associated Press", "The Associated Press", id="an_agency"),
        pytest.param("By The Atlantic", "The Atlantic", id="a_magazine"),
        pytest.param("By The Conversation", "The Conversation", id="a_republished_site"),
        pytest.param("By The Hill", "The Hill", id="a_name_of_a_place_word"),
        pytest.param("By Jane Smith", "Jane Smith", id="a_person"),
        pytest.param("By Jane Smith and Tom Lee", "Jane Smith and Tom Lee", id="two_people"),
        pytest.param("By JANE SMITH", "JANE SMITH", id="a_person_in_capitals"),
    ],
)
def test_a_byline_over_a_text_whose_title_is_known_is_its_author(head: str, author: str) -> None:
    """Over a paragraph of a text whose title is known, a byline that names a person, an agency
    or an outlet, whatever its name ends with, is the author, with no date line under it: only
    the kickers listed as such are no byline."""
    found = opening(f"{head}\n\n{BODY}", "Port workers strike over pay")
    assert (found.author, found.body) == (author, BODY)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Port workers strike over pay\n", id="nothing_after"),
        pytest.param("WORLD\n" + BODY, id="only_a_label"),
        pytest.param("Port workers strike over pay\nMore to follow\n", id="no_prose_after"),
    ],
)
def test_nothing_goes_without_a_field_and_prose_after_it(text: str) -> None:
    """A label alone takes nothing, nor does a headline with no paragraph of prose after it."""
    assert opening(text).body == text


@pytest.mark.parametrize(
    "after",
    [
        pytest.param(
            "No deal\nwas reached on Monday, the union said.", id="short_line_that_goes_on"
        ),
        pytest.param("WASHINGTON -\nThe port closed on Monday.", id="dateline_line"),
        pytest.param(
            "Ports closed\n\nTalks failed\n\nThe strike ended on Friday.", id="list_items"
        ),
        pytest.param(
            "Copyright holders won a case against the port on Monday.", id="starts_like_boilerplate"
        ),
        pytest.param("2024-04-01 09:30 Police stormed the port.", id="date_and_time_then_prose"),
        pytest.param("Updated: 10 dead, dozens hurt", id="labelled_news"),
        pytest.param("Updated: Arsenal 2-1 Chelsea", id="labelled_score"),
        pytest.param("To: all staff. The port reopens on Monday.", id="starts_like_a_header"),
    ],
)
def test_the_lines_after_the_opening_ones_stay(after: str) -> None:
    """After the headline and byline, the article's own lines stay, however short or whatever
    they start with."""
    found = opening(f"Port strike ends\nBy Ann Lee\n\n{after}\n\n{BODY}")
    assert (found.title, found.author, found.body) == (
        "Port strike ends",
        "Ann Lee",
        f"{after}\n\n{BODY}",
    )


def test_a_known_title_is_not_taken_again_but_its_repeat_goes() -> None:
    """With a title from front matter, a different first line stays; a repeat of it goes."""
    title = "Port workers strike over pay"
    assert opening(f"Dockers walk out\n\n{BODY}", title).body == f"Dockers walk out\n\n{BODY}"
    repeated = opening(f"PORT WORKERS STRIKE OVER PAY\nBy Jane Doe\n\n{BODY}", title)
    assert (repeated.title, repeated.author, repeated.body) == (None, "Jane Doe", BODY)


@pytest.mark.parametrize("label", ["LEEDS FIRE", "WORLD"])
def test_a_slug_over_a_dateline_goes(label: str) -> None:
    """A wire's slug or a section name over a paragraph that opens with a dateline is a label:
    left in, it would stand before the dateline, which then no longer opens the text."""
    lede = "LEEDS (Reuters) - A fire at a chemical plant forced 200 homes to be evacuated."
    found = opening(f"{label}\n\n{lede}\n\n{BODY}")
    assert (found.title, found.body) == (None, f"{lede}\n\n{BODY}")


@pytest.mark.parametrize(
    ("line", "author", "date"),
    [
        pytest.param(
            "Jane Doe and John Smith | May 14, 2024",
            "Jane Doe and John Smith",
            "May 14, 2024",
            id="two_people_beside_a_date",
        ),
        pytest.param(
            "By Jane Doe | The Times", "Jane Doe, The Times", None, id="a_reporter_and_their_paper"
        ),
        pytest.param(
            "By Jane Doe | New York Times | May 14, 2024",
            "Jane Doe, New York Times",
            "May 14, 2024",
            id="a_reporter_their_paper_and_a_date",
        ),
        pytest.param(
            "By Jane Doe | AP Photo", "Jane Doe, AP Photo", None, id="a_photographer_and_their_wire"
        ),
        pytest.param("By Jane Doe | Chief Reporter", "Jane Doe", None, id="a_byline_beside_a_role"),
        pytest.param(
            "Jane Doe | The Guardian",
            "Jane Doe, The Guardian",
            None,
            id="names_without_by_beside_their_paper",
        ),
        pytest.param(
            "James East | May 14, 2024",
            "James East",
            "May 14, 2024",
            id="a_surname_that_is_a_compass_point",
        ),
        pytest.param(
            "The Guardian | May 14, 2024", None, "May 14, 2024", id="a_paper_beside_a_date"
        ),
        pytest.param(
            "North West | May 14, 2024", None, "May 14, 2024", id="a_region_beside_a_date"
        ),
    ],
)
def test_a_byline_beside_a_date_a_role_or_an_outlet(
    line: str, author: str | None, date: str | None
) -> None:
    """A byline names its reporters, however many, and the outlet named beside them, never the
    outlet alone; a role beside it is a label. An outlet's or a region's name beside a date is
    no byline."""
    body = "The dam failed on Monday after heavy rain, officials said.\n\nRoads were closed."
    found = opening(f"Dam fails after storm\n{line}\n\n{body}")
    assert (found.title, found.author, found.date, found.body) == (
        "Dam fails after storm",
        author,
        date,
        body,
    )


@pytest.mark.parametrize(
    "line",
    [
        "World | Europe",
        "Jane Doe | Ann Lee",
        "Home | Politics | Reporter",
        "Business | Financial Times",
        "Middle East | Al Jazeera",
    ],
)
def test_names_without_by_need_a_date_or_a_role_beside_them(line: str) -> None:
    """Without "By", a line is a byline only when one part is a person's names and the others a
    date, a reporter's role or their outlet's name: a section path, a section beside an outlet
    or two people's names are none."""
    assert opening(f"Port workers strike over pay\n{line}\n\n{BODY}").author is None


def test_a_newsrooms_copy_opens_with_labels_its_author_and_date() -> None:
    """A radio or TV newsroom's web copy opens with its heading, slug, reporter, date and word
    count over the headline: they are labels, its author and its date line, and the newsroom its
    heading names is the outlet; a paragraph indented under the headline, as a word processor
    sets it, makes the headline stand apart."""
    found = opening(
        "KTRR Newsroom \u2013 Web Copy\nSLUG: PORT STRIKE / web\nReporter: Sam Delgado\n"
        "Date: 14 May 2024\nWord count: 322\n\nPort workers strike over pay\n"
        f"\t{BODY}\n\tTalks broke down on Friday."
    )
    assert (found.title, found.author, found.date, found.outlet) == (
        "Port workers strike over pay",
        "Sam Delgado",
        "14 May 2024",
        "KTRR",
    )
    assert found.body == f"\t{BODY}\n\tTalks broke down on Friday."


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Status: The port is closed.", id="a_sentence_after_a_copy_label"),
        pytest.param("Reporter: the port is closed.", id="a_reporter_label_naming_no_one"),
    ],
)
def test_a_copy_label_over_a_sentence_is_news(line: str) -> None:
    """A label of a newsroom's copy goes only with a label's value after it, a reporter's label
    only with names: a sentence after one is news."""
    assert opening(f"{line}\n\n{BODY}").body == f"{line}\n\n{BODY}"


def test_a_news_agencys_name_under_a_headline_goes() -> None:
    """A reprint gives its wire's name alone under the headline ("Coastal Press Service"): a
    label, so the headline over it stands apart."""
    found = opening(
        f"Port workers strike over pay\nCoastal Press Service\nUpdated 9:41 AM CDT, April 11, 2025"
        f"\n{BODY}"
    )
    assert (found.title, found.date, found.body) == (
        "Port workers strike over pay",
        "9:41 AM CDT, April 11, 2025",
        BODY,
    )


@pytest.mark.parametrize(
    ("byline", "outlet"),
    [
        pytest.param("By Alicia Moreno, State Press Service", "State Press Service", id="agency"),
        pytest.param("By Jane Doe | The Times", "The Times", id="paper_after_a_bar"),
        pytest.param("By Ann Lee, Reuters", "Reuters", id="wire"),
        pytest.param("By Priya Lal, WellNow", "WellNow", id="brand_of_one_word"),
        pytest.param("By Jane Doe, McKay", None, id="a_surname_with_a_capital_inside"),
        pytest.param("By Jane Doe, staff writer", None, id="role"),
        pytest.param("By Priya Sandhu, Chief Reporter", None, id="chief_reporter"),
        pytest.param("By Tom Hale, Local Democracy Reporter", None, id="local_democracy_reporter"),
        pytest.param("By Ann Lee, Senior Court Reporter", None, id="senior_court_reporter"),
        pytest.param(
            "By Priya Sandhu, Chief Reporter, Harwick Chronicle",
            "Harwick Chronicle",
            id="paper_after_a_job_title",
        ),
        pytest.param(
            "By Jo Roe, Hollywood Reporter", "Hollywood Reporter", id="masthead_ending_in_reporter"
        ),
        pytest.param("By Jane Doe and Ann Lee", None, id="two_reporters"),
        pytest.param("By Herald staff", None, id="desk"),
    ],
)
def test_a_byline_names_the_outlet_its_reporter_writes_for(byline: str, outlet: str | None) -> None:
    """The outlet named beside a byline's reporter is whom they write for; a role, a job title
    ending as a masthead does ("Chief Reporter"), another reporter or a desk names none."""
    assert opening(f"Port workers strike over pay\n{byline}\n\n{BODY}").outlet == outlet


@pytest.mark.parametrize(
    "byline",
    [
        pytest.param("By the WellnessDaily team", id="a_blogs_team"),
        pytest.param("By the Harbor Times staff", id="a_papers_staff"),
        pytest.param("By Harbor Times Staff", id="staff_capitalised"),
        pytest.param("By the editorial team", id="the_editorial_team"),
    ],
)
def test_a_team_or_its_staff_signs_a_byline(byline: str) -> None:
    """A blog's or a newsroom's team or staff signing an article is its byline, under the
    headline: neither is a sentence of its text."""
    found = opening(f"Late-night phone use linked to anxiety in teens\n{byline}\n\n{BODY}")
    assert (found.title, found.author, found.body) == (
        "Late-night phone use linked to anxiety in teens",
        byline.removeprefix("By "),
        BODY,
    )


@pytest.mark.parametrize(
    "role", ["Tribune Staff Writer", "Staff Reporter", "Political Correspondent"]
)
def test_a_reporters_role_on_the_line_under_the_byline_is_part_of_it(role: str) -> None:
    """A paper sets the reporter's role on its own line under the byline: it goes with the
    byline, as a role after a comma does, and is no sentence; the author is the reporter."""
    body = "Crews closed the Harlan Street bridge on Monday, the city said.\n\nBuses will detour."
    found = opening(
        f"METRO\n\nHarlan Street bridge shut for repairs\n\nBy Ana Ruiz\n{role}\n\n{body}"
    )
    assert (found.title, found.author, found.body) == (
        "Harlan Street bridge shut for repairs",
        "Ana Ruiz",
        body,
    )


def test_a_line_under_a_byline_that_is_no_role_stays() -> None:
    """Only a role's words go with the byline: a line of the story under it stays."""
    body = "Crews closed the Harlan Street bridge\n\nBuses will detour through Millbrook."
    found = opening(f"Harlan Street bridge shut for repairs\n\nBy Ana Ruiz\n{body}")
    assert (found.author, found.body) == ("Ana Ruiz", body)


def test_a_title_that_is_the_ledes_sentence_stays_in_the_text() -> None:
    """A feed that titles a record with its lede's first sentence keeps that sentence in its
    text: a line that ends with a full stop is a sentence, not a headline repeated."""
    lede = "The ring road reopened on Monday."
    assert without_title(f"{lede}\n\nBuses run again.", lede) == f"{lede}\n\nBuses run again."


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            "FORTY MEN\nTRAPPED IN MINE\n\nBELDEN, W. Va., March 3 (UP)\u2014 Men were trapped.",
            "FORTY MEN TRAPPED IN MINE",
            id="over_a_dateline",
        ),
        pytest.param(
            "ELKHORN GRANGE TO\nHOLD OYSTER SUPPER\n\nMembers will meet Tuesday.",
            "ELKHORN GRANGE TO HOLD OYSTER SUPPER",
            id="over_a_paragraph",
        ),
        pytest.param(
            "FERRY SINKS, 11 SAVED\nBY UNITED PRESS\n\nEleven passengers were rescued today.",
            "FERRY SINKS, 11 SAVED",
            id="over_a_byline_in_capitals",
        ),
    ],
)
def test_a_headline_a_column_wraps_in_capitals_is_one_title(text: str, title: str) -> None:
    """A headline in capitals that a narrow column wraps over two lines is one title, not its
    last line alone; a byline under it stays a byline."""
    assert opening(text).title == title


@pytest.mark.parametrize(
    ("under_headline", "author"),
    [
        pytest.param("Amara Nwosu", "Amara Nwosu", id="name_alone"),
        pytest.param("Sean O'Neill", "Sean O'Neill", id="name_with_apostrophe"),
        pytest.param("In Brief", None, id="kicker_with_preposition"),
        pytest.param("Council Votes Again", None, id="deck_in_title_case"),
    ],
)
def test_a_writers_name_alone_under_the_headline_is_the_byline(
    under_headline: str, author: str | None
) -> None:
    """A student's story signs its headline with the writer's name alone, no "By": the name is
    its author, not the start of its first sentence; a kicker or a deck in title case is not."""
    head = opening(
        f"Tram depot plan returns to council\n\n{under_headline}\n\n"
        "Plans for a tram depot in Eastbrook will go back to the council next month.\n\n"
        "Residents objected to the noise of night shifts."
    )
    assert head.author == author
    assert head.body.startswith("Plans for a tram depot") == (author is not None)


@pytest.mark.parametrize(
    "signature", ["Da Redação", "Redacción", "De la rédaction", "Dalla redazione"]
)
def test_a_newsroom_signing_as_itself_is_no_sentence(signature: str) -> None:
    """A Brazilian portal signs its copy of an agency's story "Da Redação" ("from the newsroom")
    on a line of its own under the headline: it names no writer and is no sentence of news."""
    text = (
        "Operação no Complexo da Penha deixa oito mortos\n\n"
        f"{signature}\n\n"
        "Uma operação da Polícia Militar deixou oito mortos nesta sexta-feira (5)."
    )
    head = opening(text, title="Operação no Complexo da Penha deixa oito mortos")
    assert head.body == "Uma operação da Polícia Militar deixou oito mortos nesta sexta-feira (5)."


@pytest.mark.parametrize(
    ("signature", "body"),
    [
        pytest.param(
            "Redacción La Voz Capital",
            "Veintitrés personas resultaron heridas este viernes en el sur de Bogotá.",
            id="signed_with_the_papers_name",
        ),
        pytest.param(
            "Redacción Médica informó que el hospital cerró sus urgencias.",
            "Redacción Médica informó que el hospital cerró sus urgencias.\n\n"
            "Veintitrés personas resultaron heridas este viernes en el sur de Bogotá.",
            id="a_sentence_naming_a_paper",
        ),
    ],
)
def test_a_newsroom_signs_with_its_papers_name(signature: str, body: str) -> None:
    """A Spanish-language desk signs a plain-text story "Redacción La Voz Capital" on a line of
    its own under the headline: no sentence of news, so the article's sentences keep their
    numbers (Spanish wire desk acceptance f7); a sentence that opens with a paper's name stays."""
    text = (
        "Caos en Bogotá: 23 heridos por disturbios de camioneros\n\n"
        f"{signature}\n\n"
        "Veintitrés personas resultaron heridas este viernes en el sur de Bogotá."
    )
    head = opening(text, title="Caos en Bogotá: 23 heridos por disturbios de camioneros")
    assert head.body == body
