"""A live page's entries, each told apart with the time it was posted."""

from __future__ import annotations

import json

import pytest
from lxml.html import HtmlElement, document_fromstring

from compare.live_pages import as_first_saved, live_entries
from compare.records import Document

OPENED = "2026-03-02T06:00:00+00:00"
# A river flood's live page, newest first: (time, heading, paragraphs).
FLOOD = [
    ("09:40", "Bridge shut", ["Police have shut the Mill Lane bridge as the river rises."]),
    ("08:55", None, ["The Environment Agency has issued a severe flood warning for Tarrow."]),
    (
        "07:20",
        "Rest centre",
        ["A rest centre has opened at Tarrow Leisure Centre.", "Pets are welcome."],
    ),
]


def page(body: str, head: str = "") -> HtmlElement:
    return document_fromstring(
        f"<html><head><title>Tarrow flood live | Valley Echo</title>{head}</head>"
        f"<body><article><h1>Tarrow flood live</h1>{body}</article></body></html>"
    )


def entries_of(
    tree: HtmlElement, updates: list[dict[str, str]] | None = None
) -> list[tuple[str, str, str | None]]:
    return [
        (entry.anchor, entry.posted, entry.heading)
        for entry in live_entries(tree, updates or [], OPENED, lambda time: False)
    ]


def test_json_ld_updates_are_the_entries() -> None:
    """A live page's JSON-LD lists each entry's time, headline and text; a headline cut from the
    entry's first words is no heading of its own, and each entry is named by its container's id
    on the page."""
    updates = [
        {
            "@type": "BlogPosting",
            "headline": heading or paragraphs[0][:40],
            "datePublished": f"2026-03-02T{time}:00+00:00",
            "articleBody": " ".join(paragraphs),
        }
        for time, heading, paragraphs in FLOOD
    ]
    blocks = "".join(
        f'<div class="block" id="post-{time.replace(":", "")}">'
        f'<time datetime="2026-03-02T{time}:00+00:00">{time}</time><p>{paragraphs[0]}</p></div>'
        for time, _, paragraphs in FLOOD
    )
    assert entries_of(page(blocks), updates) == [
        ("post-0940", "2026-03-02T09:40:00+00:00", "Bridge shut"),
        ("post-0855", "2026-03-02T08:55:00+00:00", None),
        ("post-0720", "2026-03-02T07:20:00+00:00", "Rest centre"),
    ]
    (entry, *_) = live_entries(page(blocks), updates, OPENED, lambda time: False)
    assert "Police have shut the Mill Lane bridge" in entry.markup


def test_containers_each_holding_a_time_are_the_entries() -> None:
    """Entries set out as sections side by side, each with a ``<time datetime>``: each is an
    entry, its own heading taken out of its text, and its time stamp too."""
    sections = "".join(
        f'<section class="update"><time datetime="2026-03-02T{time}:00+00:00">{time} GMT</time>'
        + (f"<h3>{heading}</h3>" if heading else "")
        + "".join(f"<p>{text}</p>" for text in paragraphs)
        + "</section>"
        for time, heading, paragraphs in FLOOD
    )
    found = live_entries(page(sections), [], OPENED, lambda time: False)
    assert [(e.anchor, e.heading) for e in found] == [
        ("entry-0940", "Bridge shut"),
        ("entry-0855", None),
        ("entry-0720", "Rest centre"),
    ]
    assert "GMT" not in found[0].markup
    assert "Bridge shut" not in found[0].markup


@pytest.mark.parametrize(
    "stamp",
    [
        pytest.param("<p><strong>{time}</strong> \u2014 {text}</p>", id="bold_time_and_dash"),
        pytest.param('<p class="lb-time">{time}</p><p>{text}</p>', id="time_alone"),
        pytest.param("<h3>{time}</h3><p>{text}</p>", id="time_as_heading"),
    ],
)
def test_paragraphs_stamped_with_times_are_the_entries(stamp: str) -> None:
    """A page whose entries open with their time of posting, newest first, in a paragraph or a
    heading: each stamp opens an entry, dated on the day the page was published."""
    run = "<hr>".join(stamp.format(time=time, text=paragraphs[0]) for time, _, paragraphs in FLOOD)
    found = live_entries(page(run), [], OPENED, lambda time: False)
    assert [e.posted for e in found] == [f"2026-03-02T{time}:00+00:00" for time, _, _ in FLOOD]
    assert "Police have shut the Mill Lane bridge" in found[0].markup
    assert "09:40" not in found[0].markup


def test_a_stamp_heading_names_the_entry_and_past_midnight_is_the_next_day() -> None:
    """A heading's words after its time ("11.50pm: Bridge shut") are the entry's heading; an
    entry stamped long before the page opened was posted after midnight."""
    run = (
        "<h3>12.20am: Bridge shut</h3><p>Police have shut the Mill Lane bridge.</p>"
        "<h3>11.50pm</h3><p>The river is still rising at Tarrow weir.</p>"
        "<h3>10.05pm</h3><p>Sandbags are being handed out at the fire station.</p>"
    )
    opened = "2026-03-02T21:30:00+00:00"
    found = live_entries(page(run), [], opened, lambda time: False)
    assert [(e.posted, e.heading) for e in found] == [
        ("2026-03-03T00:20:00+00:00", "Bridge shut"),
        ("2026-03-02T23:50:00+00:00", None),
        ("2026-03-02T22:05:00+00:00", None),
    ]


@pytest.mark.parametrize(
    ("body", "opened"),
    [
        pytest.param(
            '<p class="byline">By Ann Lee <time datetime="2026-03-02T09:00:00+00:00">9am</time></p>'
            "<p>The river burst its banks at Tarrow on Monday.</p><p>Homes were evacuated.</p>",
            OPENED,
            id="an_article_with_one_time",
        ),
        pytest.param(
            "".join(
                f"<p>{t} \u2014 The river rose again.</p>" for t in ("07:20", "08:55", "09:40")
            ),
            OPENED,
            id="a_chronology_oldest_first",
        ),
        pytest.param(
            "".join(
                f"<p>{t} \u2014 The river rose again.</p>" for t in ("09:40", "08:55", "07:20")
            ),
            None,
            id="stamps_on_a_page_that_gives_no_day",
        ),
    ],
)
def test_other_pages_have_no_entries(body: str, opened: str | None) -> None:
    """An article with a time in its byline, a chronology of events (oldest first), and stamps
    that no day of the page dates are read whole."""
    assert live_entries(page(body), [], opened, lambda time: False) == []


def test_an_entry_saved_unchanged_is_kept_once_and_an_edit_as_a_later_version() -> None:
    """Three saves of a page each hold its entry of 08:55: the first save is kept, as posted;
    the second, which repeats it, is not; the third, which changed it, is kept, dated by its
    save."""
    url = "https://valleyecho.example/live/tarrow-flood#post-0855"
    texts = [
        "A severe flood warning is in force.",
        "A severe flood warning is in force.",
        "A severe flood warning is in force for Tarrow and Mill End.",
    ]
    saves = [
        Document(
            f"save{n}",
            "Valley Echo",
            text,
            url=url,
            published_time="2026-03-02T08:55:00Z",
            modified_time=f"2026-03-02T1{n}:00:00Z",
            captured=True,
        )
        for n, text in enumerate(texts)
    ]
    kept = as_first_saved(saves)
    assert [(d.id, d.modified_time) if d else None for d in kept] == [
        ("save0", None),
        None,
        ("save2", "2026-03-02T12:00:00Z"),
    ]


def test_json_ld_updates_without_a_time_are_no_entries() -> None:
    """An update the JSON-LD gives without a time of posting cannot be dated: with fewer than
    three dated, the page is read whole."""
    updates = [{"headline": "Bridge shut", "articleBody": "Police have shut the bridge."}] * 3
    script = f'<script type="application/ld+json">{json.dumps(updates)}</script>'
    assert (
        live_entries(page("<p>The river rose.</p>", script), updates, OPENED, lambda t: False) == []
    )
