"""Feeds as records: an RSS 2.0 (or 1.0), Atom or JSON Feed 1.x feed's items, each a record with
the fields :mod:`compare.read` reads records by (``title``, ``url``, ``id``, ``date``, ...).

XML is parsed by the standard library's parser, and a document type declaration is refused
before its first declaration is read: entities are declared there and nowhere else, so no
entity of the feed's own is ever expanded (a "billion laughs" bomb) nor fetched from outside
(an external entity naming a local file), and no feed needs one. That keeps the guard to one
rule this module can test, where defusedxml would be a dependency for the same refusal.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, TypeGuard

from compare.dates import FIELD_MARKS
from compare.records import site_host

FEED_SUFFIXES = (".xml", ".rss", ".atom")
RSS_ROOT = "rss"
ATOM = "{http://www.w3.org/2005/Atom}"
RDF_ROOT = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}RDF"
RSS1 = "{http://purl.org/rss/1.0/}"
CONTENT_ENCODED = "{http://purl.org/rss/1.0/modules/content/}encoded"
DUBLIN_CORE = "{http://purl.org/dc/elements/1.1/}"
# JSON Feed names its version by an address on its own site: "https://jsonfeed.org/version/1.1".
JSON_FEED_VERSION = re.compile(r"https?://jsonfeed\.org/version/1(?:\.\d+)?/?\Z")
# What a title sets a site's name apart with, a page's from its headline ("Fares rise | The
# Ledger") and a feed's from its section ("Capital Ledger - Top Stories", "World news | The
# Guardian").
TITLE_PARTS = re.compile(rf"\s+[{FIELD_MARKS}\u2013\u2014-]\s+")
# An RSS author is an e-mail address, perhaps with the name after it: "desk@ledger.example
# (Ann Lee)".
MAILED_NAME = re.compile(r"\S+@\S+\s*\((?P<name>[^()]+)\)\Z")
MAIL_ADDRESS = re.compile(r"\S+@\S+\Z")
# Fewer letters than this are no outlet's name a site's host may spell ("co" of "co.uk").
MIN_NAME_LETTERS = 3
NO_ITEM_TEXT = "no text: the item gives no content, description or summary"


class FeedError(ValueError):
    """A file that is no well-formed feed, with why, in one line."""


@dataclass(frozen=True, slots=True)
class Feed:
    """A feed's outlet, as its title names it, and its items as records."""

    outlet: str | None
    items: tuple[Any, ...]


def xml_feed(text: str) -> Feed | None:
    """The items of an RSS or Atom feed as records; ``None`` for XML of another kind (a sitemap,
    an Office document's part), which is told by its root element.

    Raises:
        FeedError: the text is not well-formed XML, or it declares a document type.

    >>> feed = xml_feed('''<rss version="2.0"><channel><title>Ledger - Top Stories</title>
    ... <link>https://ledger.example/</link><item><title>Dam fails</title>
    ... <link>https://ledger.example/dam</link><description>Water rose.</description>
    ... <pubDate>Tue, 03 Nov 2026 07:30:00 GMT</pubDate></item></channel></rss>''')
    >>> feed.outlet, feed.items[0]["title"], feed.items[0]["text"], feed.items[0]["date"]
    ('Ledger', 'Dam fails', 'Water rose.', 'Tue, 03 Nov 2026 07:30:00 GMT')
    >>> xml_feed('<urlset><url><loc>https://ledger.example/dam</loc></url></urlset>') is None
    True
    """
    builder = _FeedBuilder()
    parser = ElementTree.XMLParser(target=builder)
    try:
        parser.feed(text)
        root = parser.close()
    except ElementTree.ParseError as error:
        if builder.root_tag is None or _feed_root(builder.root_tag):
            raise FeedError(f"broken XML feed: {error}") from None
        return None
    if root.tag == RSS_ROOT:
        channel = root.find("channel")
        if channel is None:
            return Feed(None, ())
        named = feed_outlet(channel.findtext("title"), channel.findtext("link"))
        return Feed(named, tuple(_rss_item(item) for item in channel.iter("item")))
    if root.tag == RDF_ROOT:
        channel = root.find(f"{RSS1}channel")
        title, link = (None, None) if channel is None else _texts(channel, RSS1, "title", "link")
        items = root.iter(f"{RSS1}item")
        return Feed(feed_outlet(title, link), tuple(_rss_item(item, RSS1) for item in items))
    if root.tag == f"{ATOM}feed":
        named = feed_outlet(_atom_text(root.find(f"{ATOM}title")), _atom_link(root))
        return Feed(named, tuple(_atom_entry(entry) for entry in root.iter(f"{ATOM}entry")))
    return None


def is_json_feed(loaded: object) -> TypeGuard[dict[str, Any]]:
    """Whether JSON is a JSON Feed: an object whose ``version`` names jsonfeed.org's, with its
    ``items``. Its items are records as they are (``title``, ``url``, ``content_html``,
    ``summary``, ``date_published``), and its ``title`` names their outlet (:func:`feed_outlet`, by
    its ``home_page_url``).

    >>> is_json_feed({"version": "https://jsonfeed.org/version/1.1", "title": "Beacon", "items": []})
    True
    >>> is_json_feed({"version": "2.0", "items": []})
    False
    """
    return (
        isinstance(loaded, dict)
        and isinstance(loaded.get("version"), str)
        and JSON_FEED_VERSION.match(loaded["version"].strip()) is not None
        and isinstance(loaded.get("items"), list)
    )


class _FeedBuilder(ElementTree.TreeBuilder):
    """A tree builder that keeps the tag of the root element, which tells a feed from other XML
    even when the file breaks further on, and refuses a document type declaration."""

    def __init__(self) -> None:
        super().__init__()
        self.root_tag: str | None = None

    def start(self, tag: str, attrs: dict[str, str]) -> ElementTree.Element:
        if self.root_tag is None:
            self.root_tag = tag
        return super().start(tag, attrs)

    def doctype(self, name: str, pubid: str | None, system: str | None) -> None:
        raise FeedError(
            "XML with a document type declaration, refused: no feed needs one, and the "
            "entities it may declare can expand without end or read local files"
        )


def _feed_root(tag: str) -> bool:
    return tag in (RSS_ROOT, RDF_ROOT, f"{ATOM}feed")


def _rss_item(item: ElementTree.Element, space: str = "") -> dict[str, str]:
    """An RSS item as a record: its full text (``content:encoded``) else its description; RSS
    1.0's elements are in ``space``."""
    title, link, description = _texts(item, space, "title", "link", "description")
    guid = item.find("guid")
    guid_text = _stripped(guid.text) if guid is not None else None
    # A guid that is its permalink is the item's address when it gives no link.
    permalink = guid is not None and guid.get("isPermaLink", "true") != "false"
    source = item.find("source")
    author = _text(item, f"{DUBLIN_CORE}creator") or _rss_author(item.findtext("author"))
    return _given(
        id=guid_text or item.get("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about"),
        title=title,
        url=link or (guid_text if permalink else None),
        date=_text(item, "pubDate") or _text(item, f"{DUBLIN_CORE}date"),
        author=author,
        source=_stripped(source.text) if source is not None else None,
        text=_text(item, CONTENT_ENCODED) or description,
    )


def _atom_entry(entry: ElementTree.Element) -> dict[str, str]:
    """An Atom entry as a record: its content, else its summary; its ``updated`` time is when it
    was modified, and its date when it gives no ``published``."""
    published = _text(entry, f"{ATOM}published")
    updated = _text(entry, f"{ATOM}updated")
    authors = (_text(author, f"{ATOM}name") for author in entry.iter(f"{ATOM}author"))
    source = entry.find(f"{ATOM}source")
    content = entry.find(f"{ATOM}content")
    # Content given by reference ("src") is elsewhere, not in the feed.
    given = None if content is None or content.get("src") else _atom_text(content)
    return _given(
        id=_text(entry, f"{ATOM}id"),
        title=_atom_text(entry.find(f"{ATOM}title")),
        url=_atom_link(entry),
        date=published or updated,
        modified=updated if published and updated != published else None,
        author=", ".join(filter(None, authors)) or None,
        source=None if source is None else _atom_text(source.find(f"{ATOM}title")),
        text=given or _atom_text(entry.find(f"{ATOM}summary")),
    )


def feed_outlet(title: str | None, link: str | None) -> str | None:
    """The outlet a feed's title names: the part of it that the host of the feed's site spells
    ("Capital Ledger" of "Capital Ledger - Top Stories" at capital-ledger.example, "The Guardian"
    of "World news | The Guardian" at theguardian.com), else the whole title.

    >>> feed_outlet("Capital Ledger - Top Stories", "https://capital-ledger.example/")
    'Capital Ledger'
    >>> feed_outlet("World news | The Guardian", "https://www.theguardian.com/world")
    'The Guardian'
    >>> feed_outlet("Top Stories - Metro", None), feed_outlet(None, "https://metro.example/")
    ('Top Stories - Metro', None)
    """
    title = " ".join(title.split()) if title else None
    if not title:
        return None
    host = site_host(link)
    labels = [_letters(label) for label in (host or "").split(".")[:-1]]
    for part in TITLE_PARTS.split(title):
        letters = _letters(part)
        if len(letters) >= MIN_NAME_LETTERS and any(
            len(label) >= MIN_NAME_LETTERS
            and (letters.startswith(label) or label.startswith(letters))
            for label in labels
        ):
            return part
    return title


def _letters(name: str) -> str:
    return re.sub(r"[\W_]", "", name).casefold()


def _rss_author(author: str | None) -> str | None:
    """The name an RSS ``author`` gives beside its e-mail address; ``None`` for an address alone.

    >>> _rss_author("desk@ledger.example (Ann Lee)"), _rss_author("desk@ledger.example")
    ('Ann Lee', None)
    """
    author = _stripped(author)
    if author is None:
        return None
    if named := MAILED_NAME.match(author):
        return named.group("name").strip()
    return None if MAIL_ADDRESS.match(author) else author


def _atom_text(element: ElementTree.Element | None) -> str | None:
    """An Atom text construct's text: as written for ``text`` and ``html`` (escaped HTML, read as
    HTML later), its markup as HTML for ``xhtml``."""
    if element is None:
        return None
    if element.get("type") == "xhtml":
        inner = "".join(
            ElementTree.tostring(child, encoding="unicode", xml_declaration=False)
            for child in element
        )
        # The XHTML namespace's prefix ("html:p") is no HTML tag.
        return _stripped(
            re.sub(r"<(/?)html:", r"<\1", re.sub(r' xmlns(?::html)?="[^"]*"', "", inner))
        )
    return _stripped(element.text)


def _atom_link(element: ElementTree.Element) -> str | None:
    """The address an Atom feed or entry links to as its own page: its ``alternate`` link (a
    link without ``rel`` is one)."""
    for link in element.findall(f"{ATOM}link"):
        if link.get("rel", "alternate") == "alternate" and (href := _stripped(link.get("href"))):
            return href
    return None


def _texts(element: ElementTree.Element, space: str, *names: str) -> Iterator[str | None]:
    return (_text(element, f"{space}{name}") for name in names)


def _text(element: ElementTree.Element, path: str) -> str | None:
    return _stripped(element.findtext(path))


def _stripped(text: str | None) -> str | None:
    return text.strip() or None if text else None


def _given(**fields: str | None) -> dict[str, str]:
    return {key: value for key, value in fields.items() if value is not None}
