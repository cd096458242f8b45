"""Helpers shared by the tests: documents and sentences built in memory from real text."""

from __future__ import annotations

import html
import json
import os
import random
import re
import zipfile
from collections.abc import Sequence
from dataclasses import replace
from email.message import EmailMessage
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest

from compare.boilerplate import find_boilerplate, find_notes
from compare.records import (
    Document,
    FramingKind,
    FramingNote,
    Match,
    MatchKind,
    PairComparison,
    Sentence,
    Span,
    Verdict,
)
from compare.segment import segment

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
WIRE_COPY = FIXTURES / "wire_copy"
PORT_STRIKE = FIXTURES / "port_strike"
# A Xinhua dispatch, a paper's rewrite of it, another paper's own report, an unrelated story.
CHINESE = FIXTURES / "chinese"
# A Kyodo dispatch, a paper that runs it under Kyodo's dateline, a broadcaster's own report that
# takes two of its sentences, another outlet's own report, an unrelated story.
JAPANESE = FIXTURES / "japanese"
# A ferry operator's release, a council's library release two weeks earlier and an island
# paper's reprint of it (another story), and a weekly round-up that pastes four sentences of the
# first and two of the second: pairs across stories.
ROUNDUP = FIXTURES / "roundup"
# One week of one town's news from four outlets, each file named outlet_event: a school-board
# vote, a warehouse fire on Route 9, a football result, a budget hearing and the budget's
# adoption a week later, and another town's budget written from the same template. Every
# article names "Kestrel Bay" (but the other town's), most a second place ("Route 9", "Kestrel
# Bay High School") or a year.
KESTREL_BAY = FIXTURES / "kestrel_bay"
# One event's coverage of one day or the next: an agency text, copies of it, some keeping only
# its later paragraphs (cancellations and refunds, a politician's demand, weather warnings), and
# outlets' own reports in their own words that share its names, places and figures: a ferry's
# grounding, a fact-check of a claim's "32 %", two reports of a flood's four dead in Dhiban.
FERRY_EN = FIXTURES / "ferry_en"
CLAIM_CHECK_ES = FIXTURES / "claim_check_es"
FLOOD_AR = FIXTURES / "flood_ar"


def document(text: str, id: str = "d", source: str | None = None, **meta: str) -> Document:
    """A document built in memory, as the reader would build it from a plain file."""
    return Document(
        id=id,
        path=f"{id}.txt",
        source=source or id,
        source_from_path=source is None,
        title=meta.get("title"),
        published=meta.get("published"),
        url=meta.get("url"),
        text=text,
    )


def boilerplate_of(*documents: Document) -> frozenset[tuple[str, int]]:
    """The boilerplate sentences of documents, each segmented as the pipeline segments it."""
    sentences = {d.id: segment(d) for d in documents}
    return find_boilerplate(documents, sentences, find_notes(documents, sentences))


def sentence(text: str, id: str = "d") -> Sentence:
    """The single sentence of ``text``."""
    (only,) = segment(document(text, id))
    return only


def refuse_to_read(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """Make reading any file called ``name`` fail as a file without read permission does.

    (chmod cannot do it when the tests run as root.)
    """
    original = Path.read_bytes

    def refuse(path: Path) -> bytes:
        if path.name == name:
            raise PermissionError(13, "Permission denied")
        return original(path)

    monkeypatch.setattr(Path, "read_bytes", refuse)


def refuse_to_list(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """Make any folder called ``name`` fail to be listed or searched, as a folder without read
    and search permission does (chmod cannot do it when the tests run as root)."""
    scandir, stat = os.scandir, Path.stat

    def refuse_listing(path: Any = ".") -> Any:
        if Path(path).name == name:
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)

    def refuse_search(path: Path, **options: Any) -> os.stat_result:
        if path.parent.name == name:
            raise PermissionError(13, "Permission denied", str(path))
        return stat(path, **options)

    monkeypatch.setattr(os, "scandir", refuse_listing)
    monkeypatch.setattr(Path, "stat", refuse_search)


def aligned_pair(
    a: str,
    b: str,
    links: Sequence[tuple[int, int, MatchKind]] = (),
    verdict: Verdict = Verdict.INDEPENDENT,
    contained: tuple[float, float] = (0.0, 0.0),
    framing: Sequence[str] = (),
    story: str = "story-001",
) -> PairComparison:
    """A compared pair built by hand: which sentences align, how, and the verdict."""
    matches = tuple(
        Match(
            Span((i,), 0, 0, ""),
            Span((j,), 0, 0, ""),
            100.0,
            kind,
            framing=tuple(FramingNote(FramingKind(note), "", "") for note in framing),
        )
        for i, j, kind in links
    )
    return PairComparison(
        a, b, story, verdict, None, *contained, 0.0, 0.0, 0.0, 0.0, 0, None, matches, (), (), 0.0
    )


# A city paper's story, as three other papers reprint it that afternoon, each with a line of its
# own at the end.
BRIDGE_STORY = """\
The Tarrow City Council voted 6-3 on Tuesday to close the Meridian Street Bridge to heavy trucks
after inspectors found corrosion in two of its steel supports.
The ban takes effect on June 1 and will stay in place until repairs are finished, which the city
engineer, Dana Ortiz, said could take up to 18 months.
"We are not going to wait for a piece of concrete to fall on someone," Ms. Ortiz told the
council.
Trucking companies have warned that the detour through the Eastgate industrial park will add
about 20 minutes to each delivery.
The council also set aside $4.2 million from the capital budget for the first phase of the
repairs.
"""
BRIDGE_PICKUPS = {
    "valley_courier": ("2024-05-14T17:00:00Z", "The Courier will follow the repairs."),
    "metro_digest": ("2024-05-14T18:00:00Z", "Eastgate businesses were not consulted."),
    "daily_brief": ("2024-05-14T19:00:00Z", "Readers can send questions to the Brief."),
}
LEDGER_CREDIT = "This article was originally published by The Tarrow Ledger."


def write_bridge_pickups(folder: Path, uncredited: str | None = None) -> None:
    """The Tarrow Ledger's story in ``folder``, and three papers' reprints of it, later that day,
    each crediting the Ledger but ``uncredited``; each file gives its source and time."""

    def write(outlet: str, source: str, when: str, text: str) -> None:
        (folder / outlet).mkdir(parents=True)
        front = f"---\nsource: {source}\ndate: {when}\n---\n\n"
        (folder / outlet / "bridge.md").write_text(front + text, encoding="utf-8")

    write("tarrow_ledger", "The Tarrow Ledger", "2024-05-14T14:00:00Z", BRIDGE_STORY)
    for outlet, (when, own) in BRIDGE_PICKUPS.items():
        credit = "" if outlet == uncredited else LEDGER_CREDIT
        source = outlet.replace("_", " ").title()
        write(outlet, source, when, f"{BRIDGE_STORY}{own}\n{credit}\n")


# A wire story that very many outlets carry: more copies than an LSH bucket holds in full.
FERRY_STRIKE = (
    "Ferry crews on the Kessling Strait walked out at dawn on Thursday, stranding thousands of "
    "commuters on both shores.",
    "The Maritime Workers Guild said 1,800 deckhands and engineers joined the strike after talks "
    "on overtime pay broke down on Wednesday night.",
    "Operator Bluewater Lines cancelled all 64 crossings scheduled for the day and said it would "
    "refund tickets bought in advance.",
    "Guild secretary Ines Marlowe said crews would stay ashore until the company restored the "
    "night-shift bonus it cut in March.",
    "Bluewater Lines said its offer of a 6 percent raise over two years remained on the table.",
)


def ferry_strike_copies(outlets: int) -> list[Document]:
    """The wire's ferry strike story and ``outlets`` copies of it, one an outlet: every third
    leaves out the last sentence, every fifth says "stated" for "said", and each closes with a
    line of its own."""
    # Its own desk's byline signs it as an agency's: the name alone would not.
    copies = [
        replace(
            document("\n\n".join(FERRY_STRIKE), "wire", "Harbour Wire"), author="Harbour Wire staff"
        )
    ]
    for n in range(outlets):
        sentences = list(FERRY_STRIKE[:-1] if n % 3 == 0 else FERRY_STRIKE)
        if n % 5 == 0:
            sentences[1] = sentences[1].replace(" said ", " stated ")
        sentences.append(f"Readers in ward {n} can find their local timetable on our website.")
        copies.append(document("\n\n".join(sentences), f"outlet{n:03d}", f"Outlet {n}"))
    return copies


# One article of the Marlow Gazette as a content system's feed lists its versions, newest first:
# all published at one moment, each modified later. The second version raised the toll from two
# to four, the third dropped "reportedly".
GAZETTE_URL = "https://gazette.example/2025/09/03/quarry-collapse"
QUARRY = [
    "A wall of the Hatherley quarry collapsed on Wednesday morning, killing two workers, "
    "the county coroner said.",
    "The quarry's owner, Brandt Aggregates, had reportedly ignored two warnings from "
    "inspectors about loose rock on the north face.",
    "Rescue teams from three towns searched the rubble until late afternoon.",
    "The company said it would cooperate with the inquiry and suspended all blasting at the site.",
]


def _quarry_version(n: int, modified: str, toll: str, hedge: str, title: str) -> dict[str, str]:
    paragraphs = [
        QUARRY[0].replace("two workers", f"{toll} workers"),
        QUARRY[1].replace("reportedly ", hedge),
        *QUARRY[2:],
    ]
    return {
        "id": f"gazette-v{n}",
        "url": GAZETTE_URL,
        "source": "Marlow Gazette",
        "title": title,
        "published": "2025-09-03T06:00:00Z",
        "dateModified": modified,
        "text": "\n\n".join(paragraphs),
    }


QUARRY_VERSIONS = [
    _quarry_version(3, "2025-09-03T14:20:00Z", "four", "", "Quarry owner ignored warnings"),
    _quarry_version(2, "2025-09-03T09:45:00Z", "four", "reportedly ", "Four die at quarry"),
    _quarry_version(1, "2025-09-03T06:00:00Z", "two", "reportedly ", "Two die at quarry"),
]
# The same versions as many content systems date them, without a zone: by the feed's clock.
QUARRY_VERSIONS_BY_FEED_CLOCK = [
    {**version, "dateModified": version["dateModified"].removesuffix("Z")}
    for version in QUARRY_VERSIONS
]
# As a content system that writes every time without a zone dates them, the original giving no
# modification time: only its publication, by the feed's clock, dates it.
QUARRY_VERSIONS_ALL_BY_FEED_CLOCK = [
    {
        key: value.removesuffix("Z") if key in {"published", "dateModified"} else value
        for key, value in version.items()
        if key != "dateModified" or value != version["published"]
    }
    for version in QUARRY_VERSIONS
]


# One article of the Harbour Gazette saved four times, and a rival's copy of its first version:
# an update note at 08:30 (a sheriff's statement added), a correction at 12:00 whose note names
# only the toll it corrects ("two" to "three") though it also changed the injured and the damage,
# and an edit at 16:00 with no note of its own (the firefighters).
WAREHOUSE_URL = "https://harbourgazette.example/news/millbrook-warehouse-fire"
WAREHOUSE = [
    "Two people were killed and 9 injured when fire swept through a cold-storage warehouse in "
    "Millbrook on Tuesday night, the fire service said.",
    "The blaze broke out shortly before 11 p.m. and took 60 firefighters more than five hours "
    "to bring under control.",
    "The warehouse's owner, Brightwater Logistics, said it was cooperating with investigators.",
    "Damage to the building was estimated at $3.1 million, according to the county assessor.",
    "Residents of nearby streets were told to keep their windows closed because of the smoke.",
]
WAREHOUSE_UPDATE = "Update: This story has been updated with a statement from the county sheriff."
WAREHOUSE_SHERIFF = "Sheriff Dana Ortiz said investigators had not ruled out arson."
WAREHOUSE_CORRECTION = (
    "Correction: An earlier version of this article said two people were killed. The fire "
    "service has since said three people died."
)


def _warehouse_version(n: int, modified: str, paragraphs: Sequence[str]) -> Document:
    return Document(
        f"gazette-{modified[11:13]}{modified[14:16]}",
        "Harbour Gazette",
        "\n\n".join(paragraphs),
        title="Fire sweeps Millbrook warehouse",
        published="2025-04-02",
        published_time="2025-04-02T07:00:00Z",
        modified_time=modified,
        url=WAREHOUSE_URL,
    )


def warehouse_versions() -> list[Document]:
    """The Harbour Gazette's four versions (ids ``gazette-0700`` … ``gazette-1600``), the
    Valley Record's copy of the first (``valley-record``, 07:45) and the Lakeside Courier's of
    the second (``lakeside-courier``, 09:15)."""
    corrected = [
        WAREHOUSE[0].replace("Two", "Three").replace("9 injured", "11 injured"),
        WAREHOUSE[1],
        WAREHOUSE[2],
        WAREHOUSE[3].replace("$3.1 million", "$1.3 million"),
        WAREHOUSE[4],
        WAREHOUSE_SHERIFF,
    ]
    edited = [
        corrected[0],
        corrected[1].replace("60 firefighters", "45 firefighters"),
        *corrected[2:],
    ]
    return [
        _warehouse_version(1, "2025-04-02T07:00:00Z", WAREHOUSE),
        _warehouse_version(
            2, "2025-04-02T08:30:00Z", [*WAREHOUSE, WAREHOUSE_SHERIFF, WAREHOUSE_UPDATE]
        ),
        _warehouse_version(3, "2025-04-02T12:00:00Z", [*corrected, WAREHOUSE_CORRECTION]),
        _warehouse_version(4, "2025-04-02T16:00:00Z", [*edited, WAREHOUSE_CORRECTION]),
        Document(
            "valley-record",
            "Valley Record",
            "\n\n".join(WAREHOUSE[:4]),
            title="Two die in Millbrook warehouse blaze",
            published="2025-04-02",
            published_time="2025-04-02T07:45:00Z",
        ),
        Document(
            "lakeside-courier",
            "Lakeside Courier",
            "\n\n".join([WAREHOUSE_SHERIFF, *WAREHOUSE[:2], WAREHOUSE[3]]),
            title="Arson not ruled out in Millbrook warehouse fire",
            published="2025-04-02",
            published_time="2025-04-02T09:15:00Z",
        ),
    ]


# A feed merged from several outlets' exports, in UTF-8 but for one record pasted in from a
# Windows-1252 export. Twenty English briefs, ASCII alone, make charset-normalizer guess a DOS or
# Mac code page for the whole feed, which garbles the French and Russian records.
MERGED_FEED = [
    {
        "id": "courrier-1",
        "source": "Le Courrier",
        "title": "Gr\u00e8ve \u00e0 Nantes",
        "text": "Les conducteurs de tramway de Nantes ont cess\u00e9 le travail mardi, a "
        "d\u00e9clar\u00e9 le syndicat.\n\nLa mairie a propos\u00e9 une r\u00e9union jeudi.",
    },
    {
        "id": "vesti-1",
        "source": "\u0412\u0435\u0441\u0442\u0438 \u0421\u0430\u043c\u0430\u0440\u044b",
        "title": "\u041f\u043e\u0436\u0430\u0440 \u043d\u0430 \u0440\u044b\u043d\u043a\u0435",
        "text": "\u0412 \u0441\u0440\u0435\u0434\u0443 \u0432 \u0421\u0430\u043c\u0430\u0440"
        "\u0435 \u0437\u0430\u0433\u043e\u0440\u0435\u043b\u0441\u044f \u043a\u0440\u044b\u0442"
        "\u044b\u0439 \u0440\u044b\u043d\u043e\u043a, \u0441\u043e\u043e\u0431\u0449\u0438\u043b"
        "\u0438 \u0432 \u041c\u0427\u0421.",
    },
    {
        "id": "depeche-1",
        "source": "La D\u00e9p\u00eache",
        "title": "Gr\u00e8ve \u00e0 Nantes",
        "text": "Les conducteurs de tramway de Nantes ont cess\u00e9 le travail mardi, selon le "
        "syndicat.",
    },
    {
        "id": "times-cafe",
        "source": "Harbor Times",
        "title": "Caf\u00e9 reopens",
        "text": "The caf\u00e9 on Dock Road reopened on Monday after the flood, its owner said.",
    },
    *(
        {
            "id": f"times-{votes}",
            "source": "Harbor Times",
            "title": f"Council backs bus lane {votes} to 3",
            "text": f"The city council voted {votes} to 3 on Tuesday to extend the bus lane on "
            f"Main Street by {votes * 100} metres, the mayor said.",
        }
        for votes in range(4, 24)
    ),
]
# The line of MERGED_FEED that is pasted in from Windows-1252, and its Russian record's line.
MERGED_FEED_CP1252_LINE = 4
MERGED_FEED_RUSSIAN_LINE = 2


def merged_feed(pasted_line: int = MERGED_FEED_CP1252_LINE, code_page: str = "cp1252") -> bytes:
    """MERGED_FEED as JSON Lines, every line in UTF-8 but ``pasted_line``, in ``code_page``."""
    return b"".join(
        (json.dumps(record, ensure_ascii=False) + "\n").encode(
            code_page if line == pasted_line else "utf-8"
        )
        for line, record in enumerate(MERGED_FEED, start=1)
    )


# Briefs on unrelated local matters that all close with one agency's stock credit line: more
# copies of that line than an LSH bucket pairs in full.
STOCK_CREDIT = "Reporting by Dana Whitlock; editing by Paul Ferris."
BRIEF_TOWNS = ("Arlow", "Brenmoor", "Caddick", "Dunholt", "Eskerby", "Fallowmere", "Gresford")
BRIEF_BODIES = ("council", "school board", "water authority", "library trust", "harbour board")
BRIEF_DEEDS = (
    "approved {n} million pounds for new {thing}",
    "delayed a vote on {n} new {thing} until spring",
    "asked residents to comment on plans for {n} {thing}",
    "rejected a bid to close {n} {thing} after protests",
)
BRIEF_THINGS = ("bus shelters", "footbridges", "classrooms", "reading rooms", "pumping stations")
BRIEF_FOLLOWS = (
    "A spokeswoman for {town} said work could begin in {month}.",
    "Opposition members in {town} called the decision rushed.",
    "Traders on {town}'s high street welcomed the news.",
    "The {body} will publish its full minutes in {month}.",
)
MONTHS = ("March", "April", "June", "September", "November")


def stock_credit_briefs(count: int, seed: int = 11) -> list[Document]:
    """``count`` two-sentence briefs, each on its own town's matter, each closing with
    ``STOCK_CREDIT``."""
    rng = random.Random(seed)
    briefs = []
    for n in range(count):
        town, body = rng.choice(BRIEF_TOWNS), rng.choice(BRIEF_BODIES)
        deed = rng.choice(BRIEF_DEEDS).format(n=n + 2, thing=rng.choice(BRIEF_THINGS))
        follow = rng.choice(BRIEF_FOLLOWS).format(town=town, body=body, month=rng.choice(MONTHS))
        text = f"{town} {body} {deed} on Tuesday. {follow} {STOCK_CREDIT}"
        briefs.append(document(text, f"brief{n:03d}", f"Brief {n}"))
    return briefs


# Two towns' election results written from one results desk's template.
ELECTION = (
    "{winner} won the mayoral election in {town} with {share} of the vote, officials said on "
    "{day}.\nTurnout was 76%, the election commission said.\n{winner} defeated incumbent "
    "{loser}, who had held the post since {year}.\nIn a speech to supporters on {square} "
    "Square, {winner} promised to cut local taxes.\n{loser} conceded defeat late on {day}."
)
SHAZORBU = ELECTION.format(
    winner="Risdin Sellozor",
    town="Shazorbu",
    share="57.3%",
    day="Monday",
    loser="Lunek Velfalo",
    year=2010,
    square="Dinlo",
)
VINSELIAN = ELECTION.format(
    winner="Shafa Fakamer",
    town="Vinselian",
    share="12.6%",
    day="Sunday",
    loser="Rabu Ianvinek",
    year=1999,
    square="Kasha",
)
# Two days' market wraps written from one template.
MARKET_WRAP = (
    "The Dow Jones Industrial Average {dow_move} {points} points, or {dow_share}, to close at "
    "{dow} on {day}.\nThe S&P 500 {sp_move} {sp_share} to {sp}, while the Nasdaq Composite "
    "{nasdaq_move} {nasdaq_share} to {nasdaq}.\nThe yield on the 10-year Treasury note "
    "{yield_move} to {yield_share}.\nGold {gold_move} {gold_share} to ${gold} an ounce."
)
MONDAYS_WRAP = {
    "dow_move": "rose", "points": "212", "dow_share": "0.5%", "dow": "41,350", "day": "Monday",
    "sp_move": "gained", "sp_share": "0.7%", "sp": "5,720", "nasdaq_move": "added",
    "nasdaq_share": "1.1%", "nasdaq": "18,210", "yield_move": "slipped",
    "yield_share": "4.21%", "gold_move": "rose", "gold_share": "0.3%", "gold": "2,910",
}  # fmt: skip
TUESDAYS_WRAP = {
    "dow_move": "fell", "points": "478", "dow_share": "1.2%", "dow": "40,872", "day": "Tuesday",
    "sp_move": "lost", "sp_share": "0.9%", "sp": "5,668", "nasdaq_move": "shed",
    "nasdaq_share": "1.4%", "nasdaq": "17,950", "yield_move": "climbed",
    "yield_share": "4.29%", "gold_move": "fell", "gold_share": "0.4%", "gold": "2,898",
}  # fmt: skip
# The same day's wrap an hour after the close, every figure revised: no other day.
MONDAYS_WRAP_REVISED = {
    **MONDAYS_WRAP,
    "points": "209", "dow_share": "0.4%", "dow": "41,347", "sp_share": "0.6%", "sp": "5,718",
    "nasdaq_share": "1.0%", "nasdaq": "18,205", "yield_share": "4.22%", "gold": "2,911",
}  # fmt: skip
# A Reuters story and TASS's of one missile strike (see grain_port_story).
GRAIN_PORT_WIRE = [
    "KESBY, March 14 (Reuters) - A missile hit the grain terminal at the Black Sea port of Kesby "
    "early on Thursday, killing four dock workers and wounding 17 others, the regional governor "
    "said.",
    "Firefighters worked through the morning to put out a blaze in two storage silos.",
    "The Russian Defence Ministry said its forces had struck military targets in the region but "
    "did not mention the port.",
    "The port operator said loading had been suspended and two vessels had been moved out of the "
    "harbour.",
]
GRAIN_PORT_AGENCY = [
    "MOSCOW, March 14 (TASS) - A Ukrainian air defence missile fell on the grain terminal at the "
    "Black Sea port of Kesby early on Thursday, causing a fire, the Russian Defence Ministry said.",
    "The ministry said Russian forces had carried out a precision strike on a depot of "
    "Western-supplied weapons in the region.",
    "Local officials claimed that four people were killed, but the figures could not be verified.",
    '"The blame for every death in Kesby lies with those who hide their launchers beside the '
    'homes and piers of ordinary people," a ministry spokesman said.',
]


def grain_port_story(
    dateline: str = "(Reuters)", agency_line: Sequence[str] = ()
) -> list[Document]:
    """A paper's reprint of the Reuters story on the Kesby port strike, under ``dateline``
    ("(Reuters)" credits the wire, "-" does not) and with ``agency_line`` added; the wire's
    story; and TASS's, which opens with one of the wire's phrases. Only the paper is dated."""
    lede = GRAIN_PORT_WIRE[0].replace("the regional", "regional").replace("(Reuters)", dateline)
    herald = [lede, *GRAIN_PORT_WIRE[1:], *agency_line]
    return [
        document("\n\n".join(herald), "herald", "Coastal Herald",
                 title="Missile hits Kesby port", published="2025-03-14"),
        document("\n\n".join(GRAIN_PORT_WIRE), "wire", "reuters_wire", title="Port hit"),
        document("\n\n".join(GRAIN_PORT_AGENCY), "tass", "TASS", title="Missile falls"),
    ]  # fmt: skip


# A university's release on phones and sleep, a parenting blog's rewrite of it, and a viral
# post that copies the blog's lede and shares only phrasing with the release (retest of
# acceptance round 31, R2).
PHONES_RELEASE = [
    "Teenagers who use their phones after midnight may be more likely to report anxiety, "
    "according to a new study by researchers at Carrow University.",
    "The study surveyed 2,400 students aged 13 to 17 at 30 secondary schools across the region.",
    "“We cannot say that phones cause anxiety, but late-night use may be one piece of the "
    "puzzle,” said Dr. Ana Reyes, the study's lead author.",
    "Students who used their phones late also slept 70 minutes less on school nights.",
]
PHONES_BLOG = [
    "Scrolling in bed is wrecking our kids, and a new study backs up what every parent knows.",
    PHONES_RELEASE[1],
    "“Late-night use may be one piece of the puzzle,” Dr. Ana Reyes admitted.",
    "Take the phone away at bedtime and your teenager will thank you one day.",
]
PHONES_POST = [
    PHONES_BLOG[0],
    "Kids glued to their phones after midnight are anxious, warns Ana Reyes, the study's lead "
    "author.",
    "“Late-night use may be one piece of the puzzle,” she admitted.",
    "Share this with every parent you know!",
]


def phones_story(blog_adds: Sequence[str] = ()) -> list[Document]:
    """The release, the blog (with ``blog_adds`` after its own lines) and the post, a day apart
    in that order."""
    return [
        replace(document("\n\n".join(PHONES_RELEASE), "release", "Carrow University",
                         title="Phones and sleep", published="2025-04-01"), press_release=True),
        document("\n\n".join([*PHONES_BLOG, *blog_adds]), "blog", "ParentsCorner",
                 title="Phones wreck sleep", published="2025-04-02"),
        document("\n\n".join(PHONES_POST), "post", "viralhub",
                 title="Phones wreck kids", published="2025-04-03"),
    ]  # fmt: skip


# A live page saved every quarter of an hour: the same five paragraphs, and the latest update
# line in place of the one before (acceptance round 21, finding 1).
LIVE_PARAGRAPHS = [
    "Flood warnings remain in place across the Tarn valley after two days of heavy rain, the "
    "Environment Agency said.",
    "The River Tarn burst its banks at Keldholme on Tuesday night, flooding about 60 homes.",
    "Residents of Low Street were evacuated to the village hall overnight.",
    "North Riding Fire and Rescue said crews had rescued 14 people from vehicles trapped by "
    "floodwater.",
    "The Met Office has issued an amber warning for further rain until Thursday morning.",
]


def live_page(saves: int) -> list[Document]:
    """The page's saves, newest first as its content system exports them."""
    return [
        Document(
            f"tg-live@live.jsonl:{saves - n}",
            "Tarn Gazette",
            "\n\n".join(
                [
                    *LIVE_PARAGRAPHS,
                    f"Update {n}: River levels at Keldholme were 3.{10 + 5 * n} metres at "
                    f"{6 + n // 4}:{15 * (n % 4):02d}.",
                ]
            ),
            url="https://tarngazette.example/live/floods",
            published="2025-11-04",
            published_time="2025-11-04T06:00:00Z",
            modified_time=f"2025-11-04T{6 + n // 4:02d}:{15 * (n % 4):02d}:30Z",
        )
        for n in reversed(range(saves))
    ]


# Three stories a state outlet or agency broke, each copied by the Heartland Sentinel, which
# dropped the credits and dated its copies before the originals (acceptance round 21).
SHELLING = [
    "Shelling destroyed the surgical wing of the Dorvansk Children's Hospital overnight, killing "
    "14 civilians, the regional ministry said on Friday.",
    "Rescue workers pulled 31 wounded people from the rubble, among them nine children.",
    "The hospital, built in 1978, treated more than 40,000 children from the region every year.",
]
RIOTS = [
    "Several thousand protesters clashed with police in the centre of Velmar on Tuesday, the "
    "Interior Ministry said.",
    "Police detained 212 people, among them 17 foreign citizens, and 38 officers were injured.",
    "The protests began after parliament passed a law on the foreign funding of organisations.",
]
LABS = [
    "Leaked documents show that the Pentagon has funded at least 11 biological laboratories "
    "across Tarvia, where dangerous pathogens are being studied.",
    "The documents, handed over by a former laboratory employee, describe experiments with "
    "anthrax and tularemia at sites near the border with Rossland.",
    "The US embassy in the Tarvian capital did not respond to a request for comment.",
]


def backdating_run(riots_copy_date: str) -> list[Document]:
    """The three stories and the Sentinel's copies: of the shelling of Friday, 14 March 2025,
    dated the Thursday before ("said on Friday" gives it away); of the riots of Tuesday, 18
    March, dated ``riots_copy_date``; and of Meridian Today's story of Sunday, 16 March, dated
    the Saturday before, naming no day, which a third site's copy credits to Meridian."""
    labs = "\n\n".join(LABS)
    return [
        Document("vrn", "Voice of Rossland", "\n\n".join(SHELLING), published="2025-03-14"),
        Document("hs-shelling", "Heartland Sentinel", "\n\n".join(SHELLING[:2]),
                 published="2025-03-13"),
        Document("cna", "Continental News Agency", "\n\n".join(RIOTS), published="2025-03-18"),
        Document("hs-riots", "Heartland Sentinel", "\n\n".join(RIOTS[:2]),
                 published=riots_copy_date),
        Document("meridian", "Meridian Today", labs, published="2025-03-16",
                 published_time="2025-03-16T11:00:00Z"),
        Document("hs-labs", "Heartland Sentinel", labs, published="2025-03-15"),
        Document("pnn", "Patriot News Now", f"{labs}\n\nSource: Meridian Today",
                 published="2025-03-16", published_time="2025-03-16T13:00:00Z",
                 credits=("Meridian Today",)),
    ]  # fmt: skip


def circular_credits() -> list[Document]:
    """Three sites that run one text and credit each other round (acceptance round 21): Patriot
    News Now of 14 March ends "Source: Freedom Truth Daily", whose undated copy ends "Source:
    Liberty Beacon", of 15 March, which credits no one. Its date makes Patriot News Now the
    Beacon's origin, and the credits make it the Beacon's copy's copy."""
    labs = "\n\n".join(LABS)
    return [
        Document("pnn", "Patriot News Now", f"{labs}\n\nSource: Freedom Truth Daily",
                 published="2025-03-14", credits=("Freedom Truth Daily",)),
        Document("lb", "Liberty Beacon", labs, published="2025-03-15"),
        Document("ftd", "Freedom Truth Daily", f"{labs}\n\nSource: Liberty Beacon",
                 credits=("Liberty Beacon",)),
    ]  # fmt: skip


# A wire story on a library closure; a paper that runs it, adds a figure to one of its sentences
# and reports more of its own; a second paper that runs the wire and takes one of the first
# paper's own sentences; and a radio script that rewords the wire, and one of the first paper's
# own lines loosely (acceptance round 23, finding 5).
LIBRARY_WIRE = [
    "HARLOW (Meridian Wire) - The Harlow city council voted 7-2 on Tuesday night to close the "
    "Elm Street public library at the end of March.",
    "The council said the closure would save about $1.2 million a year in staffing and "
    "maintenance costs.",
    "The library, which opened in 1928, lends about 80,000 books a year and runs a homework club "
    "for local schoolchildren.",
    "Dozens of residents spoke against the plan during a public comment period that lasted more "
    "than two hours.",
    "Council member Rosa Delgado, who voted against the closure, said the savings were small "
    "compared with the loss to the neighborhood.",
    '"This is a small saving for a big loss," Delgado said.',
    "The city plans to move part of the collection to the main branch downtown, about three "
    "miles away.",
    "A petition to keep the library open has gathered more than 4,000 signatures.",
]
LIBRARY_COURIER = [
    LIBRARY_WIRE[0].split(" - ", 1)[1],
    LIBRARY_WIRE[1],
    "The library, which opened in 1928 and needs a roof repair estimated at $400,000, lends "
    "about 80,000 books a year and runs a homework club for local schoolchildren.",
    "The Courier has learned that city staff had recommended keeping the library open on "
    "reduced hours.",
    "A staff memo dated Feb. 3 estimated that shorter opening hours would save $700,000 a year "
    "without closing the branch.",
    "Mayor Tom Whitaker did not respond to requests for comment on Tuesday night.",
    *LIBRARY_WIRE[3:6],
    LIBRARY_WIRE[7],
]
LIBRARY_GAZETTE = [
    *LIBRARY_COURIER[:2],
    LIBRARY_WIRE[2],
    "City staff had recommended keeping the library open on reduced hours, a document shows.",
    LIBRARY_COURIER[4],
    *LIBRARY_WIRE[6:],
    "Regular users said they would have to take two buses to reach the main library.",
]
LIBRARY_RADIO = [
    "Harlow's Elm Street library is set to shut its doors at the end of March after councillors "
    "backed the plan 7-2 on Tuesday night.",
    "Council leaders say shutting the branch saves about $1.2 million a year.",
    "Residents spent more than two hours urging the council to change course.",
    "Rosa Delgado, one of two members who voted no, told the meeting the savings were small next "
    "to what the neighborhood loses.",
    "Mayor Tom Whitaker did not respond when the station asked him about the vote.",
    "Listeners can share their memories of the library with our newsroom.",
]
LIBRARY_OUTLETS = {
    "wire": ("Meridian Wire", LIBRARY_WIRE, "2025-03-04T09:00:00Z"),
    "courier": ("Harlow Courier", LIBRARY_COURIER, "2025-03-04T11:00:00Z"),
    "radio": ("Radio Harlow", LIBRARY_RADIO, "2025-03-04T12:00:00Z"),
    "gazette": ("Valley Gazette", LIBRARY_GAZETTE, "2025-03-04T13:00:00Z"),
}


def library_closure(*ids: str) -> list[Document]:
    """The library story's articles of ``ids`` (of ``LIBRARY_OUTLETS``), each published at its
    time (UTC)."""
    return [
        replace(document("\n\n".join(lines), id, source, published=time[:10]), published_time=time)
        for id in ids
        for source, lines, time in [LIBRARY_OUTLETS[id]]
    ]


# An investigative site's exclusive (acceptance round 23): its own interviews with a former
# inspector and a tenant, and the agency chief's line from a public briefing.
EXCLUSIVE = [
    "The Dunmore housing agency left 212 families in flats with failed gas checks for most of "
    "last year, inspection files obtained by the Ledger show.",
    "The files, covering 38 blocks on the east side, record carbon monoxide readings above the "
    "safe limit in kitchens and bedrooms.",
    '"I signed off on flats I had never been inside, because my manager said the numbers had to '
    'look right," said Petra Lind, a former inspector who quit in August.',
    '"Nobody wanted to be the one to write that down," she said.',
    "At a briefing on Monday, agency chief Owen Hale said the agency had carried out 4,100 "
    "inspections in 2024.",
    '"Every home we manage is safe to live in," Hale said.',
    '"We pay rent on time and we still lie awake listening for the boiler," said Rosa Quint, who '
    "lives on Mill Lane.",
    "The agency did not answer written questions about the east side blocks.",
]
# A paper's story a week later in words of its own, but with the exclusive's interview quotes
# and one sentence word for word, crediting no one.
QUOTES_REWRITE = [
    "Tenants packed a church hall in Dunmore on Thursday to question housing officials about gas "
    "safety.",
    "Many brought carbon monoxide alarms still in their boxes, handed out by a charity the week "
    "before.",
    'Petra Lind, who left the inspection team in the summer, put it bluntly: "I signed off on '
    'flats I had never been inside, because my manager said the numbers had to look right."',
    'According to Lind, "Nobody wanted to be the one to write that down."',
    '"We pay rent on time and we still lie awake listening for the boiler," said Rosa Quint, who '
    "lives on Mill Lane.",
    'Hale has insisted that "every home we manage is safe to live in."',
    "Councillor Amir Dosanjh said the council would hold an emergency hearing next week.",
    "A charity that fits alarms for free said its phone lines had been busy since Tuesday.",
    "Engineers from two private firms are due to begin checks on Saturday.",
    "Several parents said their children had complained of headaches through the winter.",
    "The regional health board said it would offer free blood tests at the Mill Lane clinic.",
    "Housing campaigners plan a march to the agency's offices on Sunday afternoon.",
]
# Another paper's own report of the briefing: the chief's line is all it shares.
BRIEFING_REPORT = [
    "Dunmore's housing agency defended its safety record at a briefing on Monday.",
    'Agency chief Owen Hale told reporters that "every home we manage is safe to live in."',
    "He said inspectors had visited 4,100 homes in 2024, more than in any year since the agency "
    "was formed.",
    "The briefing was called after a tenants' group wrote to the regional ombudsman in February.",
    "Hale took no questions and left after twenty minutes.",
]


def exclusive_quoted() -> list[Document]:
    """The exclusive, the rewrite that reuses its interview quotes, and the briefing report."""
    return [
        document("\n".join(EXCLUSIVE), "ledger", "The Ledger", published="2025-03-03"),
        document(
            "\n".join(QUOTES_REWRITE), "herald", "Metropolitan Herald", published="2025-03-10"
        ),
        document("\n".join(BRIEFING_REPORT), "courier", "Harlow Courier", published="2025-03-04"),
    ]


# Two reports that quote one speaker word for word, with "said" and "insisted", in sentences
# the aligner leaves unaligned (LSH proposes no pair of them).
PICKET_HERALD = (
    "Dockworkers in Calder walked out on Monday after talks over night-shift pay collapsed.\n\n"
    "Maria Okafor, who chairs the branch committee of the Calder Dockworkers Union and has "
    "driven cranes at the container terminal for more than twenty years, said members were "
    '"ready to stay out all winter" as pickets lit braziers outside the harbour gates on '
    "Tuesday night.\n\n"
    "The port authority said it had offered a 3 percent rise and would meet union leaders "
    "again on Thursday.\n"
)
PICKET_LEDGER = (
    "Hundreds of dock workers downed tools this week in a bitter dispute over the pay they get "
    "for working nights.\n\n"
    "Speaking to reporters after shipping bosses confirmed their final offer of a modest raise, "
    'Okafor insisted her colleagues were "ready to stay out all winter" and warned freight '
    "companies to expect weeks of costly delays across the whole region.\n\n"
    "Shipping agents estimate more than a dozen vessels are now stuck at anchor.\n"
)


# An archive for `compare check`: a wire story on a ferry fire, an outlet's rewrite of it, and a
# report on another story, each a file with front matter; and a new article that rewrites the
# wire's story again.
FERRY_FIRE_WIRE = """\
---
source: Northern Press Agency
date: 2025-06-14
---
TARROW, June 14 (NPA) - A fire broke out on a passenger ferry in Tarrow harbour on Saturday, forcing the evacuation of 212 passengers and crew.

The harbour master said the blaze started in the engine room shortly after the ferry docked at 09:40.

Fire crews from three stations brought it under control within two hours, and no one was seriously hurt.

The operator, Tarrow Sound Ferries, said all crossings would be suspended until Monday while the vessel is inspected.
"""
FERRY_FIRE_REWRITE = """\
---
source: Harwick Times
date: 2025-06-14
---
A fire broke out on a passenger ferry in Tarrow harbour on Saturday, forcing the evacuation of 212 passengers and crew.

The harbour master said the blaze began in the engine room shortly after the ferry docked at 09:40.

Local cafe owner Rhian Morgan said she watched the smoke from the quay for over an hour.
"""
LIBRARY_CLOSURE = """\
---
source: Lowick Herald
date: 2025-06-13
---
Lowick council voted on Friday to close two branch libraries in the spring to save £400,000 a year.

Campaigners said they would take the decision to a judicial review.
"""
FERRY_FIRE_NEW = """\
---
source: Calder Evening Post
date: 2025-06-15
---
A fire broke out on a passenger ferry in Tarrow harbour on Saturday, forcing the evacuation of 212 passengers and crew.

The harbour master claimed the blaze started in the engine room shortly after the ferry docked at 09:40.

Fire crews from three stations brought it under control within two hours, and no one was seriously hurt.
"""


def write_ferry_archive(folder: Path) -> Path:
    """An archive of the ferry fire's wire story, a rewrite and an unrelated report, in
    ``folder/archive``, and the new article beside it, ``folder/new.md``, which is returned."""
    archive = folder / "archive"
    archive.mkdir()
    (archive / "npa-ferry.md").write_text(FERRY_FIRE_WIRE, encoding="utf-8")
    (archive / "harwick-ferry.md").write_text(FERRY_FIRE_REWRITE, encoding="utf-8")
    (archive / "lowick-libraries.md").write_text(LIBRARY_CLOSURE, encoding="utf-8")
    new = folder / "new.md"
    new.write_text(FERRY_FIRE_NEW, encoding="utf-8")
    return new


# Two outlets' job-cut briefs from one template, each of its own company's cuts, sharing a stock
# line word for word.
JOB_CUTS = (
    "{place}, June 14 - {company} said on {day} it would cut around {jobs} jobs as part of a "
    "restructuring aimed at saving £{saving} million a year.\n"
    "The company's shares fell 6.20 per cent in early trading after the announcement."
)


def job_cut_briefs() -> list[Document]:
    """The two briefs of :data:`JOB_CUTS`, one outlet's each, of one day."""
    return [
        document(JOB_CUTS.format(place="ASHCOMBE", company="Ostler Mills", day="Sunday",
                                 jobs=138, saving=240), "ostler", "Harwick Times",
                 published="2025-06-14"),
        document(JOB_CUTS.format(place="KELLEN BAY", company="Brackwell Dairies",
                                 day="Saturday", jobs=616, saving=289), "brackwell",
                 "Lowick Herald", published="2025-06-14"),
    ]  # fmt: skip


# A wire's results brief, one template its briefs of every company fill in.
RESULTS_BRIEF = (
    "{place}, May 12 (Corlan) - {company} reported a {rise}% rise in quarterly net profit on "
    "Monday, beating analysts' forecasts, as demand recovered in its main markets.\n\n"
    "Net profit rose to {profit} million euros in the three months to March, from {before} "
    "million a year earlier.\n\n"
    "Revenue increased {growth}% to {revenue} million euros, the company said in a statement.\n\n"
    "Chief executive {chief} said the company would keep investing in new plants despite higher "
    "borrowing costs.\n\n"
    "Shares in {company} rose {shares}% in early trading.\n\n"
    "The company kept its full-year outlook unchanged."
)


def results_briefs() -> list[Document]:
    """A wire's results briefs of :data:`RESULTS_BRIEF` for two companies, that morning, and a
    site's story between them that pastes the first brief's two opening sentences, uncredited,
    among sentences of its own."""
    harbury, calder = (
        RESULTS_BRIEF.format(place=place, company=company, rise=rise, profit=profit,
                             before=before, growth=growth, revenue=revenue, chief=chief,
                             shares=shares)
        for place, company, rise, profit, before, growth, revenue, chief, shares in [
            ("ASHCOMBE", "Harbury Foods", 20, 865, 100, 7, 5692, "Nina Brandt", 9.8),
            ("KELLEN", "Calder Steel", 8, 478, 663, 9, 7309, "Marek Rask", 5.3),
        ]
    )  # fmt: skip
    site = (
        "Shoppers in Ashcombe reacted with concern on Monday, the Ashcombe Voice has learned.\n\n"
        "Our reporter spoke to Lena Ivanova, who has worked at the plant for 28 years.\n\n"
        + "\n\n".join(harbury.split(" - ", 1)[1].split("\n\n")[:2])
        + '\n\n"Nobody told us anything until it was too late," she said.'
    )
    return [
        Document("harbury", "Corlan News Agency", harbury, published_time="2025-05-12T06:56:00Z"),
        Document("voice", "Ashcombe Voice", site, published_time="2025-05-12T07:52:00Z"),
        Document("calder", "Corlan News Agency", calder, published_time="2025-05-12T09:15:00Z"),
    ]


# A network of local sites' burglary briefs: each town's lede its own, the body one template filled
# in with the town, its street, police chief and tip line.
BREAK_IN_BODY = (
    "{town} police responded to the call shortly after 9 p.m. and found a rear window forced "
    "open, according to a department statement. "
    "Officers said jewelry, a laptop and about $400 in cash were taken from the home on {street}. "
    "No one was home at the time and no injuries were reported. "
    "Police Chief {chief} urged residents to lock doors and windows and to report suspicious "
    "activity to the {town} Police Department at {phone}. "
    "Anyone with information about the break-in is asked to call the department's tip line."
)


def break_in_briefs() -> list[Document]:
    """Three towns' briefs of :data:`BREAK_IN_BODY`, one site's each, published in turn that
    morning, and a fourth site's verbatim copy of the first, published that afternoon, that
    credits no one."""
    carrow, dunmore, fenwick = (
        f"{lede}\n" + BREAK_IN_BODY.format(town=town, street=street, chief=chief, phone=phone)
        for lede, town, street, chief, phone in [
            ("A home on Elm Street in Carrow was burglarized Tuesday evening, police said.",
             "Carrow", "Elm Street", "Dana Holloway", "555-0142"),
            ("Thieves broke into a house in Dunmore on Oak Avenue late on Tuesday.",
             "Dunmore", "Oak Avenue", "Mark Pruitt", "555-0188"),
            ("Burglars targeted a Maple Court residence in Fenwick on Tuesday night.",
             "Fenwick", "Maple Court", "Owen Grady", "555-0163"),
        ]
    )  # fmt: skip
    return [
        Document("carrow", "Carrow Ledger", carrow, published_time="2025-11-04T08:00:00Z"),
        Document("dunmore", "Dunmore Daily", dunmore, published_time="2025-11-04T09:30:00Z"),
        Document("fenwick", "Fenwick Record", fenwick, published_time="2025-11-04T11:00:00Z"),
        Document("patch", "Tri-County Patch", carrow, published_time="2025-11-04T15:00:00Z"),
    ]


# An agency's report of a forest fire, and a paper's own report of it the next day, which aligns
# with none of the agency's sentences but lifts its phrases ("las llamas avanzaron durante la
# madrugada") into its own.
FOREST_FIRE_WIRE = [
    "Quito, 3 jun (EFE).- Un incendio forestal consumió más de 400 hectáreas de bosque en la provincia de Loja y obligó a evacuar a unas 200 familias, informó la Secretaría de Gestión de Riesgos.",
    "Las llamas avanzaron durante la madrugada impulsadas por fuertes vientos y alcanzaron las primeras viviendas del cantón Catamayo.",
    "Los bomberos trabajan sin descanso para contener el fuego en las zonas más escarpadas, donde no pueden llegar los vehículos.",
    "El alcalde de Catamayo, Jorge Ruiz, declaró la emergencia y pidió a los vecinos no regresar a sus casas hasta nuevo aviso.",
    "Las autoridades sospechan que el incendio fue provocado por la quema de rastrojos en una finca cercana.",
]
FOREST_FIRE_PAPER = [
    "Más de 200 familias del sur del país pasaron la noche en albergues mientras el fuego seguía activo en Loja.",
    "Según vecinos consultados por este diario, las llamas avanzaron durante la madrugada y en pocas horas alcanzaron las primeras viviendas del barrio.",
    "Un comerciante contó que los bomberos trabajan sin descanso desde el lunes, pero que faltan herramientas.",
    "El municipio pidió a los vecinos no regresar a sus casas, mientras crecen las críticas por la falta de prevención.",
    "Agricultores de la zona negaron que el fuego empezara por la quema de rastrojos en sus tierras.",
]  # fmt: skip


def forest_fire_lifted() -> tuple[Document, Document]:
    """The agency's report and the paper's that lifts its phrases, dated a day apart."""
    return (
        document("\n\n".join(FOREST_FIRE_WIRE), "efe", "EFE", published="2025-06-03"),
        document(
            "\n\n".join(FOREST_FIRE_PAPER), "diario", "La Hora del Sur", published="2025-06-04"
        ),
    )


# A local radio bulletin read out from the county council's statement, as a speech-to-text
# service writes it: lower case, no punctuation, one line (written for these tests).
RADIO_BULLETIN = (
    "good evening this is radio tarrow news at six the quay road bridge in tarrow will stay "
    "closed for at least three weeks after floodwater damaged two of its supports the county "
    "council said on tuesday engineers found cracks in the stone piers during an inspection on "
    "monday morning hours after the river rose more than two metres above its normal level "
    "council leader maria okafor said the bridge would not reopen until divers had checked the "
    "foundations and the cracks had been repaired about fourteen thousand vehicles cross the "
    "bridge each day and the diversion along the harbour road adds around twenty minutes to "
    "journeys into the town centre"
)


# A landslide as a feed gives it: the agency's wire at 08:15, the Millbrook Herald's rewrite of it
# at 09:00, corrected at 14:00 (the closed stretch was 12 km, not 20, with a note saying so) and
# updated at 18:00, and the Dalton Courier's copy of the wire at 10:30 (written for these tests).
LANDSLIDE_WIRE = [
    "A landslide buried a 200-metre stretch of the Route 9 highway north of Millbrook on "
    "Thursday morning, the provincial transport ministry said.",
    "No vehicles were caught in the slide, which followed three days of heavy rain across the "
    "Corran valley.",
    "Crews were clearing mud and rock from the road, and the ministry said it expected one lane "
    "to reopen by Saturday.",
    "Drivers were told to use the coastal road, which adds about 40 minutes to the journey.",
]
LANDSLIDE_HERALD = [
    "A landslide buried a 200-metre stretch of the Route 9 highway north of Millbrook on "
    "Thursday morning, closing 20 km of the road, the provincial transport ministry said.",
    *LANDSLIDE_WIRE[1:3],
    "Drivers were told to use the coastal road, which adds about 40 minutes to the trip.",
    "Shopkeepers in Tarrin Falls said deliveries from the south had stopped since dawn.",
]
LANDSLIDE_CORRECTION = (
    "Correction: An earlier version of this article said 20 km of the road was closed. "
    "The ministry says 12 km is closed."
)
LANDSLIDE_URL = "https://millbrookherald.example/news/route-9-landslide"


def landslide_feed() -> list[dict[str, str]]:
    """The wire (``wire``), the Herald's three versions (``herald-0900``, ``herald-1400`` with
    the correction, ``herald-1800``) and the Courier's copy of the wire (``courier``), as
    records of a JSON feed."""
    corrected = [LANDSLIDE_HERALD[0].replace("20 km", "12 km"), *LANDSLIDE_HERALD[1:]]
    updated = [*corrected, "The ministry said geologists would inspect the slope on Friday."]
    herald = {"source": "Millbrook Herald", "url": LANDSLIDE_URL, "date": "2025-10-16T09:00:00Z"}
    return [
        {"id": "wire", "source": "Corran Press", "date": "2025-10-16T08:15:00Z",
         "text": "\n\n".join(LANDSLIDE_WIRE)},
        {"id": "herald-0900", **herald, "text": "\n\n".join(LANDSLIDE_HERALD)},
        {"id": "herald-1400", **herald, "modified": "2025-10-16T14:00:00Z",
         "text": "\n\n".join([*corrected, LANDSLIDE_CORRECTION])},
        {"id": "herald-1800", **herald, "modified": "2025-10-16T18:00:00Z",
         "text": "\n\n".join([*updated, LANDSLIDE_CORRECTION])},
        {"id": "courier", "source": "Dalton Courier", "date": "2025-10-16T10:30:00Z",
         "text": "\n\n".join(LANDSLIDE_WIRE)},
    ]  # fmt: skip


# A borough council's release on a footbridge's rebuilding, and a walkers' blog that pastes its
# first two sentences (written for these tests).
FOOTBRIDGE_RELEASE = [
    "Carrow Borough Council will rebuild the Mill Lane footbridge, which was swept away in "
    "February's floods, by the end of April.",
    "The new bridge will cost £1.2 million and will sit a metre higher than the old one, above "
    "the level the River Wend reached on 9 February.",
    'Councillor Priya Shah, cabinet member for highways, said: "We know how much residents have '
    'missed this crossing, and we are building it to last."',
    "A temporary crossing at Station Road will stay open until the new bridge is finished.",
]
FOOTBRIDGE_BLOG = [
    *FOOTBRIDGE_RELEASE[:2],
    "Walkers on our Sunday rambles have missed it badly, so this is welcome news.",
]
FOOTBRIDGE_HEADLINE = "Carrow council to rebuild flood-hit footbridge by spring"


def footbridge_pasted(blog_title: str) -> list[Document]:
    """A council's press release, headed :data:`FOOTBRIDGE_HEADLINE`, and a walkers' blog that
    pastes two of its sentences under ``blog_title``."""
    return [
        Document(
            "release",
            "Carrow Borough Council",
            "\n\n".join(FOOTBRIDGE_RELEASE),
            title=FOOTBRIDGE_HEADLINE,
            press_release=True,
        ),
        Document("blog", "Wend Valley Walkers", "\n\n".join(FOOTBRIDGE_BLOG), title=blog_title),
    ]


# Three briefs of one local paper's towns desk: each its own lede, closing with the paper's
# stock lines, each filled in with its own figures and months.
STOCK_CLOSED_BRIEFS = (
    "Fire crews tackled a blaze at a laundrette on Mill Lane in Harlow early on Tuesday.\n"
    "The repairs are expected to cost about 12,400 pounds and be completed by September.\n"
    "Work is due to begin in June, subject to final approval.\n"
    "Anyone with information should call Harlow police on 101 quoting reference 48213.",
    "The Harlow craft fair will move to Station Square from Saturday, organisers said.\n"
    "The repairs are expected to cost about 86,900 pounds and be completed by September.\n"
    "Work is due to begin in August, subject to final approval.\n"
    "Anyone with information should call Harlow police on 101 quoting reference 70552.",
    "Resurfacing of the Harlow ring road will last another five weeks, the county said.\n"
    "The repairs are expected to cost about 240,000 pounds and be completed by March.\n"
    "Anyone with information should call Harlow police on 101 quoting reference 31907.",
)


# A university's release on a cycling study; a wire's story written from it, and the wire's
# update of that story; a paper that runs the wire's story with one word cut and a paragraph of
# its own, crediting the wire; and a paper of the next day that runs the wire's story word for
# word.
CYCLING_RELEASE = [
    "FOR IMMEDIATE RELEASE",
    "Kelby University researchers have found that commuters who cycle to work report fewer sick "
    "days than those who drive, according to a study published on Monday.",
    "The team followed 1,820 office workers in six cities for two years and found that cyclists "
    "took 3.1 sick days a year on average, against 4.6 for drivers.",
    '"Our results show a link, not proof that cycling keeps people healthy," said lead author '
    "Dr. Aled Price.",
    "The study was funded by the Marwick Trust.",
    "The team plans a follow-up study of 5,000 workers from 2027, the university said.",
    "About Kelby University",
    "Kelby University is a public research university founded in 1891.",
    "Media contact: press@kelby.example",
]
CYCLING_WIRE = [
    "KELBY, March 3 (Harbor Wire) -",
    "Commuters who cycle to work may take fewer sick days than those who drive, according to a "
    "study by researchers at Kelby University published on Monday.",
    "The researchers followed 1,820 office workers in six cities for two years and found that "
    "cyclists took 3.1 sick days a year on average, against 4.6 for drivers.",
    '"Our results show a link, not proof that cycling keeps people healthy," lead author Dr. '
    "Aled Price said in a statement.",
    "The researchers said the study relied on sick notes filed with employers.",
    "The study, published in the Journal of Workplace Health, was funded by the Marwick Trust.",
    "Several city councils are weighing new cycle lanes to cut congestion.",
    "The team plans a follow-up study of 5,000 workers from 2027, the university said.",
]


# A scoop with three quotations, and a competitor's rewrite that retells it sentence by sentence
# in its own words, paragraphs moved about, keeping every quotation.
BOND_SCOOP = [
    "The Brookfield school district spent $412,000 in bond money on a consultant's contract that its board never approved, according to invoices reviewed by the Brookfield Sentinel.",
    "The payments, made between March and November, went to Halvorsen Strategies, a firm run by a former business partner of Superintendent Dana Pike.",
    "Board member Luis Ortega said he learned of the contract only last week. \"Nobody on this board voted to spend a dime on Halvorsen, and we were never told the money had gone out,\" he said.",
    "Pike said the work was covered by an emergency clause in the bond's terms. \"Every dollar went to planning the new middle school, exactly as the voters intended,\" she said.",
    "The state auditor's office confirmed it had received a complaint about the payments but would not say whether it had opened a review.",
    "\"If the invoices are what they appear to be, the district broke its own purchasing rules,\" said Marta Quill, a school finance professor at Eastvale University.",
    "The board meets again on Thursday.",
]  # fmt: skip
BOND_REWRITE = [
    "Brookfield's schools handed $412,000 of bond cash to an outside consultant on a deal that trustees never signed off on, invoices show.",
    "From March through November the money went to Halvorsen Strategies, which is run by a onetime business partner of Dana Pike, the superintendent.",
    "The superintendent argued that an emergency clause in the bond's terms covered the work. \"Every dollar went to planning the new middle school, exactly as the voters intended,\" the superintendent said in an interview.",
    "\"Nobody on this board voted to spend a dime on Halvorsen, and we were never told the money had gone out,\" Ortega, a trustee, said; he says he heard of the deal seven days ago.",
    "\"If the invoices are what they appear to be, the district broke its own purchasing rules,\" according to Marta Quill, who teaches school finance at Eastvale University.",
    "A complaint about the payments reached the state auditor's office, which would not say if it had opened a review.",
    "Trustees are due to gather again Thursday.",
]  # fmt: skip
# An agency's five-sentence injury brief with one quotation, and a partner's rewrite of it
# sentence by sentence, in its order, the quotation kept.
INJURY_BRIEF = [
    "Wexford Rovers winger Tom Haldane will miss the rest of the season after tearing a hamstring in Saturday's win at Carrow.",
    "The 26-year-old, who has scored nine tries this term, was helped off the field midway through the second half.",
    "A scan on Monday confirmed a complete tear that needs surgery, the club said.",
    "Head coach Ian Mercer said Haldane would be out for around five months.",
    "\"It's a cruel blow for Tom after the season he has had,\" Mercer said.",
]  # fmt: skip
INJURY_REWRITE = [
    "Tom Haldane's season is over, Wexford Rovers have confirmed, after the wing tore his hamstring during the victory at Carrow on Saturday.",
    "Haldane, 26, had crossed for nine tries this campaign before limping off in the middle of the second half.",
    "The club said Monday's scan showed the tear was complete and he will need an operation.",
    "Ian Mercer, the head coach, expects his winger to be sidelined for roughly five months.",
    "\"It's a cruel blow for Tom after the season he has had,\" Mercer said.",
]  # fmt: skip


# A university's release on a dog-ownership study, an agency's rewrite of it with an outside
# expert, and the lines of the release's lede and quotations other outlets reuse.
DOG_RELEASE = [
    "Owning a dog for five years or more was associated with a 12% lower risk of high blood "
    "pressure, according to a large study led by researchers at Harrowgate University.",
    "The study, published today in the Journal of Community Medicine, followed 52,410 adults in "
    "the Lowfield Cohort for an average of nine years.",
    "Over that period, 8.2% of long-term dog owners developed high blood pressure, compared with "
    "9.3% of people who never owned a dog.",
    "The link held after the researchers accounted for age, income, smoking and body weight.",
    "\u201cOur results suggest that daily walks with a dog may help keep blood pressure down,\u201d "
    "said Dr Ruth Ellery, an epidemiologist at Harrowgate University and the study\u2019s lead "
    "author.",
    "\u201cThis is an observational study, so we cannot say that dogs lower blood pressure, and "
    "nobody should adopt one on the strength of it,\u201d she said.",
    "The study was funded by the Lowfield Health Trust.",
]
DOG_WIRE = [
    "People who keep a dog for years are less likely to develop high blood pressure, a large "
    "study published on Wednesday found, though the researchers said it could not show that the "
    "dogs were the reason.",
    "Owning a dog for five years or more was associated with a 12% lower risk of high blood "
    "pressure, researchers at Harrowgate University reported in the Journal of Community "
    "Medicine.",
    "The team followed 52,410 adults in the Lowfield Cohort for an average of nine years.",
    *DOG_RELEASE[2:6],
    "\u201cIt is a modest difference, and nobody should buy a puppy for their blood pressure "
    "alone,\u201d said Professor Alan Marsh, a cardiologist at Kestrel Hospital who was not "
    "involved in the research.",
]


def live_entry(text: str, id: str, source: str, time: str) -> Document:
    """A live-blog entry of ``source``, posted at ``time`` (UTC, "14:10") on 2 August 2026."""
    return Document(
        id, source, text, published="2026-08-02", published_time=f"2026-08-02T{time}:00Z"
    )


# A river flood's live page as Valley Echo saves it: (time posted, heading, text), newest first.
FLOOD_ENTRIES = [
    ("09:40", "Bridge shut", "Police have shut the Mill Lane bridge as the river rises."),
    ("08:55", None, "The Environment Agency has issued a severe flood warning for Tarrow."),
    (
        "07:20",
        "Rest centre",
        "A rest centre has opened at Tarrow Leisure Centre. Pets are welcome.",
    ),
    ("06:30", None, "Valley Echo is following the flooding in Tarrow as it happens."),
]
FLOOD_PAGE_URL = "https://valleyecho.example/live/tarrow-flood"


def flood_live_page(entries: list[tuple[str, str | None, str]], meta: str = "") -> str:
    """Valley Echo's live page holding ``entries``, each in a block with its ``<time>``, a
    "Copy link · Share" line and, in the first, an embedded post; a promotion between two."""
    blocks = "".join(
        f'<div class="block" id="post-{time.replace(":", "")}"><header>'
        f'<time datetime="2026-03-02T{time}:00+00:00">{time} GMT</time></header>'
        + (f"<h2>{heading}</h2>" if heading else "")
        + "".join(f"<p>{sentence}.</p>" for sentence in text.rstrip(".").split(". "))
        + (
            '<blockquote class="twitter-tweet"><p>Flood warning in force.</p>&mdash; Tarrow '
            'Police (@TarrowPolice) <a href="https://x.example/1">March 2, 2026</a></blockquote>'
            if n == 0
            else ""
        )
        + '<p><a href="#">Copy link</a> \u00b7 <a href="#">Share</a></p></div>'
        + (
            '<p><strong>Read more:</strong> <a href="/guide">How to sandbag a door</a></p>'
            if n == 1
            else ""
        )
        for n, (time, heading, text) in enumerate(entries)
    )
    return (
        "<html><head><title>Tarrow flood live: river bursts its banks | Valley Echo</title>"
        f'<meta property="og:url" content="{FLOOD_PAGE_URL}">'
        '<meta property="article:published_time" content="2026-03-02T06:30:00+00:00">'
        f"{meta}</head><body><article><h1>Tarrow flood live: river bursts its banks</h1>"
        '<p class="standfirst">Homes are being evacuated in Tarrow.</p>'
        f'<div class="live-body">{blocks}</div></article></body></html>'
    )


# A ferry operator's statement, in the forms it reaches a reporter: an e-mail, a Word, ODT, RTF
# or PDF document, a saved page.
FERRY_HEADLINE = "Islay ferry route to close for three weeks"
FERRY_PARAGRAPHS = (
    "The Port Askaig ferry will stop sailing from 3 March while its linkspan is rebuilt, "
    "Caledonian Isles Ferries said on Tuesday.",
    "A replacement service from Port Ellen will run twice a day and cost passengers "
    "\u00a312.40 each way, the company said.",
    "\u201cWe know this is hard on islanders,\u201d managing director Morag Currie said.",
)


def word_document(
    paragraphs: Sequence[str],
    title: str | None = None,
    created: str | None = None,
    modified: str | None = None,
) -> bytes:
    """A minimal .docx: its paragraphs in word/document.xml, and its title and the times it was
    created and last saved in its properties."""
    runs = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{html.escape(p)}</w:t></w:r></w:p>'
        for p in paragraphs
    )
    body = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{runs}</w:body></w:document>"
    )
    archive = BytesIO()
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as parts:
        parts.writestr("[Content_Types].xml", "<Types/>")
        parts.writestr("word/document.xml", body)
        properties = "".join(
            f"<{tag}>{html.escape(value)}</{tag}>"
            for tag, value in (
                ("dc:title", title),
                ("dcterms:created", created),
                ("dcterms:modified", modified),
            )
            if value
        )
        if properties:
            parts.writestr(
                "docProps/core.xml",
                '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
                'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
                f'xmlns:dcterms="http://purl.org/dc/terms/">{properties}</cp:coreProperties>',
            )
    return archive.getvalue()


def open_document(paragraphs: Sequence[str]) -> bytes:
    """A minimal .odt: its mimetype first and stored, its paragraphs in content.xml (the first a
    heading), a run of spaces written as ``text:s``."""
    blocks = "".join(
        f"<text:{'h' if n == 0 else 'p'}>"
        f"{html.escape(p).replace('  ', ' <text:s/>')}</text:{'h' if n == 0 else 'p'}>"
        for n, p in enumerate(paragraphs)
    )
    content = (
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">'
        f"<office:body><office:text>{blocks}</office:text></office:body></office:document-content>"
    )
    archive = BytesIO()
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as parts:
        parts.writestr("mimetype", "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED)
        parts.writestr("content.xml", content)
    return archive.getvalue()


def pdf_document(lines: Sequence[str]) -> bytes:
    """A minimal PDF with a text layer: each line shown in Helvetica, one under another."""
    escaped = (re.sub(r"([\\()])", r"\\\1", line) for line in lines)
    shown = "".join(f"({line}) Tj T* " for line in escaped)
    stream = f"BT /F1 11 Tf 14 TL 72 720 Td {shown}ET".encode("cp1252")
    objects = [
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R"
        b"/Resources<</Font<</F1 5 0 R>>>>>>",
        b"<</Length %d>>stream\n%s\nendstream" % (len(stream), stream),
        b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding>>",
    ]
    pdf = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    table = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    pdf += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    pdf += b"trailer\n<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        table,
    )
    return bytes(pdf)


def email_message(
    body: str, *, subject: str, sender: str, html_body: str | None = None, attachment: str = ""
) -> bytes:
    """An e-mail as a mail client saves it (.eml): a quoted-printable plain-text body, perhaps an
    HTML alternative and an attached file."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "newsdesk@islaytimes.example"
    message["Subject"] = subject
    message["Date"] = "Tue, 24 Feb 2026 09:15:00 +0000"
    message.set_content(body, cte="quoted-printable")
    if html_body is not None:
        message.add_alternative(html_body, subtype="html")
    if attachment:
        message.add_attachment(
            b"%PDF-1.4\n", maintype="application", subtype="pdf", filename=attachment
        )
    return message.as_bytes()


# A lecturer's assignment: a council release, a wire story and the class's interview notes as the
# records (`--record`), and five students' stories: a paste of the release, the wire lifted with
# credit, two stories one copied from the other (text no source holds), and one that quotes the
# wire's interview without saying so.
LIBRARY_SOURCES = {
    "release.txt": """\
---
source: Dunmore Borough Council
date: 2026-04-14
title: Harbour Road library to close for eight months of repairs
---
Harbour Road library will close on 4 May for eight months while its roof and heating are replaced, Dunmore Borough Council said today.

The £2.3 million repair was approved by the council's cabinet on Monday evening after surveyors found water damage in the reading room.

A mobile library will stop outside the building every Tuesday and Friday during the closure.

Councillor Priya Nandra, cabinet member for communities, said: "This library has served the harbour for ninety years and we want it to serve for ninety more."

Books on loan can be returned to the Market Square branch, which will extend its Saturday opening hours until 5pm.
""",
    "wire.txt": """\
---
source: Kestrel News Agency
date: 2026-04-14
title: Dunmore library shuts for repairs, readers face long trek
---
Readers in east Dunmore face eight months without their local library after councillors approved a £2.3 million repair of the Harbour Road building.

The closure, which starts on 4 May, will leave the nearest branch more than three miles away for many older residents.

Opposition councillor Tom Beddow said the mobile service was "a token gesture that will not reach the people who need it most".

The council said the work could not be delayed because rain had already damaged part of the local history collection.

Friends of Harbour Road Library chair Maureen Tait told Kestrel: "We are disappointed but not surprised, because that roof has leaked for years."
""",
    "notes.txt": """\
---
source: JOUR 110 interview notes
date: 2026-04-14
title: Interview notes: Harbour Road library press briefing
---
Librarian Sandra Okafor said the staff of six would move to Market Square during the works.

Okafor said: "We will keep the reading groups going, just in a different room."

Parent Dev Mistry said his children used the homework club every weekday after school.
""",
}
HOMEWORK_CLUB = """\
Homework club families worry as Harbour Road library shuts

Families who rely on the after-school homework club at Harbour Road are looking for somewhere else to go from next month.

Dev Mistry, whose two children attend the club most afternoons, said the nearest alternative would mean two bus journeys each way.

Staff at the library hope the reading groups can carry on in a borrowed room at the Market Square branch until the building reopens next winter.

The repairs, which will cost £2.3 million, follow years of leaks in the old reading room.
"""
LIBRARY_SUBMISSIONS = {
    "Adams_Ruth_story.txt": """\
Name: Ruth Adams

Library closes for roof repairs

Harbour Road library will close on 4 May for eight months while its roof and heating are replaced, Dunmore Borough Council said today.

The £2.3 million repair was approved by the council's cabinet on Monday evening after surveyors found water damage in the reading room.

A mobile library will stop outside the building every Tuesday and Friday during the closure.

Librarian Sandra Okafor said the six members of staff would move to Market Square while the work is done.
""",
    "Bello_Kofi_story.txt": """\
Name: Kofi Bello

Eight months without a library for east Dunmore

Readers in east Dunmore face eight months without their local library after councillors approved a £2.3 million repair of the Harbour Road building, according to Kestrel News Agency.

The closure, which starts on 4 May, will leave the nearest branch more than three miles away for many older residents.

Opposition councillor Tom Beddow said the mobile service was "a token gesture that will not reach the people who need it most".

Parent Dev Mistry said his children had used the homework club every weekday.
""",
    # One student's story copied by another, who adds a line of the interview notes.
    "Cole_Maya_story.txt": "Name: Maya Cole\n\n" + HOMEWORK_CLUB,
    "Dowd_Sean_story.txt": "Name: Sean Dowd\n\n"
    + HOMEWORK_CLUB
    + "\nLibrarian Sandra Okafor said the reading groups would keep going in a different room.\n",
    "Evans_Lia_story.txt": """\
Name: Lia Evans

Harbour Road library to shut in May

East Dunmore will lose its library for most of the year while builders fix the leaking roof.

Maureen Tait, who chairs the Friends group, said: "We are disappointed but not surprised, because that roof has leaked for years."

The council has promised a mobile van twice a week, but some readers say it will not be enough.

Librarian Sandra Okafor promised: "We will keep the reading groups going, just in a different room."
""",
}


def write_library_assignment(folder: Path) -> list[Path]:
    """The library assignment's sources under ``folder/sources`` and its students' stories under
    ``folder/submissions``; the sources' paths, to give as records."""
    for part, texts in (("sources", LIBRARY_SOURCES), ("submissions", LIBRARY_SUBMISSIONS)):
        (folder / part).mkdir(parents=True, exist_ok=True)
        for name, text in texts.items():
            (folder / part / name).write_text(text, encoding="utf-8")
    return [folder / "sources" / name for name in LIBRARY_SOURCES]


# A false figure's trail in Spanish: an agency's water-cut report, a blog that inflates it, an
# account that reposts the blog merging two of its lines, a paper that hedges the account's post,
# and a chat chain that follows the account (retest of acceptance round 39, b2).
AGUA_CHAIN = {
    "agencia": (
        "Agencia Sur",
        "2026-02-02",
        "La empresa de aguas informó que el 2,5 % de los hogares de la ciudad tuvo cortes breves "
        "durante la ola de calor, según su balance mensual publicado el lunes. De acuerdo con el "
        "balance, se revisaron 80.000 conexiones en los barrios del norte. Los cortes duraron "
        "menos de tres horas, indicó la compañía.",
    ),
    "blog": (
        "El Blog Libre",
        "2026-02-03",
        "La empresa de aguas reconoció que el 25 % de los hogares de la ciudad tuvo cortes largos "
        "durante la ola de calor, según su balance mensual publicado el lunes. De acuerdo con el "
        "balance, se revisaron 80.000 conexiones en los barrios del norte. O sea: veinte mil "
        "familias quedaron sin agua y ningún canal lo cuenta. Los cortes duraron días enteros, "
        "admitió la compañía. Los noticieros callan porque la empresa les compra avisos.",
    ),
    "cuenta": (
        "@VecinoAlerta (X)",
        "2026-02-04",
        "¡OJO! La empresa de aguas reconoció que el 25 % de los hogares de la ciudad tuvo cortes "
        "largos durante la ola de calor. Se revisaron 80.000 conexiones domiciliarias: veinte mil "
        "familias quedaron sin agua y ningún canal lo cuenta. Los noticieros callan porque la "
        "empresa les compra avisos. ¡Difundí!",
    ),
    "diario": (
        "Diario Ya",
        "2026-02-05",
        "La empresa de aguas habría reconocido que el 25 % de los hogares de la ciudad tuvo cortes "
        "largos durante la ola de calor, según publicaciones en redes. Se revisaron 80.000 "
        "conexiones domiciliarias: veinte mil familias quedaron sin agua y ningún canal lo cuenta, "
        "escribió un usuario. Presuntamente, los noticieros callan porque la empresa les compra "
        "avisos. La empresa no respondió a la consulta de Diario Ya.",
    ),
    "cadena": (
        "Cadena de WhatsApp",
        "2026-02-06",
        "La misma empresa de aguas reconoció que el 25 % de los hogares de la ciudad tuvo cortes "
        "largos. Fueron 80 mil conexiones: veinte mil familias quedaron sin agua y ningún canal lo "
        "cuenta. Los noticieros callan porque la empresa les compra avisos. Reenvialo ya!!!",
    ),
}


def agua_chain() -> list[Document]:
    """The documents of AGUA_CHAIN, in its order."""
    return [
        Document(id, source, text, published=day) for id, (source, day, text) in AGUA_CHAIN.items()
    ]


def write_agua_chain(folder: Path) -> None:
    """Each document of AGUA_CHAIN as a text file under ``folder``, its outlet and day as front
    matter."""
    folder.mkdir(parents=True, exist_ok=True)
    for id, (source, day, text) in AGUA_CHAIN.items():
        (folder / f"{id}.txt").write_text(
            f"---\nsource: {source}\ndate: {day}\n---\n{text}\n", encoding="utf-8"
        )


# A ministry's report given as the record, the wire's faithful rewrite of it and a blog that
# turns the wire's 3,2 % into 32 % (retest of acceptance round 39, b3).
def vacunas_with_record() -> list[Document]:
    """The record, the wire and the blog, in that order."""
    return [
        Document(
            "ministerio",
            "Ministerio de Salud",
            "El Ministerio presentó el lunes su informe anual de vacunación. Se notificaron "
            "eventos adversos leves en el 3,2 % de los vacunados, sobre todo dolor en el brazo. "
            "No se confirmó ninguna muerte atribuible a la vacuna.",
            published="2026-03-02",
            of_record=True,
        ),
        Document(
            "agencia",
            "Agencia Sur",
            "El Ministerio de Salud informó que el 3,2 % de las personas vacunadas contra la "
            "gripe presentó efectos adversos leves, según su informe anual. El informe no "
            "registró ninguna muerte atribuible a la vacuna, indicó la cartera.",
            published="2026-03-03",
        ),
        Document(
            "blog",
            "El Blog Libre",
            "El Ministerio de Salud reconoció que el 32 % de las personas vacunadas contra la "
            "gripe presentó efectos adversos graves, según su informe anual. Los medios callan "
            "porque la industria les paga la publicidad.",
            published="2026-03-04",
        ),
    ]


# A court brief, and a rival's own report of the hearing that shares only the court's formula.
COURT_BRIEF = (
    "Liam Fraser, 24, of Kirkton, appeared at Dunmore Sheriff Court yesterday charged with "
    "breaking into a chemist's shop in Bank Street. He made no plea and was released on bail. "
    "He will appear again next week."
)
RIVAL_COURT_BRIEF = (
    "A Kirkton man has been accused of a break-in at a Bank Street pharmacy. Liam Fraser, 24, "
    "faced a single charge when he appeared before Sheriff Anne Dunlop. "
    "He is due to appear again next week."
)


# Two papers' own reports of one council vote: they share its names, figures and a formula
# ("committee voted 9-4 in favour"), no passage. Our paper gives its date alone, the rival its
# time that morning; the rival's headline and its "claimed" and "controversial" are loaded.
OUR_LINK_ROAD = (
    "Kirkdale councillors last night approved a £42m link road through Hollins Wood after a "
    "three-hour meeting at the town hall.\n\n"
    "The planning committee voted 9-4 in favour of the route, which will join the A629 to the "
    "Calder business park.\n\n"
    "Council leader Janet Moss said the road would cut journey times for thousands of "
    "commuters.\n\n"
    "About 2,000 trees will be felled along the route, and the council has promised to plant "
    "three for every one lost.\n\n"
    "Friends of Hollins Wood, who collected 6,500 signatures against the plan, said they would "
    "ask for a judicial review.\n\n"
    "Work is due to start next autumn and should take two years."
)
RIVAL_LINK_ROAD = (
    "Campaigners reacted with fury last night as Kirkdale councillors backed a £42m link road "
    "through ancient Hollins Wood.\n\n"
    "The committee voted 9-4 in favour at a packed session in the town hall.\n\n"
    "Council leader Janet Moss claimed the controversial road would cut journey times across "
    "the borough.\n\n"
    "Around 2,000 trees face the chainsaw, though the authority has pledged new saplings.\n\n"
    "Friends of Hollins Wood, who handed in 6,500 signatures, now plan a legal challenge.\n\n"
    "Contractors could be on site by next autumn."
)


def link_road_reports(rival_time: str | None = "2026-12-03T07:30:00Z") -> list[Document]:
    """Our paper's report of the Hollins Wood vote, dated 2026-12-03 alone, and the Calder
    Valley Echo's, published at ``rival_time`` that day, under a loaded headline."""
    return [
        replace(
            document(RIVAL_LINK_ROAD, "echo", "Calder Valley Echo", published="2026-12-03"),
            title="Fury as councillors force through £42m woodland road",
            published_time=rival_time,
        ),
        document(
            OUR_LINK_ROAD,
            "gazette",
            "Hollins Gazette",
            title="Council approves £42m link road through Hollins Wood",
            published="2026-12-03",
        ),
    ]


# A news agency's own feed, as its desk keeps it: records that name no source (each labelled by
# its web address's site, kestrelnews.example), signed by their datelines, and the clients' and
# rivals' pages that took its stories.
KESTREL_FERRY = (
    "The Tarn Ferry Company suspended all crossings to Brae Island on Monday after a fire broke "
    "out in the engine room of its largest vessel, the company said.",
    "No passengers were hurt, and the 42 crew members were taken off by lifeboat, a coastguard "
    "spokesman said.",
    "The company said the crossings would resume on Thursday at the earliest, once inspectors "
    "had checked the two remaining ships.",
    "Islanders said the suspension left them without deliveries of fresh food for the third "
    "time this year.",
    "Forecasters said gales were likely to return at the weekend, which could delay the "
    "inspections further.",
)
KESTREL_FEES = (
    "Port Ellis council voted on Monday to raise harbour fees by 4% from January, despite "
    "protests from fishing crews who said the rise would drive boats to rival ports.",
    "Councillor Dana Wren said the money would pay for dredging the inner basin, which had not "
    "been done since 2019.",
    "The vote passed by 23 votes to 11 after a debate that lasted more than three hours.",
)
KESTREL_DATELINE = "PORT ELLIS, Nov 2 (Kestrel News Agency) - "


def write_agency_feed(folder: Path) -> Path:
    """Kestrel News Agency's feed in ``folder``/feed (two stories, records naming no source),
    and in ``folder``/web: the Ellis Gazette's copy of the ferry story, which keeps the dateline
    (07:15); the Island Courier's, whose only credit is an "Agencies" line (08:30); the Brae
    Herald's first two paragraphs of it, cut short by its paywall (09:00); and the Courier's
    uncredited copy of the fees story, its "on Monday" dropped. Returns the feed's path."""
    (folder / "feed").mkdir()
    (folder / "web").mkdir()
    feed = folder / "feed" / "feed.jsonl"
    records = [
        ("kna-ferry", "Ferry operator suspends Tarn crossings", "06:00", KESTREL_FERRY),
        ("kna-fees", "Council approves 4% rise in harbour fees", "09:00", KESTREL_FEES),
    ]
    feed.write_text(
        "".join(
            json.dumps(
                {
                    "id": id,
                    "title": title,
                    "date": f"2026-11-02T{time}:00Z",
                    "url": f"https://kestrelnews.example/wire/{id}",
                    "text": KESTREL_DATELINE + "\n".join(paragraphs),
                }
            )
            + "\n"
            for id, title, time, paragraphs in records
        ),
        encoding="utf-8",
    )
    pages = {
        "gazette-ferry": ("Ellis Gazette", "07:15", KESTREL_DATELINE + "\n".join(KESTREL_FERRY)),
        "courier-ferry": ("Island Courier", "08:30", "\n".join([*KESTREL_FERRY, "Agencies"])),
        "herald-ferry": (
            "Brae Herald",
            "09:00",
            KESTREL_DATELINE
            + "\n".join([*KESTREL_FERRY[:2], "This article is for subscribers only."]),
        ),
        "courier-fees": (
            "Island Courier",
            "11:00",
            "\n".join([KESTREL_FEES[0].replace(" on Monday", ""), *KESTREL_FEES[1:]]),
        ),
    }
    for name, (source, time, text) in pages.items():
        front = f"---\nsource: {source}\ntitle: {name}\npublished: 2026-11-02T{time}:00Z\n---\n"
        (folder / "web" / f"{name}.txt").write_text(front + text + "\n", encoding="utf-8")
    return feed
