"""Subtitles (SubRip ``.srt``, WebVTT ``.vtt``) as the running text they show.

A subtitle file cuts a broadcast's words into cues of a line or two, each under its number and
the times it is shown ("00:00:04,400 --> 00:00:09,800"), so a sentence runs over several cues.
Read as text, the numbers and times would be words of the sentences and a sentence's halves two
sentences: here the cues' text is joined again, and what only places or styles it goes (a WebVTT
file's header, its ``NOTE``, ``STYLE`` and ``REGION`` blocks, cue settings, tags such as ``<i>``
or ``<c.yellow>``, a SubRip editor's ``{\\an8}``). A WebVTT voice tag (``<v Dana Whitfield>``)
names who speaks: the words of another speaker than the one before start a paragraph of their
own, as a subtitle line that opens with a dash or captions' ">>" does, and a voice's turn is
told as a transcript's speaker's is (see :func:`compare.transcript.told_turns`): the programme's
own words as they are, a guest's or an official's as their quotation. A cue that only describes
a sound ("[wind howling]") is no one's words.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

from compare.segment import in_english, unpunctuated
from compare.transcript import Turn, told_turns

# A cue's timing line: its start and end, hours perhaps left out in WebVTT ("01:02.500"), then
# WebVTT's cue settings ("align:start position:10%").
CUE_TIMING = re.compile(
    r"^[ \t]*(?:\d+:)?\d{1,2}:\d{2}[,.]\d{1,3}[ \t]*-->[ \t]*(?:\d+:)?\d{1,2}:\d{2}[,.]\d{1,3}"
    r"(?:[ \t].*)?$"
)
# Blocks of a WebVTT file that are no cue: the file's header, comments, styles and regions.
WEBVTT_HEADER = re.compile(r"^\ufeff?WEBVTT(?:[ \t].*)?$")
NOT_A_CUE = re.compile(rf"{WEBVTT_HEADER.pattern}|^(?:NOTE|STYLE|REGION)(?:[ \t].*)?$")
VOICE = re.compile(r"<v(?:\.[\w.-]+)?[ \t]+(?P<speaker>[^>]*)>")
# Any other tag ("<i>", "</v>", "<c.yellow>", "<font color=...>", a karaoke time "<00:00:05.000>")
# and a SubRip editor's position and style codes ("{\an8}").
MARKUP = re.compile(r"</?[A-Za-z][^<>]*>|<\d[\d:.]*>|\{\\[^{}]*\}")
# What opens a new speaker's words in subtitles without voice tags: a dash, or closed captions'
# chevrons (">>", ">>>" a new story).
NEW_SPEAKER = re.compile(r"^(?:>>>?|[-\u2010\u2013\u2014](?=[ \t]*[^\s\d]))[ \t]*")
# A description of a sound for the deaf and hard of hearing: a whole line in brackets.
SOUND = re.compile(r"^\s*(?:\[[^\[\]]*\]|\([^()]*\))\s*$")


def subtitle_text(subtitles: str) -> str | None:
    """The running text of a subtitle file: its cues' words joined, a paragraph a speaker's turn;
    ``None`` when no line of it times a cue (it is no subtitle file).

    >>> srt = "1\\n00:00:04,400 --> 00:00:09,800\\nStorm Eleanor hit\\nthe coast\\n\\n"
    >>> subtitle_text(srt + "2\\n00:00:09,900 --> 00:00:12,000\\n<i>on Sunday.</i>\\n")
    'Storm Eleanor hit the coast on Sunday.'
    >>> subtitle_text("The storm hit the coast on Sunday.") is None
    True
    """
    # Subtitle editors write Windows' line ends.
    lines = subtitles.replace("\r\n", "\n").strip()
    blocks = [block.split("\n") for block in re.split(r"\n[ \t]*\n", lines)]
    if not any(CUE_TIMING.match(line) for lines in blocks for line in lines):
        return None
    turns: list[tuple[str | None, list[str]]] = [(None, [])]
    for words, voice in _cue_lines(blocks):
        # A dash's speaker is unnamed: each one opens another turn.
        if voice is not None and (voice != turns[-1][0] or not voice):
            turns.append((voice, []))
        turns[-1][1].append(words)
    # Cues without sentence punctuation (speech-to-text's) keep a line each: segment cuts such
    # text into pieces where a cue ends rather than inside one.
    cues_apart = unpunctuated(" ".join(" ".join(lines) for _, lines in turns))
    spoken = [
        Turn(voice or None, (("\n" if cues_apart else " ").join(lines),))
        for voice, lines in turns
        if lines
    ]
    english = in_english("\n\n".join(turn.paragraphs[0] for turn in spoken))
    return "\n\n".join(told_turns(spoken, english=english))


def _cue_lines(blocks: list[list[str]]) -> Iterator[tuple[str, str | None]]:
    """Each line of the cues' text, without its markup, and who speaks it: a voice tag's name,
    ``""`` for a new speaker a dash or ">>" opens, ``None`` where the line does not say.

    >>> list(_cue_lines([["00:01.000 --> 00:04.000", "<v Ann Lee>We hold.", "- No."]]))
    [('We hold.', 'Ann Lee'), ('No.', '')]
    """
    timed = False
    for lines in blocks:
        timing = next((i for i, line in enumerate(lines) if CUE_TIMING.match(line)), None)
        if timing is None:
            # A cue's text with a blank line inside goes on; a header or a comment is none.
            if not timed or NOT_A_CUE.match(lines[0]):
                continue
            text = lines
        else:
            timed = True
            text = lines[timing + 1 :]
        for line in text:
            voice = VOICE.search(line)
            words = " ".join(html.unescape(MARKUP.sub("", VOICE.sub("", line))).split())
            if new_speaker := NEW_SPEAKER.match(words):
                words = words[new_speaker.end() :]
            if words and not SOUND.match(words):
                yield words, voice["speaker"].strip() if voice else "" if new_speaker else None
