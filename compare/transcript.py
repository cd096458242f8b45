"""A broadcast transcript saved as text: its spoken words, without the markup set around them.

A transcript service writes who speaks at each turn's start ("JANET MORALES, WKTV ANCHOR:",
"CHEN:", "[17:00:14] ANCHOR:", "00:14:05 CLLR ROSS:"), where the broadcast is ("[18:00:05]"), what is heard or shown
("(BEGIN VIDEOTAPE)", "[CROSSTALK]", "[inaudible]") and a notice that the copy is a rush one. None
of it was said on air: left in, each cue would be a sentence the broadcast adds and each label a
name that differs from a wire's. A text is read as a transcript only by its labels, several lines
opening with one and two speakers at least, so that a news article's "Q:" and "A:" or "UPDATE:"
stay its text. A turn of anyone but the programme's own (an anchor, host, reporter or
correspondent, a meeting's chair or clerk) is that speaker's quotation, told as a Markdown
blockquote that names its speaker is (see :func:`compare.plain_text.as_quotation`): a guest's
answer, an official's sound bite or a councillor's speech is their own words, which an article
quoting them shares as a quotation. A turn runs to eighty words, of which an article quotes a
sentence or two: in English each sentence of it is told as a quotation of its own, naming its
speaker, so the sentence an article quotes is matched with the one the speaker said.

A press conference's transcript names the reporters who ask by their outlet ("JANE COYLE,
MARLOW FALLS COURIER:"): they ask as the programme's own reporters do, and their questions are no
one's quotation. Its moderator's turns, the first speaker's when each is short and no label
names a role ("Good morning, everyone.", "We have time for one more."), only hand the floor to
others: no news, they are left out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from compare.lexicon import STATION_CALL_SIGN, lexicon
from compare.plain_text import as_quotation
from compare.segment import in_english, sentence_spans

TIME_CODE = r"\[\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?\]"
# A turn's time code unbracketed, as a meeting's recording is transcribed ("00:14:05 CLLR ROSS:"):
# read only before a label, as a line's own "10:30" is a time said.
LABEL_TIME_CODE = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?"
# A speaker's label: names and roles in capitals, apart by spaces or commas, perhaps with words
# in brackets ("GOV. DANA WHITFIELD (D)", "CHEN (voice-over)", "REPORTER (JOE LIN)"), then a
# colon; perhaps after the turn's time code.
# Capitals with Latin-1's accented ones, which Spanish, French, Portuguese and German labels
# write ("JOSÉ LÓPEZ:", "FRANÇOIS:").
CAPITAL = "A-Z\u00c0-\u00d6\u00d8-\u00de"
LABEL_WORD = rf"[{CAPITAL}][{CAPITAL}0-9.'&\-]*"
BRACKETED = r"\([^()\n]{1,40}\)"
SPEAKER_LABEL = re.compile(
    rf"[ \t]*(?:(?:{TIME_CODE}|{LABEL_TIME_CODE})[ \t]*)?"
    rf"(?P<label>{LABEL_WORD}(?:(?:[ \t]|,[ \t])+(?:{LABEL_WORD}|{BRACKETED})){{0,7}})"
    r"[ \t]*:(?:[ \t]+|$)"
)
# Several turns by two speakers at least tell a transcript; two are enough when both labels name
# a programme's role ("ANN LEE, KTV ANCHOR:").
MIN_TURNS = 3
MIN_SPEAKERS = 2
# The programme's own speakers: their turns are its narration, any other speaker's their quotation.
STAFF_ROLES = frozenset(
    {"ANCHOR", "CO-ANCHOR", "HOST", "CO-HOST", "REPORTER", "CORRESPONDENT", "PRESENTER"}
    | {"NEWSREADER", "NEWSCASTER", "MODERATOR", "METEOROLOGIST", "ANNOUNCER", "INTERVIEWER"}
)
# A meeting's chair and clerk run it as a host runs a programme ("CHAIR: We move to item 6."), when
# the label names the office alone: "ANN ROSS, CHAIRMAN OF ACME" is a guest.
MEETING_STAFF = frozenset({"CHAIR", "CHAIRMAN", "CHAIRWOMAN", "CHAIRPERSON", "CLERK"})
# The words a press conference's moderator hands the floor with at most in a turn ("We have time
# for one more."); a speaker who opens with a longer turn gives a statement.
MODERATOR_TURN_WORDS = 40
# The words an outlet's name may end with that end an office's or a firm's as often ("Acme
# Corporation", "Environmental Protection Agency"): a questioner's label names an outlet so only
# where the name is a news agency's ("Valley News Service").
NOT_OUTLET_ENDS = frozenset({"agency", "corporation", "service", "network"})
# A label naming no one but what they are ("RESIDENT:", "CALLER:"): a quotation of theirs is
# told as news copy tells a passer-by's, "said a resident".
NAMELESS_ROLES = frozenset(
    {"RESIDENT", "WITNESS", "EYEWITNESS", "CALLER", "NEIGHBOR", "NEIGHBOUR", "VOTER", "VOLUNTEER"}
    | {"STUDENT", "PARENT", "PATIENT", "DRIVER", "PASSENGER", "CUSTOMER", "WORKER", "SURVIVOR"}
    | {"PROTESTER", "PROTESTOR", "OFFICIAL", "SPOKESPERSON", "SPOKESMAN", "SPOKESWOMAN", "EVACUEE"}
    | {"MAN", "WOMAN", "BOY", "GIRL", "SHOPPER", "FAN", "GUEST"}
)
# Labels a transcriber gives a speaker they cannot name, in words news copy would not write
# ("UNIDENTIFIED MALE:", "CROWD:"), and how it tells such a speaker's quotation.
UNNAMED_SPEAKERS = {
    "UNIDENTIFIED MALE": "an unidentified man",
    "UNIDENTIFIED FEMALE": "an unidentified woman",
    "UNIDENTIFIED MAN": "an unidentified man",
    "UNIDENTIFIED WOMAN": "an unidentified woman",
    "UNIDENTIFIED PERSON": "an unidentified person",
    "UNIDENTIFIED SPEAKER": "a speaker",
    "UNKNOWN MALE": "an unidentified man",
    "UNKNOWN FEMALE": "an unidentified woman",
    "UNKNOWN SPEAKER": "a speaker",
    "CROWD": "the crowd",
}
ROLE_WORD = re.compile(rf"[{CAPITAL}][{CAPITAL}\-]*")
# A label in capitalised words right after a turn's own ("REYES: Unidentified Male: [inaudible]"):
# the transcriber's, not spoken. One word alone is a label only when it names a role ("Caller:"),
# as speech opens with one ("Look: the count is not over.").
INNER_LABEL = re.compile(
    rf"\A[ \t]*(?:[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){{1,3}}|(?i:{'|'.join(sorted(NAMELESS_ROLES))}))"
    r"[ \t]*:(?:[ \t]+|$)"
)
# A party's letter after a politician's name, "(D)", "(R-TX)": no part of the name.
PARTY = re.compile(r"\((?:[A-Z](?:-[A-Z]{2})?)\)")
TIME_CODES = re.compile(rf"[ \t]*{TIME_CODE}[ \t]*")
# What is heard or shown rather than said: a cue in brackets, on a line of its own or inside a
# turn ("[CROSSTALK]", "[inaudible]", "(LAUGHTER)"), and the rush transcript's notice.
CUE_WORDS = r"inaudible|unintelligible|crosstalk|laughter|laughs|applause|music|silence|sighs"
# Only the cue words are read in any case: a bracket's words in lower case are an editor's
# ("We told them [the council] in May").
INLINE_CUE = re.compile(
    rf"[ \t]*(?:\[(?:[A-Z][A-Z .,'\-]*|(?i:{CUE_WORDS}))\]|\((?i:{CUE_WORDS})\))"
)
CAPITAL_CUE = re.compile(r"\[[^\]\na-z]+\]")
STAGE_DIRECTION = re.compile(r"\s*[\[(][^\])\n]*[\])]\s*")
RUSH_NOTICE = re.compile(r"THIS IS A RUSH TRANSCRIPT\b.*", re.IGNORECASE)
# A transcript's header: its programme, network and when it aired ("Aired September 14, 2025 -
# 18:00 ET", "Air date: ...", "Time: 18:00 ET").
HEADER_FIELD = re.compile(
    r"\s*(?:(?P<field>air\s*date|date|time|show|program|programme|network|station|channel)\s*:"
    r"|(?P<aired>aired)\b:?)\s*(?P<value>\S.*?)\s*",
    re.IGNORECASE,
)
DATE_FIELDS = frozenset({"aired", "airdate", "date"})
TITLE_FIELDS = frozenset({"show", "program", "programme"})
OUTLET_FIELDS = frozenset({"network", "station", "channel"})
# "September 14, 2025 - 18:00 ET": the dash between a day and its time.
DASH_BEFORE_TIME = re.compile(r"\s+[-\u2013\u2014]\s+(?=\d)")


@dataclass(frozen=True, slots=True)
class Transcript:
    """A transcript's spoken words, a paragraph a turn, and what its header names."""

    text: str
    title: str | None = None
    aired: str | None = None
    network: str | None = None


@dataclass(frozen=True, slots=True)
class Turn:
    """A speaker's turn: the label that names who speaks it (``None`` where none does, as before
    a transcript's first label) and its paragraphs."""

    label: str | None
    paragraphs: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Speaker:
    name: str | None
    staff: bool
    moderator: bool = False


def read_transcript(text: str) -> Transcript | None:
    """``text`` read as a broadcast transcript, or ``None`` when its lines do not read as one.

    >>> said = read_transcript(
    ...     "[18:00:05]\\nANN LEE, KTV ANCHOR: The governor closed all roads in the county.\\n"
    ...     "(BEGIN VIDEO CLIP)\\nGOV. DANA PARK (D): We need everyone to stay home tonight.\\n"
    ...     "(END VIDEO CLIP)\\nLEE: That was the governor. [CROSSTALK] Back to you."
    ... )
    >>> print(said.text)
    The governor closed all roads in the county.
    <BLANKLINE>
    \u201cWe need everyone to stay home tonight,\u201d said Gov. Dana Park.
    <BLANKLINE>
    That was the governor. Back to you.
    >>> read_transcript("Q: Will you run?\\nA: No.\\nQ: Why?\\nA: Family.") is None
    True
    """
    lines = text.split("\n")
    labels = [SPEAKER_LABEL.match(line) for line in lines]
    found = [label["label"] for label in labels if label and len(_key(label["label"])) > 1]
    staff_turns = sum(_names_staff(label) for label in found)
    if len({_key(label) for label in found}) < MIN_SPEAKERS or (
        len(found) < MIN_TURNS and staff_turns < MIN_SPEAKERS
    ):
        return None
    first_turn = next(
        number for number, line in enumerate(lines) if labels[number] or TIME_CODES.fullmatch(line)
    )
    # A release's or an article's labelled lines under its text ("CONTACT:", "SOURCE:") are no
    # turns: a transcript's turns hold most of its words.
    if sum(len(line.split()) for line in lines[first_turn:]) * 2 < len(text.split()):
        return None
    header = _header(lines[:first_turn])
    turns: list[Turn] = []
    turn_label: str | None = None
    turn: list[list[str]] = [[]]
    for line, label in zip(lines[first_turn:], labels[first_turn:], strict=True):
        if label and len(_key(label["label"])) > 1:
            turns.append(Turn(turn_label, _paragraphs(turn)))
            turn_label, turn = label["label"], [[]]
            line = INNER_LABEL.sub("", line[label.end() :], count=1)
        if spoken := _spoken(line):
            turn[-1].append(spoken)
        elif turn[-1] and not line.strip():
            turn.append([])
    turns.append(Turn(turn_label, _paragraphs(turn)))
    header_lines = [line for line in header.pop("", []) if line]
    paragraphs = header_lines + told_turns(turns, english=in_english(text))
    return Transcript(
        "\n\n".join(paragraphs),
        title=next(iter(header.get("title", [])), None),
        aired=" ".join(header.get("aired", [])) or None,
        network=next(iter(header.get("network", [])), None),
    )


def _spoken(line: str) -> str:
    """A line's words as spoken: without time codes, cues and the rush transcript's notice."""
    line = INLINE_CUE.sub("", TIME_CODES.sub(" ", line))
    line = CAPITAL_CUE.sub("", line).strip()
    if not line or STAGE_DIRECTION.fullmatch(line) or RUSH_NOTICE.fullmatch(line):
        return ""
    return line


def told_turns(turns: Sequence[Turn], *, english: bool) -> list[str]:
    """The turns' paragraphs as a transcript tells them: the programme's own words as they are,
    anyone else's as their quotation, naming them when their label does (in an ``english``
    transcript a sentence a quotation, as news copy tells a speaker: see :func:`as_quotation`). Who is the programme's
    own is read from all the labels (see :func:`_speakers`); a turn no label names is.

    >>> told_turns(
    ...     [Turn("Ann Lee", ("The bridge shut.",)), Turn("June Park", ("We will rebuild it.",))],
    ...     english=True,
    ... )
    ['The bridge shut.', '\u201cWe will rebuild it,\u201d said June Park.']
    """
    questioners = _questioners(turns)
    speakers = _speakers(turns, questioners)
    told: list[str] = []
    for turn in turns:
        speaker = speakers[_key(turn.label)] if turn.label else None
        if speaker and speaker.moderator:
            continue
        if not turn.paragraphs or speaker is None or speaker.staff:
            told += turn.paragraphs
            continue
        paragraphs = list(turn.paragraphs)
        if english and speaker.name:
            told += _quoted_sentence_by_sentence(paragraphs, speaker.name)
            continue
        named = [*paragraphs, f"\u2014 {speaker.name}"] if speaker.name else paragraphs
        told += as_quotation(named, english=english) or paragraphs
    return told


def _quoted_sentence_by_sentence(paragraphs: list[str], name: str) -> list[str]:
    """A named speaker's turn, in English, told a sentence a quotation, each naming them.

    >>> _quoted_sentence_by_sentence(["We will rebuild it. It opens in May."], "June Park")
    ['\u201cWe will rebuild it,\u201d said June Park.', '\u201cIt opens in May,\u201d said June Park.']
    """
    told: list[str] = []
    for paragraph in paragraphs:
        for start, end in sentence_spans(paragraph):
            sentence = paragraph[start:end]
            told += as_quotation([sentence, f"\u2014 {name}"], english=True) or [sentence]
    return told


def _paragraphs(turn: list[list[str]]) -> tuple[str, ...]:
    return tuple(" ".join(lines) for lines in turn if lines)


def _speakers(turns: Sequence[Turn], questioners: frozenset[str]) -> dict[str, _Speaker]:
    """Each label's speaker, by its :func:`_key`: whether they are the programme's own (a label
    that names their role, or the one a surname alone was first given with; a reporter asking
    at a press conference, see :func:`_questioners`; when no label names a role, the first to
    speak is the host, at a press conference its moderator where each of their turns is short)
    and the name a quotation of theirs is told with. ``questioners`` are the reporters asking
    at a press conference."""
    labels = [turn.label for turn in turns if turn.label]
    speakers: dict[str, _Speaker] = {}
    named_roles = any(_names_staff(label) for label in labels)
    for label in labels:
        if (key := _key(label)) in speakers:
            continue
        if named_roles or key in questioners:
            speaker = _Speaker(_name(label), staff=key in questioners or _names_staff(label))
        elif speakers:
            speaker = _Speaker(_name(label), staff=False)
        elif questioners:
            moderates = _moderates(turns, key, questioners)
            speaker = _Speaker(_name(label), staff=moderates, moderator=moderates)
        else:
            speaker = _Speaker(_name(label), staff=True)
        speakers[key] = speaker
        speakers.setdefault(key.rsplit(" ", 1)[-1], speakers[key])
    return speakers


def _moderates(turns: Sequence[Turn], key: str, questioners: frozenset[str]) -> bool:
    """Whether the speaker ``key`` only hands the floor to others at a press conference: each of
    their turns is short, and another who is not asking says more than they do in all."""
    said: dict[str, int] = {}
    for turn in turns:
        if turn.label:
            said[_key(turn.label)] = said.get(_key(turn.label), 0) + _word_count(turn)
    own = {key, key.rsplit(" ", 1)[-1]}
    short = all(
        _word_count(turn) <= MODERATOR_TURN_WORDS
        for turn in turns
        if turn.label and _key(turn.label) in own
    )
    others = [words for other, words in said.items() if other not in own | questioners]
    return short and any(words > sum(said.get(name, 0) for name in own) for words in others)


def _questioners(turns: Sequence[Turn]) -> frozenset[str]:
    """The :func:`_key` of each speaker a press conference's transcript names by a news outlet
    after their name ("JANE COYLE, MARLOW FALLS COURIER", "MARCUS BELL, WMFR RADIO") and whose
    every turn asks: a reporter's, not a guest's who works for one and gives their view.

    >>> sorted(_questioners([
    ...     Turn("JANE COYLE, MARLOW FALLS COURIER", ("Is the water safe?",)),
    ...     Turn("DENISE OKAFOR, MAYOR OF MARLOW FALLS", ("Use a filter.",)),
    ...     Turn("LENA MARSH, ACME CORPORATION", ("Will you appeal?",)),
    ... ]))
    ['JANE COYLE']
    """
    asked: dict[str, bool] = {}
    for turn in turns:
        if turn.label and _names_an_outlet(turn.label):
            key = _key(turn.label)
            asked[key] = asked.get(key, True) and any("?" in part for part in turn.paragraphs)
    return frozenset(key for key, asks in asked.items() if asks)


def _names_an_outlet(label: str) -> bool:
    """Whether a label's words after the speaker's name, past a comma, are a news outlet's name
    whole: a wire's ("THE ASSOCIATED PRESS"), a masthead's or a news agency's, or a station's
    call sign ("WMFR")."""
    _, comma, affiliation = label.partition(",")
    affiliation = affiliation.strip()
    if not comma:
        return False
    terms = lexicon()
    if STATION_CALL_SIGN.fullmatch(affiliation) or affiliation in terms.dateline_broadcasters:
        return True
    if terms.wire_service_named(affiliation.title()):
        return True
    named = terms.outlets_named(affiliation.title())
    if len(named) != 1 or named[0].casefold() != affiliation.casefold():
        return False
    return terms.is_agency(named[0]) or named[0].split()[-1].casefold() not in NOT_OUTLET_ENDS


def _word_count(turn: Turn) -> int:
    return sum(len(paragraph.split()) for paragraph in turn.paragraphs)


def _key(label: str) -> str:
    """Who a label names, as later labels name them by surname: its words before a comma or a
    bracket ("LISA CHEN" of "LISA CHEN, WKTV CORRESPONDENT", "ANA RUIZ" of "ANA RUIZ (HEALTH
    BOARD)"), a bracket's name after a role alone ("JOE LIN" of "REPORTER (JOE LIN)")."""
    before = re.split(r"[,(]", label, maxsplit=1)[0].strip()
    inner = re.search(rf"\(([{CAPITAL}][{CAPITAL} .'\-]+)\)", label)
    if (
        inner
        and not PARTY.fullmatch(inner.group())
        and " " in inner[1].strip()
        and (" " not in before or _roles(before) <= STAFF_ROLES)
    ):
        return inner[1].strip()
    return before


def _names_staff(label: str) -> bool:
    """Whether a label names the programme's own role ("KRVT ANCHOR") or a meeting's chair or
    clerk alone ("THE CHAIR")."""
    office = " ".join(_key(label).upper().split()).removeprefix("THE ")
    return bool(_roles(label) & STAFF_ROLES) or office in MEETING_STAFF


def _roles(label: str) -> set[str]:
    """The words of a label that may name a role, in capitals as a transcript's labels are (a
    subtitle's voice writes "Ann Lee, anchor")."""
    return set(ROLE_WORD.findall(label.upper()))


def _name(label: str) -> str | None:
    """The speaker's name as news copy writes it, ``None`` when the label names the programme's
    role alone, "a resident" when it names what a speaker is and not who ("an unidentified
    man" of "UNIDENTIFIED MALE")."""
    key = _key(label)
    if _roles(key) <= STAFF_ROLES or _names_staff(key):
        return None
    if unnamed := UNNAMED_SPEAKERS.get(" ".join(key.upper().split())):
        return unnamed
    if key.upper() in NAMELESS_ROLES:
        return f"{'an' if key[0] in 'AEIOUaeiou' else 'a'} {key.lower()}"
    return key.title() if key.isupper() else key


def _header(lines: list[str]) -> dict[str, list[str]]:
    """What a transcript's lines above its first turn name: its "title" (a programme's label,
    else its first line), when it "aired" (the day, and the time and zone where given), its
    "network"; under ``""`` the lines that are none of these, to be read as text."""
    found: dict[str, list[str]] = {}
    for line in filter(str.strip, lines):
        field = HEADER_FIELD.fullmatch(line)
        name = field and "".join((field["field"] or field["aired"]).lower().split())
        if field and name in DATE_FIELDS | {"time"}:
            found.setdefault("aired", []).append(DASH_BEFORE_TIME.sub(" ", field["value"]))
        elif field and name in TITLE_FIELDS:
            found.setdefault("title", []).insert(0, field["value"])
        elif field and name in OUTLET_FIELDS:
            found.setdefault("network", []).append(field["value"])
        elif line.strip()[-1] not in ".!?" and not found.keys() & {"title", ""}:
            found["title"] = [line.strip()]
        else:
            found.setdefault("", []).append(_spoken(line))
    return found
