"""Feeds read as delivered: RSS 2.0, Atom and JSON Feed items, each a document."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from compare.cli import app
from compare.read import read_paths
from compare.records import SkipReason

# A paper's RSS feed as content systems write it: the channel titled by outlet and section,
# namespaces for the full text and the writer, HTML in CDATA, an item with the full text and one
# with its description alone.
LEDGER_RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>Tarrow Ledger - Top Stories</title>
<link>https://tarrow-ledger.example/</link>
<description>Latest news from the Tarrow Ledger</description>
<item>
<title><![CDATA[Harbour bridge shut after cracks found in main span]]></title>
<link>https://tarrow-ledger.example/news/bridge-shut?utm_source=rss&amp;utm_medium=feed</link>
<guid isPermaLink="false">ledger-4411</guid>
<pubDate>Tue, 03 Nov 2026 07:30:00 GMT</pubDate>
<dc:creator>Mara Quill</dc:creator>
<description><![CDATA[<p>The Tarrow harbour bridge was closed on Tuesday.</p>]]></description>
<content:encoded><![CDATA[<p>The Tarrow harbour bridge was closed to traffic on Tuesday after
inspectors found cracks in its main span, the county council said.</p>
<p>About 18,000 vehicles cross the bridge each day. Diversions will add up to 40 minutes to
journeys, the council said.</p><img src="https://tarrow-ledger.example/img/bridge.jpg" />]]></content:encoded>
</item>
<item>
<title>Ferry fares frozen for winter</title>
<link>https://tarrow-ledger.example/news/ferry-fares</link>
<guid isPermaLink="false">ledger-4409</guid>
<dc:date>2026-11-02T16:05:00Z</dc:date>
<description>Kestrel Ferries will keep its fares at this year&amp;#8217;s level until March, the company said on Monday.</description>
</item>
</channel>
</rss>
"""

# An Atom feed: one entry with HTML content, updated after it was published; one with a summary
# alone; one whose content is XHTML.
POST_ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>Kestrel Bay Post</title>
<link href="https://kestrelbaypost.example/"/>
<id>https://kestrelbaypost.example/</id>
<updated>2026-11-03T12:00:00Z</updated>
<entry>
<title type="text">Cracked harbour bridge closed in Tarrow</title>
<link rel="alternate" href="https://kestrelbaypost.example/2026/11/bridge"/>
<id>tag:kestrelbaypost.example,2026:bridge</id>
<published>2026-11-03T08:10:00Z</published>
<updated>2026-11-03T11:45:00Z</updated>
<author><name>Ed Rowe</name></author>
<summary type="text">The bridge was closed.</summary>
<content type="html">&lt;p&gt;Tarrow's harbour bridge was closed to traffic on Tuesday after inspectors found cracks in its main span.&lt;/p&gt;</content>
</entry>
<entry>
<title>Library heron back for a seventh year</title>
<link href="https://kestrelbaypost.example/2026/11/heron"/>
<id>tag:kestrelbaypost.example,2026:heron</id>
<updated>2026-11-01T09:00:00Z</updated>
<summary>A heron that has nested on the roof of the central library for six years returned this week, librarians said.</summary>
</entry>
<entry>
<title>Council names new harbour master</title>
<link href="https://kestrelbaypost.example/2026/11/harbour-master"/>
<id>tag:kestrelbaypost.example,2026:harbour-master</id>
<published>2026-11-02T10:00:00Z</published>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The county council named Ines Varga as harbour master on Monday.</p></div></content>
</entry>
</feed>
"""

# A JSON Feed 1.1: one item with HTML content, one with a summary alone.
BEACON_JSON_FEED = {
    "version": "https://jsonfeed.org/version/1.1",
    "title": "Beacon Online",
    "home_page_url": "https://beacon-online.example/",
    "items": [
        {
            "id": "beacon-88",
            "url": "https://beacon-online.example/news/bridge",
            "title": "Tarrow bridge closure to last weeks, council warns",
            "content_html": "<p>The harbour bridge in Tarrow will stay shut for weeks while "
            "engineers assess cracks in its main span, the county council said on Tuesday.</p>",
            "summary": "The bridge will stay shut for weeks.",
            "date_published": "2026-11-03T09:20:00Z",
            "authors": [{"name": "Beacon Online staff"}],
        },
        {
            "id": "beacon-87",
            "url": "https://beacon-online.example/news/ferry",
            "title": "Ferry fares stay put until spring",
            "summary": "Kestrel Ferries said on Monday it would not raise fares before March.",
            "date_published": "2026-11-02T17:00:00Z",
        },
    ],
}


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_an_rss_feeds_items_are_documents_of_the_outlet_its_title_names(tmp_path: Path) -> None:
    """Each RSS item is a document: its full text from content:encoded (HTML in CDATA read as
    HTML, the picture left out), else its description, with its title, link, guid, pubDate or
    dc:date and dc:creator; its outlet is the part of the channel's title that its site's
    address spells, not the section after it."""
    feed = write(tmp_path / "ledger-rss.xml", LEDGER_RSS)
    result = read_paths([str(feed)])
    assert result.skipped == ()
    assert [
        (d.id, d.source, d.title, d.published, d.author, d.record) for d in result.documents
    ] == [
        (
            "ledger-4411",
            "Tarrow Ledger",
            "Harbour bridge shut after cracks found in main span",
            "2026-11-03",
            "Mara Quill",
            f"{feed}#1",
        ),
        (
            "ledger-4409",
            "Tarrow Ledger",
            "Ferry fares frozen for winter",
            "2026-11-02",
            None,
            f"{feed}#2",
        ),
    ]
    bridge, ferry = result.documents
    assert bridge.text == (
        "The Tarrow harbour bridge was closed to traffic on Tuesday after inspectors found cracks "
        "in its main span, the county council said.\nAbout 18,000 vehicles cross the bridge each "
        "day. Diversions will add up to 40 minutes to journeys, the council said."
    )
    assert bridge.published_time == "2026-11-03T07:30:00Z"
    assert ferry.text == (
        "Kestrel Ferries will keep its fares at this year\u2019s level until March, the company "
        "said on Monday."
    )


def test_an_atom_feeds_entries_are_documents_with_their_content_else_their_summary(
    tmp_path: Path,
) -> None:
    """An Atom entry's content (HTML escaped, or XHTML) is its text, else its summary; it is
    dated by ``published``, else ``updated``, and an ``updated`` time after its publication
    says when it was modified."""
    result = read_paths([str(write(tmp_path / "post.atom", POST_ATOM))])
    assert result.skipped == ()
    assert [(d.source, d.title, d.published, d.modified_time) for d in result.documents] == [
        (
            "Kestrel Bay Post",
            "Cracked harbour bridge closed in Tarrow",
            "2026-11-03",
            "2026-11-03T11:45:00Z",
        ),
        ("Kestrel Bay Post", "Library heron back for a seventh year", "2026-11-01", None),
        ("Kestrel Bay Post", "Council names new harbour master", "2026-11-02", None),
    ]
    assert [d.text for d in result.documents] == [
        "Tarrow's harbour bridge was closed to traffic on Tuesday after inspectors found cracks "
        "in its main span.",
        "A heron that has nested on the roof of the central library for six years returned this "
        "week, librarians said.",
        "The county council named Ines Varga as harbour master on Monday.",
    ]
    assert result.documents[0].url == "https://kestrelbaypost.example/2026/11/bridge"


def test_a_json_feeds_items_are_documents_of_the_feed_titled(tmp_path: Path) -> None:
    """A JSON Feed is no record of its own though it has a title: its items are the records,
    of the outlet its title names, their text from content_html else their summary, dated by
    date_published."""
    feed = write(tmp_path / "beacon-feed.json", json.dumps(BEACON_JSON_FEED))
    result = read_paths([str(feed)])
    assert result.skipped == ()
    assert [(d.id, d.source, d.published_time, d.text) for d in result.documents] == [
        (
            "beacon-88",
            "Beacon Online",
            "2026-11-03T09:20:00Z",
            "The harbour bridge in Tarrow will stay shut for weeks while engineers assess cracks "
            "in its main span, the county council said on Tuesday.",
        ),
        (
            "beacon-87",
            "Beacon Online",
            "2026-11-02T17:00:00Z",
            "Kestrel Ferries said on Monday it would not raise fares before March.",
        ),
    ]


def test_feeds_of_three_formats_tell_one_story_together(tmp_path: Path) -> None:
    """The bridge's closure, told by an RSS item, an Atom entry and a JSON Feed item, is one
    story; each feed's other items are not in it."""
    write(tmp_path / "ledger-rss.xml", LEDGER_RSS)
    write(tmp_path / "post.atom", POST_ATOM)
    write(tmp_path / "beacon-feed.json", json.dumps(BEACON_JSON_FEED))
    result = CliRunner().invoke(
        app, ["run", str(tmp_path), "-o", str(tmp_path / "out"), "-q", "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    stories = [sorted(story["documents"]) for story in report["stories"]]
    assert ["beacon-88", "ledger-4411", "tag:kestrelbaypost.example,2026:bridge"] in stories


def test_a_broken_feed_is_skipped_with_one_warning_line(tmp_path: Path) -> None:
    """A feed whose XML breaks off is skipped, and the run says so in one line, naming where
    the XML broke, beside the articles it reads."""
    broken = LEDGER_RSS.replace("</item>\n<item>", "<item>", 1)
    write(tmp_path / "ledger-rss.xml", broken)
    write(tmp_path / "beacon-feed.json", json.dumps(BEACON_JSON_FEED))
    result = CliRunner().invoke(app, ["run", str(tmp_path), "-o", str(tmp_path / "out"), "-q"])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [
        f"warning: skipped {tmp_path / 'ledger-rss.xml'}: broken XML feed: mismatched tag: "
        "line 26, column 2"
    ]


def test_xml_that_is_no_feed_is_skipped_as_a_file_of_a_kind_not_read(tmp_path: Path) -> None:
    """A sitemap is XML but no feed: its root element says so, and it is skipped as any file of
    a kind compare does not read."""
    sitemap = write(
        tmp_path / "sitemap.xml",
        '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        "<url><loc>https://tarrow-ledger.example/news/bridge-shut</loc></url></urlset>",
    )
    result = read_paths([str(sitemap)])
    assert [(s.reason, s.code) for s in result.skipped] == [
        ("unsupported file type .xml", SkipReason.UNSUPPORTED_TYPE)
    ]


def test_a_feed_declaring_entities_is_refused_unexpanded(tmp_path: Path) -> None:
    """A document type declaration, where entities are declared, is refused before any is
    read: an entity that doubles itself ten times over ("billion laughs") or names a local file
    never becomes text."""
    doubling = "".join(
        f'<!ENTITY e{n} "&e{n - 1};&e{n - 1};">' if n else '<!ENTITY e0 "ha">' for n in range(11)
    )
    for name, declared, used in (
        ("laughs.rss", doubling, "&e10;"),
        ("local.rss", '<!ENTITY secret SYSTEM "file:///etc/passwd">', "&secret;"),
    ):
        write(
            tmp_path / name,
            f'<?xml version="1.0"?><!DOCTYPE rss [{declared}]><rss version="2.0"><channel>'
            f"<title>Port News</title><item><title>Talks</title><description>{used} Talks "
            "ended on Monday.</description></item></channel></rss>",
        )
    result = read_paths([str(tmp_path)])
    assert result.documents == ()
    assert [(Path(s.path).name, s.code) for s in result.skipped] == [
        ("laughs.rss", SkipReason.BROKEN_FEED),
        ("local.rss", SkipReason.BROKEN_FEED),
    ]
    assert all("document type declaration, refused" in s.reason for s in result.skipped)


def test_one_item_of_a_feed_is_named_by_its_place(tmp_path: Path) -> None:
    """A feed's item is named as reports name it, ``feed.xml#2``, and read alone so."""
    feed = write(tmp_path / "ledger-rss.xml", LEDGER_RSS)
    result = read_paths([f"{feed}#2"])
    assert [d.title for d in result.documents] == ["Ferry fares frozen for winter"]
