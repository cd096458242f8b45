"""Subtitle files (SubRip, WebVTT) read as running text."""

from __future__ import annotations

import pytest

from compare.subtitles import subtitle_text

HARBOUR_SRT = """\
1
00:00:01,000 --> 00:00:03,900
Good evening, I'm Nora Bell
and this is Channel 9 News.

2
00:00:04,100 --> 00:00:08,300
Flooding closed the Quay Road bridge
in Tarrow on Tuesday, and the council

3
00:00:08,400 --> 00:00:11,000
said it would stay shut until Friday.
"""

HARBOUR_VTT = """\
WEBVTT
Kind: captions
Language: en

NOTE exported by the newsroom's player

STYLE
::cue { color: yellow; }

harbour-1
00:01.000 --> 00:03.900 align:start position:10%
<v Nora Bell>Flooding closed the Quay Road bridge

00:00:04.100 --> 00:00:08.300
<v Nora Bell><i>in Tarrow</i> on Tuesday.

00:00:08.400 --> 00:00:11.000
<v.loud Jo Reyes>We will not reopen it &amp; risk lives.</v>

00:00:11.100 --> 00:00:14.000
<v Nora Bell>The council meets <c.yellow>on Friday</c>.
"""


@pytest.mark.parametrize(
    ("subtitles", "text"),
    [
        pytest.param(
            HARBOUR_SRT,
            "Good evening, I'm Nora Bell and this is Channel 9 News. Flooding closed the Quay "
            "Road bridge in Tarrow on Tuesday, and the council said it would stay shut until "
            "Friday.",
            id="srt_cues_joined",
        ),
        pytest.param(
            HARBOUR_VTT,
            "Flooding closed the Quay Road bridge in Tarrow on Tuesday.\n\n"
            "\u201cWe will not reopen it & risk lives,\u201d said Jo Reyes.\n\n"
            "The council meets on Friday.",
            id="vtt_voices_a_paragraph_each",
        ),
        pytest.param(
            "1\r\n00:00:01,000 --> 00:00:03,000\r\n{\\an8}<font color=white>Rain fell.</font>\r\n",
            "Rain fell.",
            id="srt_position_code_and_font_tag",
        ),
        pytest.param(
            "1\n00:00:01,000 --> 00:00:03,000\n- Is the bridge open?\n- Not until Friday.\n\n"
            "2\n00:00:03,100 --> 00:00:05,000\n[sirens wailing]\n\n"
            "3\n00:00:05,100 --> 00:00:07,000\n>> THE COUNCIL MEETS TONIGHT.\n",
            "Is the bridge open?\n\nNot until Friday.\n\nTHE COUNCIL MEETS TONIGHT.",
            id="dashes_and_chevrons_open_turns_sounds_dropped",
        ),
        pytest.param(
            "1\n00:00:01,000 --> 00:00:03,000\n-5 degrees overnight.\n",
            "-5 degrees overnight.",
            id="minus_sign_is_no_dash",
        ),
    ],
)
def test_cues_are_joined_into_running_text(subtitles: str, text: str) -> None:
    """Cue numbers, timings, settings, a WebVTT file's header, NOTE and STYLE blocks and tags go;
    the cues' lines join into the sentences they split, and another voice's words (a voice tag,
    a dialogue dash, captions' chevrons) start a paragraph of their own."""
    assert subtitle_text(subtitles) == text


@pytest.mark.parametrize(
    ("voices", "text"),
    [
        pytest.param(
            ("Nora Bell", "June Park", "Nora Bell"),
            [
                "Flooding closed the Quay Road bridge on Tuesday.",
                "\u201cWe will not reopen it until every pier is safe,\u201d said June Park.",
                "The council meets on Friday.",
            ],
            id="first_voice_hosts_the_next_is_quoted",
        ),
        pytest.param(
            ("June Park, mayor", "Nora Bell, anchor", "Nora Bell, anchor"),
            [
                "\u201cFlooding closed the Quay Road bridge on Tuesday,\u201d said June Park.",
                "We will not reopen it until every pier is safe. The council meets on Friday.",
            ],
            id="a_voice_naming_its_role",
        ),
        pytest.param(
            ("Nora Bell", "Unidentified Male", "Nora Bell"),
            [
                "Flooding closed the Quay Road bridge on Tuesday.",
                "\u201cWe will not reopen it until every pier is safe,\u201d said an unidentified"
                " man.",
                "The council meets on Friday.",
            ],
            id="a_voice_no_one_named",
        ),
    ],
)
def test_a_voice_that_is_not_the_programmes_is_quoted(
    voices: tuple[str, str, str], text: list[str]
) -> None:
    """A voice's turn is told as a transcript's speaker's is: the programme's own (a voice
    naming the anchor's role, else the first voice) as it is, another's as their quotation."""
    lines = (
        "Flooding closed the Quay Road bridge on Tuesday.",
        "We will not reopen it until every pier is safe.",
        "The council meets on Friday.",
    )
    cues = "".join(
        f"00:00:0{2 * number}.000 --> 00:00:0{2 * number + 1}.500\n<v {voice}>{line}\n\n"
        for number, (voice, line) in enumerate(zip(voices, lines, strict=True))
    )
    assert subtitle_text(f"WEBVTT\n\n{cues}") == "\n\n".join(text)


def test_a_text_that_times_no_cue_is_no_subtitle_file() -> None:
    """Prose, or a transcript whose times are not cue timings, is not read as subtitles."""
    assert subtitle_text("[18:00:05] ANCHOR: Flooding closed the Quay Road bridge.") is None
