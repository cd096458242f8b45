"""Broadcast transcripts read as their spoken words: labels, time codes and cues left out, a
guest's turn their quotation."""

from __future__ import annotations

import pytest

from compare.transcript import read_transcript

BULLETIN = """\
KRVT NEWS AT SIX
Aired March 3, 2025 - 18:00 ET

THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.

[18:00:05]

ANN LEE, KRVT ANCHOR: Good evening. The Tarrow River bridge closed on Monday after inspectors found cracks in two of its piers.

[18:00:21]

SAM ORTIZ, KRVT CORRESPONDENT: Ann, crews were still on the bridge at dusk. [CROSSTALK]

(BEGIN VIDEOTAPE)

MAYOR JUNE PARK (D): We will not reopen this bridge until every pier is safe. Nobody crosses it before then.

(END VIDEOTAPE)

ORTIZ: The mayor said repairs could take six weeks. [inaudible]

(COMMERCIAL BREAK)

LEE: Welcome back.

(END OF TRANSCRIPT)
"""


def test_markup_is_left_out_and_a_guest_is_quoted() -> None:
    """Time codes, cues, the rush notice and labels are no words of the text; the mayor's sound
    bite is her quotation, told as news copy tells one; the programme's own turns stay prose."""
    read = read_transcript(BULLETIN)
    assert read is not None
    assert read.text.split("\n\n") == [
        "Good evening. The Tarrow River bridge closed on Monday after inspectors found cracks in"
        " two of its piers.",
        "Ann, crews were still on the bridge at dusk.",
        "\u201cWe will not reopen this bridge until every pier is safe,\u201d said Mayor June Park.",
        "\u201cNobody crosses it before then,\u201d said Mayor June Park.",
        "The mayor said repairs could take six weeks.",
        "Welcome back.",
    ]


def test_the_header_names_the_programme_and_when_it_aired() -> None:
    """The programme's line is its title and "Aired ..." its day and time, not sentences."""
    read = read_transcript(BULLETIN)
    assert read is not None
    assert (read.title, read.aired, read.network) == (
        "KRVT NEWS AT SIX",
        "March 3, 2025 18:00 ET",
        None,
    )


@pytest.mark.parametrize(
    "date_label",
    [
        pytest.param("Date", id="date"),
        pytest.param("Air date", id="air_date"),
        pytest.param("Air  date", id="air_date_spaced_twice"),
        pytest.param("Airdate", id="airdate"),
    ],
)
def test_labelled_header_fields(date_label: str) -> None:
    """A header's labels give the network, the show and the day with its time and zone, the
    day's label however its words are spaced."""
    read = read_transcript(
        f"Network: KRVT Channel 7\nShow: News at Six\n{date_label}: March 3, 2025\n"
        "Time: 18:00 ET\n\n"
        "ANN LEE, KRVT ANCHOR: The Tarrow River bridge closed on Monday.\n\n"
        "SAM ORTIZ, KRVT REPORTER: Crews were still on the bridge at dusk.\n"
    )
    assert read is not None
    assert (read.title, read.aired, read.network) == (
        "News at Six",
        "March 3, 2025 18:00 ET",
        "KRVT Channel 7",
    )
    assert (
        read.text
        == "The Tarrow River bridge closed on Monday.\n\nCrews were still on the bridge at dusk."
    )


def test_without_roles_the_first_speaker_is_the_host() -> None:
    """When no label names a role, the first to speak hosts: the other's answers are quoted, by
    the name their first label gives, the surname alone naming them after, a sentence at a
    time."""
    read = read_transcript(
        "OKAFOR: What did you tell your clients this afternoon?\n\n"
        "LENA MARSH: I told them they were right all along, and the court agreed today.\n\n"
        "OKAFOR: Will Meridian appeal the ruling?\n\n"
        "MARSH: They can appeal all they want. The memos do not change.\n"
    )
    assert read is not None
    assert read.text.split("\n\n")[1::2] == [
        "\u201cI told them they were right all along, and the court agreed today,\u201d said"
        " Lena Marsh.",
        "\u201cThey can appeal all they want,\u201d said Lena Marsh.",
    ]


@pytest.mark.parametrize(
    ("label", "told"),
    [
        pytest.param("RESIDENT", "said a resident.", id="resident"),
        pytest.param("EYEWITNESS", "said an eyewitness.", id="an_before_a_vowel"),
        pytest.param("CALLER", "said a caller.", id="caller"),
        pytest.param("PAT DUNN", "said Pat Dunn.", id="a_name_stays_a_name"),
        pytest.param("UNIDENTIFIED MALE", "said an unidentified man.", id="unidentified_male"),
        pytest.param(
            "UNIDENTIFIED FEMALE (through translator)",
            "said an unidentified woman.",
            id="unidentified_female_translated",
        ),
        pytest.param("UNKNOWN SPEAKER", "said a speaker.", id="unknown_speaker"),
        pytest.param("CROWD (chanting)", "said the crowd.", id="crowd"),
    ],
)
def test_a_label_naming_a_role_alone_tells_the_role(label: str, told: str) -> None:
    """A speaker a label names only by what they are is told as news copy tells a passer-by,
    "said a resident", not as though the role were their name: a transcriber's two words for a
    speaker they cannot name too ("UNIDENTIFIED MALE", not "said Unidentified Male")."""
    read = read_transcript(
        "ANN LEE, KRVT ANCHOR: The river rose two feet overnight in Tarrow.\n\n"
        f"{label}: The water came up to our porch before midnight.\n\n"
        "LEE: Crews are filling sandbags on Quay Road.\n"
    )
    assert read is not None
    assert read.text.split("\n\n")[1] == (
        f"\u201cThe water came up to our porch before midnight,\u201d {told}"
    )


def test_a_label_in_capitalised_words_inside_a_turn_is_left_out() -> None:
    """A transcriber's label set after a turn's own ("LEE: Unidentified Male: ...") is no word
    said; a word with a colon that opens speech is kept."""
    read = read_transcript(
        "ANN LEE, KRVT ANCHOR: The count goes on in Tarrow tonight.\n\n"
        "LEE: Unidentified Male: [inaudible]\n\n"
        "SAM ORTIZ, KRVT REPORTER: Caller: Is the school open tomorrow?\n\n"
        "LEE: Look: the count is not over.\n"
    )
    assert read is not None
    assert read.text.split("\n\n") == [
        "The count goes on in Tarrow tonight.",
        "Is the school open tomorrow?",
        "Look: the count is not over.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Q: Will the bridge reopen this year?\nA: Not before the piers are repaired.\n"
            "Q: Who pays for the repairs?\nA: The state and the county share the cost.\n",
            id="interview_q_and_a",
        ),
        pytest.param(
            "UPDATE: The bridge reopened on Friday.\n\nThe Tarrow River bridge closed on Monday"
            " after inspectors found cracks in two of its piers.\n",
            id="update_note",
        ),
        pytest.param(
            "Acme Robotics opened a plant in Ashford on Monday, hiring 200 workers, the company"
            " said in a statement. The plant builds arms for car makers across Europe and will"
            " double its staff next year, chief executive Ann Lee said.\n\n"
            "CONTACT: Jane Doe\nSOURCE: Acme Robotics\nPHONE: 555-0142\n",
            id="release_contacts",
        ),
    ],
)
def test_an_article_is_no_transcript(text: str) -> None:
    """An article's "Q:"/"A:" interview, a note or a release's contact lines tell no transcript."""
    assert read_transcript(text) is None


def test_labels_on_lines_of_their_own_still_tell_a_transcript() -> None:
    """A transcript that sets each label on a line of its own, over short spoken lines, is one:
    its turns hold most of its words however its lines break."""
    turn = "ANN LEE, ANCHOR:\nRoads are closed\ntonight.\nTOM RAY:\nStay\nhome.\n"
    read = read_transcript(
        "KRVT News at Six\nAired March 3, 2025 - 18:00 ET\n"
        "This transcript was prepared by the network news division and may be updated.\n" + turn * 6
    )
    assert read is not None
    assert read.text.split("\n\n")[1:3] == [
        "Roads are closed tonight.",
        "\u201cStay home,\u201d said Tom Ray.",
    ]


def test_an_editors_words_in_brackets_are_kept() -> None:
    """A bracketed clarification in lower case ("[the council]") is words of the text, unlike a
    cue ("[inaudible]", "[CROSSTALK]")."""
    read = read_transcript(
        "ANN LEE, KRVT ANCHOR: The mayor spoke after the vote.\n"
        "TOM RAY: We told them [the council] in May. [inaudible]\n"
        "LEE: Thank you. [CROSSTALK]\n"
        "RAY: Sure.\n"
    )
    assert read is not None
    assert read.text.split("\n\n")[1:3] == [
        "\u201cWe told them [the council] in May,\u201d said Tom Ray.",
        "Thank you.",
    ]


def test_labels_with_accented_capitals() -> None:
    """A Spanish programme's labels ("JOSÉ LÓPEZ:") are speakers' labels as English ones are:
    the guest's answers are his quotation, named as the label writes him."""
    read = read_transcript(
        "MARÍA PÉREZ, CONDUCTORA: Buenas noches. Las lluvias cerraron la carretera federal.\n"
        "JOSÉ LÓPEZ: Cerramos todos los accesos al puerto desde el martes.\n"
        "PÉREZ: ¿Hasta cuándo?\n"
        "LÓPEZ: Hasta que baje el río.\n"
    )
    assert read is not None
    assert "\u2014 José López" in read.text.split("\n\n")
    assert "MARÍA" not in read.text


PRESS_CONFERENCE = """\
TARROW COUNTY - PRESS CONFERENCE TRANSCRIPT
Date: June 3, 2025

LINDA MOSS: Good morning, everyone. The executive will make a statement, then take questions.

COUNTY EXECUTIVE RAY DUNN: Thank you, Linda. The Quay Road bridge will close on Monday. Repairs will take six weeks.

SAM ORTIZ, TARROW HERALD: Who pays for the repairs?

COUNTY EXECUTIVE RAY DUNN: The state covers most of it. The county pays the rest.

NINA BELL, KTRW RADIO: What about the buses? A lot of riders use that bridge.

COUNTY EXECUTIVE RAY DUNN: Buses will run on Mill Street until it reopens.

LINDA MOSS: Thank you, everyone.
"""


def test_a_press_conference_quotes_its_guest_a_sentence_at_a_time() -> None:
    """Reporters named by their outlet ask as a programme's reporters do, not as sources quoted;
    the moderator's short turns are left out; each sentence of an answer is its own quotation."""
    read = read_transcript(PRESS_CONFERENCE)
    assert read is not None
    assert read.text.split("\n\n") == [
        "\u201cThank you, Linda,\u201d said County Executive Ray Dunn.",
        "\u201cThe Quay Road bridge will close on Monday,\u201d said County Executive Ray Dunn.",
        "\u201cRepairs will take six weeks,\u201d said County Executive Ray Dunn.",
        "Who pays for the repairs?",
        "\u201cThe state covers most of it,\u201d said County Executive Ray Dunn.",
        "\u201cThe county pays the rest,\u201d said County Executive Ray Dunn.",
        "What about the buses? A lot of riders use that bridge.",
        "\u201cBuses will run on Mill Street until it reopens,\u201d said County Executive Ray Dunn.",
    ]


@pytest.mark.parametrize(
    ("label", "told"),
    [
        pytest.param(
            "LENA MARSH, ACME CORPORATION",
            "\u201cWho pays for the repairs?\u201d said Lena Marsh.",
            id="a_firm_is_no_outlet",
        ),
        pytest.param(
            "LENA MARSH, FORMER TARROW HERALD EDITOR",
            "\u201cWho pays for the repairs?\u201d said Lena Marsh.",
            id="an_outlet_named_inside_a_role",
        ),
        pytest.param(
            "LENA MARSH, CEO",
            "\u201cWho pays for the repairs?\u201d said Lena Marsh.",
            id="an_office_in_capitals",
        ),
        pytest.param("LENA MARSH, VALLEY NEWS SERVICE", "Who pays for the repairs?", id="agency"),
        pytest.param("LENA MARSH, THE ASSOCIATED PRESS", "Who pays for the repairs?", id="wire"),
        pytest.param("LENA MARSH, WKTR", "Who pays for the repairs?", id="call_sign"),
        pytest.param("LENA MARSH, EVENING CLARION", "Who pays for the repairs?", id="clarion"),
        pytest.param("LENA MARSH, NORTHERN LEDGER", "Who pays for the repairs?", id="ledger"),
    ],
)
def test_only_a_label_naming_an_outlet_whole_tells_a_reporter(label: str, told: str) -> None:
    """A label's affiliation tells a reporter asking only where it is a news outlet's name, a
    masthead's, an agency's or a station's call sign, not a firm's or a role's."""
    read = read_transcript(
        "LINDA MOSS: Good morning. The executive will take questions.\n\n"
        "RAY DUNN: The Quay Road bridge will close on Monday for six weeks of repairs, after"
        " inspectors found cracks in two of its piers during the spring survey of county"
        " bridges, and buses will run on Mill Street until it reopens.\n\n"
        f"{label}: Who pays for the repairs?\n\n"
        "RAY DUNN: The state covers most of it.\n"
    )
    assert read is not None
    assert told in read.text.split("\n\n")


def test_a_speaker_who_opens_with_a_statement_is_no_moderator() -> None:
    """At a press conference with no moderator, the first speaker's long opening statement is
    their quotation, not left out as a moderator's turn."""
    read = read_transcript(
        PRESS_CONFERENCE.replace(
            "LINDA MOSS: Good morning, everyone. The executive will make a statement, then take questions.\n\n",
            "",
        )
    )
    assert read is not None
    assert read.text.split("\n\n")[:2] == [
        "\u201cThank you, Linda,\u201d said County Executive Ray Dunn.",
        "\u201cThe Quay Road bridge will close on Monday,\u201d said County Executive Ray Dunn.",
    ]


MEETING = """\
KELLBROOK TOWN COUNCIL
Finance Committee, 4 March 2025

CHAIR: We come to item 4, the harbour car park. Councillor Ruiz.

CLLR ANA RUIZ: Thank you, chair. The car park has lost money for six years. We will not sell it, whatever the papers say. We will lease it from April.

CLLR TOM BRENNAN: Chair, the lease was never put to residents. Who decided it?

CLLR ANA RUIZ: This committee did, in January.

CHAIR: Thank you. Those in favour? Carried.
"""


def test_a_meeting_quotes_each_speaker_a_sentence_at_a_time() -> None:
    """A council meeting's chair runs it as a programme's host does, its turns prose; each
    councillor's turn is told a sentence a quotation naming them, as an article quotes a sentence
    of it, not a whole turn of several sentences as one."""
    read = read_transcript(MEETING)
    assert read is not None
    assert read.text.split("\n\n")[1:] == [
        "We come to item 4, the harbour car park. Councillor Ruiz.",
        "\u201cThank you, chair,\u201d said Cllr Ana Ruiz.",
        "\u201cThe car park has lost money for six years,\u201d said Cllr Ana Ruiz.",
        "\u201cWe will not sell it, whatever the papers say,\u201d said Cllr Ana Ruiz.",
        "\u201cWe will lease it from April,\u201d said Cllr Ana Ruiz.",
        "\u201cChair, the lease was never put to residents,\u201d said Cllr Tom Brennan.",
        "\u201cWho decided it?\u201d said Cllr Tom Brennan.",
        "\u201cThis committee did, in January,\u201d said Cllr Ana Ruiz.",
        "Thank you. Those in favour? Carried.",
    ]


@pytest.mark.parametrize(
    ("host", "guest"),
    [
        pytest.param("PRESENTER", "DR ANA RUIZ", id="presenter_and_a_name"),
        pytest.param("INTERVIEWER", "DR ANA RUIZ", id="interviewer"),
        pytest.param("THE CHAIR", "DR ANA RUIZ (HEALTH BOARD)", id="a_role_in_brackets"),
        pytest.param("[00:01:02] CLERK", "[00:01:09] DR ANA RUIZ", id="bracketed_time_codes"),
        pytest.param("00:01:02 PRESENTER", "00:01:09 DR ANA RUIZ", id="bare_time_codes"),
    ],
)
def test_an_interview_quotes_its_guest_a_sentence_at_a_time(host: str, guest: str) -> None:
    """However its labels are written, with a role in brackets or a time code before them, an
    interview's host asks in prose and its guest's answer is told a sentence a quotation."""
    read = read_transcript(
        f"{host}: Are the waiting lists too long?\n\n"
        f"{guest}: No. We are opening 24 beds in June. Nobody waits two years now.\n\n"
        f"{host}: Thank you.\n"
    )
    assert read is not None
    assert read.text.split("\n\n") == [
        "Are the waiting lists too long?",
        "\u201cNo,\u201d said Dr Ana Ruiz.",
        "\u201cWe are opening 24 beds in June,\u201d said Dr Ana Ruiz.",
        "\u201cNobody waits two years now,\u201d said Dr Ana Ruiz.",
        "Thank you.",
    ]


def test_a_chairman_named_with_a_firm_is_no_meeting_chair() -> None:
    """Only a label that names a meeting's chair alone tells its chair: a guest introduced as a
    firm's chairman is quoted."""
    read = read_transcript(
        "ANN LEE, KRVT ANCHOR: Will the plant close?\n\n"
        "TOM RAY, CHAIRMAN OF ACME ROBOTICS: Not this year.\n\n"
        "LEE: Thank you.\n"
    )
    assert read is not None
    assert "\u201cNot this year,\u201d said Tom Ray." in read.text.split("\n\n")
