"""The only module that reads files: paths to :class:`Document` records.

Supports ``.txt``, ``.md`` (optional front matter; the Markdown, or wikitext, read as plain text), ``.json`` (one
record or a list; a JSON Feed's items), ``.jsonl``, RSS and Atom feeds (``.xml``, ``.rss``, ``.atom``: each
item a record, see :mod:`compare.feeds`) and saved web pages (``.html``, ``.htm``: the article and its
metadata, found by trafilatura). Text wrapped at a fixed width is unwrapped; the headline, byline
and date line a plain-text article opens with are its metadata, and a dateline that gives its year
(a press release's, AFP's) dates it when no date line does.
Bytes that are not UTF-8 are decoded as detected by charset-normalizer; all text is normalised to
NFC with ``\\n`` line endings. A file or record that cannot be used becomes a :class:`Skipped`
with a one-line reason; the run goes on without it.
"""

from __future__ import annotations

import codecs
import errno
import hashlib
import html
import json
import os
import re
import tomllib
import unicodedata
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from copy import deepcopy
from dataclasses import dataclass, replace
from datetime import date, time, tzinfo
from functools import cache, partial
from operator import itemgetter
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin

from charset_normalizer import CharsetMatch, CharsetMatches, from_bytes
from lxml.etree import ParserError, strip_elements
from lxml.html import HtmlElement, HTMLParser, document_fromstring

from compare.boilerplate import MAX_BOILERPLATE_WORDS, paywall_notice
from compare.cache import DiskCache, is_cache_folder
from compare.dates import (
    DATELINE_DATE,
    MIDNIGHT,
    WRITTEN_DATE,
    date_field,
    in_zone,
    is_date_text,
    is_day,
    local_time_field,
    parse_date,
    time_field,
    time_offset,
    unzoned_clock,
)
from compare.disclosure import BYLINE_PARTNER, folder_outlet, inside_a_longer_name, outlet
from compare.feeds import (
    FEED_SUFFIXES,
    NO_ITEM_TEXT,
    TITLE_PARTS,
    FeedError,
    feed_outlet,
    is_json_feed,
    xml_feed,
)
from compare.lexicon import ARABIC_WORD, COMBINING_MARK, added_terms, lexicon
from compare.live_pages import (
    LiveEntry,
    RemovedEntry,
    as_first_saved,
    live_entries,
    removed_entries,
)
from compare.misreads import misread_wire, reads_as_scanned
from compare.opening import OPENING_QUOTES, is_date_like, opening, without_byline, without_title
from compare.page_articles import articles_on_page
from compare.page_furniture import (
    PAGE_NUMBER,
    PageCopy,
    page_copy,
    readable_outlet,
    without_printed_furniture,
)
from compare.plain_text import (
    CELL_SEPARATOR,
    CLAUSE_FINAL,
    HTML_NOT_TEXT,
    MARK_LABEL,
    caption_turns,
    drop_embedded_posts,
    drop_media_figures,
    drop_pull_quotes,
    html_text,
    keep_note_boxes,
    markdown_text,
    quote_blockquotes,
    soften_line_breaks,
    stray_reference_marks,
    unwrap,
    with_block_breaks,
    without_caption_marks,
    without_pull_quotes,
    without_reference_marks,
    without_subheads,
)
from compare.records import (
    EDGE_COLUMNS,
    FIRST_FRAMING_COLUMNS,
    FRAMING_COLUMNS,
    REPORT_PAGE_MARK,
    UNNAMED_WIRES,
    Document,
    Progress,
    Skipped,
    SkipReason,
    UnorderedVersions,
    UnreadDate,
    archived_page,
    articles,
    capture_time,
    credited_once,
    named_capture_time,
    site_host,
    teasers,
    text_as_compared,
    unordered_versions,
    unwatched,
)
from compare.segment import (
    CLOSING_MARKS,
    FULL_STOPS,
    KANA,
    LANGUAGE_NAMES,
    MAX_UNPUNCTUATED_WORDS,
    SCRIPT_LANGUAGES,
    SENTENCE_FINAL,
    UNMARKED_SCRIPT,
    WEB_ADDRESS,
    in_english,
    sentence_spans,
    set_in_capitals,
    unpunctuated,
    with_dandas,
)
from compare.subtitles import CUE_TIMING, WEBVTT_HEADER, subtitle_text
from compare.transcript import Transcript, read_transcript
from compare.unpack import (
    EMAIL,
    KIND_NAMES,
    NO_TEXT_LAYER,
    PACKED_SUFFIXES,
    SAVED_PAGE,
    ZIP,
    ZIP_MARK,
    Unpacked,
    UnpackError,
    packed_kind,
    saved_mail_fields,
    unpack,
)
from compare.wikitext import cited_outlets, looks_like_wikitext, wikitext_plain

# trafilatura reads web pages alone, and importing it takes a third of a second (with courlan,
# htmldate and urllib3): the functions that read a page import it, so that a run of text files
# never waits for it.
if TYPE_CHECKING:
    from trafilatura.settings import Document as Extraction

SUPPORTED_SUFFIXES = (
    ".txt", ".md", ".markdown", ".json", ".jsonl", ".html", ".htm", ".srt", ".vtt",
    *FEED_SUFFIXES,
    *PACKED_SUFFIXES,
)  # fmt: skip
# The most characters one article's text may hold; a longer one is skipped. The longest news
# articles run to tens of thousands (12,700 in the development corpora), and a 2 MB one has been
# compared through the API; a 5 MB text runs in 2.5 minutes and 300 MB, while 60 MB of text ran
# for over 10 minutes in one stage, holding 2 GB, without an end in sight.
MAX_ARTICLE_CHARS = 5_000_000
# How a skip of a file or record identical to one read already ends its reason.
READ_ONCE_REASON = ": read once"
# How much of a file of a kind not read by its name is looked at for one that is: enough for a
# Word document's archive to name its text part.
SNIFFED_BYTES = 65_536
RECORD_SUFFIXES = (".json", ".jsonl")
HTML_SUFFIXES = (".html", ".htm")
MARKDOWN_SUFFIXES = (".md", ".markdown")
TEXT_SUFFIXES = (".txt", *MARKDOWN_SUFFIXES)
# Subtitles, by the name of their format and the way a cue's timing line is written in it.
SUBTITLE_FORMATS = {
    ".srt": ("SubRip subtitles", "00:00:01,000 --> 00:00:04,000"),
    ".vtt": ("WebVTT subtitles", "00:00:01.000 --> 00:00:04.000"),
}
# A text file may hold a feed (see _held_format), read and addressed as a .json or .jsonl file's.
MAY_HOLD_RECORDS = (*RECORD_SUFFIXES, *TEXT_SUFFIXES, *FEED_SUFFIXES)
# What a text file holding a web page or a feed is read as, by the suffix its content calls for.
FORMAT_READ_AS = {
    ".html": "a web page",
    ".json": "JSON records",
    ".jsonl": "JSON Lines, a record a line",
    ".srt": "subtitles, without cue numbers and timings",
    ".vtt": "subtitles, without cue numbers and timings",
}
# A web page's opening, after any byte order mark and space.
# A name of a few Arabic words alone in brackets on a text's last line, as an Arabic agency signs
# its copy off and a client that keeps its credit does: "(مشرق)".
ARABIC_SIGN_OFF = re.compile(rf"\s*\(\s*({ARABIC_WORD}(?: {ARABIC_WORD}){{0,2}})\s*\)\s*")
WEB_PAGE_OPENING = re.compile(r"<!doctype\s+html|<html[\s>]", re.IGNORECASE)
BINARY = "binary file, not text"
# A file of a kind compare reads no text from, named by its suffix and any advice after it.
UNSUPPORTED = "unsupported file type"
# Word, Excel and PowerPoint write a lock file beside a document while it is open
# ("~$terview notes.docx", its name's first letters replaced): a temporary file, never an
# article, skipped without a word as a Mac's .DS_Store is.
OFFICE_LOCK_PREFIX = "~$"
# What to do with the documents reporters most often have in a form compare cannot read.
_AS_TEXT = ": save it as plain text (.txt) to compare it"
_AS_PAGE = ': save the page as "Web page, HTML only" (.html) to compare it'
# An archive's members are not read: unpacked, they are named by their own paths and walked as a
# folder is, hidden files and copies left out, and nothing is unpacked that a ZIP bomb could fill
# a disk with.
_UNPACK = ": unpack it and run compare on the folder to compare the files it holds"
# A crawler's web archive holds many captures, each an HTTP response with its headers.
_EXTRACT_PAGES = (
    ": extract its response records as .html files (warcio's or a replay tool's export) and run "
    "compare on the folder to compare the pages it holds"
)
SAVE_AS = {
    ".doc": _AS_TEXT,
    ".pages": _AS_TEXT,
    ".webarchive": _AS_PAGE,
    ".zip": _UNPACK,
    ".gz": _UNPACK,
    ".warc": _EXTRACT_PAGES,
}
# What a file of a kind that holds no plain text opens with, whatever its name ("scan.txt"), what
# it is, and what to do with it: told before its bytes are read as text, where an image's zero
# bytes could read as UTF-16 and its other bytes as Chinese characters. A PDF, a Word or ODT
# document, an RTF document and a MIME message are told apart first (unpack.packed_kind) and read.
BINARY_KINDS = (
    (ZIP_MARK, "a ZIP archive", _UNPACK),
    (b"\x1f\x8b", "a gzip archive", _UNPACK),
    (b"\x89PNG\r\n\x1a\n", "a PNG image", ""),
    (b"\xff\xd8\xff", "a JPEG image", ""),
    (b"GIF87a", "a GIF image", ""),
    (b"GIF89a", "a GIF image", ""),
)
# What a browser names the folder of a page's parts that it saves beside the page.
PAGE_FILES_SUFFIX = "_files"
TITLE_FIELDS = ("title", "headline")
# The fields a record's text is read from: a feed's own, then those content systems and APIs
# export an article's body as (schema.org's "articleBody", the Guardian's "bodyText"), in plain
# text and then in HTML.
TEXT_FIELDS = (
    "text",
    "body",
    "content",
    "article_body",
    "articleBody",
    "body_text",
    "bodyText",
    "content_text",
    "full_text",
    "body_html",
    "content_html",
    "html",
)
# The fields a feed or a news API gives an article's summary in (RSS's and NewsAPI's
# "description", Atom's and JSON Feed's "summary"): its text when it gives no other.
SUMMARY_FIELDS = ("description", "summary")
# Where a record's text is looked for, in order: its own text, else its summary.
RECORD_TEXT_FIELDS = (*TEXT_FIELDS, *SUMMARY_FIELDS)
# The fields that name an outlet: a newspaper's title, as digitised newspapers' and OCR systems'
# exports name it ("publication", "newspaper", "newspaper_title", "paper"), before the company
# that publishes it, and a broadcaster's, as a monitoring service's capture names it
# ("station"). After them, those that name a channel or site, in exports that give
# no outlet: Telegram scrapers' "channel" ("@karelsk_official"), Open Graph's site name as
# scrapers give it ("site_name", "sitename", "siteName"), a crawl's "site", a news API's
# "source_name", and who posted a message in Telegram Desktop's own export ("from": the
# channel's name).
SOURCE_FIELDS = (
    "source",
    "outlet",
    "publication",
    "newspaper",
    "newspaper_title",
    "paper",
    "publisher",
    "station",
    "channel",
    "channel_name",
    "site_name",
    "sitename",
    "site",
    "source_name",
    "from",
)
# What names the feed of an object holding records, beside the fields that name a record's
# source, in Telegram Desktop's export: its channel's "name", over its posts, "messages". Another
# object's "name" may be its scrape's or its query's ("scrape-2025-06"), no outlet's.
TELEGRAM_NAME_FIELD = "name"
TELEGRAM_POSTS_FIELD = "messages"
# Telegram Desktop's export gives a message's text as one string or as pieces of one text
# (strings, and typed objects for its bold words, links and the like), listed again, each typed,
# in this field: a record that has it gives its text's pieces, not paragraphs. Exports made before
# 2021 have no such field, and their pieces are told by their shape (see _are_pieces).
TEXT_PIECES_FIELD = "text_entities"
# What a speech-to-text service times each segment of its transcript by: an object whose one list
# holds such segments ("segments", "results"), each with its "text", is one broadcast, its text
# the segments' joined, not a record a segment.
SEGMENT_TIMES = frozenset({"start", "end"})
# Who a Telegram post forwarded from another channel names as its origin, in Telegram Desktop's
# export ("forwarded_from": that channel's name): it credits that channel, as a credit line does.
FORWARDED_FROM_FIELD = "forwarded_from"
# What Telegram Desktop's export types a channel's events as (created, a post pinned): no posts.
SERVICE_TYPE = "service"
# What it types a post as. Every post has a text field, empty when a photo, a file, a sticker or
# a poll is posted without a caption: such a post is no article, and no broken record either.
MESSAGE_TYPE = "message"
RECORD_PLACE = re.compile(r"[:#](\d+)$")
# The fields news APIs and feeds date their items by (NewsAPI, RSS, schema.org), and a monitoring
# service's capture its broadcasts ("aired_at").
DATE_FIELDS = (
    "date",
    "published",
    "published_at",
    "publishedAt",
    "published_time",
    "publish_date",
    "publication_date",
    "pubDate",
    "pub_date",
    "datePublished",
    "date_published",
    "aired_at",
    "air_date",
)
# The fields that give when a version of an article was last modified (CMS and news APIs,
# schema.org, Hugo's front matter), in camelCase and snake_case alike: versions of one article
# share their publication date, and only these tell which came first.
MODIFIED_FIELDS = (
    "modified",
    "dateModified",
    "date_modified",
    "modified_at",
    "modifiedAt",
    "updated",
    "updated_at",
    "updatedAt",
    "lastModified",
    "last_modified",
    "last_updated",
    "lastUpdated",
    "lastmod",
)
# The fields an archiver gives the moment it captured a page by: a version that gives no
# modification time is dated by it, as a web archive's capture is.
CAPTURE_FIELDS = ("fetched_at", "captured_at", "crawled_at", "retrieved_at")
# The fields in which an archiver's or a content system's record numbers the version of its
# article it holds ("version": 3): a report names the version by it. Longer text is no number.
VERSION_FIELDS = ("version", "revision")
MAX_VERSION_LABEL_CHARS = 24
AUTHOR_FIELDS = ("author", "authors", "byline")
# The fields that may say what kind of text a record or front matter holds: one that says "press
# release" ("news release", "media release", in any case, words joined by "_" too) makes it one
# (see records.Document.press_release); the last is the one the reader fills in from a release's
# label among a text file's opening lines ("FOR IMMEDIATE RELEASE").
GENRE_FIELDS = ("type", "kind", "genre")
RELEASE_GENRE = "press release"
URL_FIELDS = ("url", "link")
# The fields in which a record gives its own key, the first given: an API's ``id``, an RSS item's
# ``guid``, a content system's ``uid`` or ``article_id``.
ID_FIELDS = ("id", "guid", "uid", "article_id")
# What a record given in memory (document_from_record) is named by when it gives no id, beside
# a key of its text, as a feed's file's stem names its records.
RECORD_STEM = "record"
# The field in which a news API's record names the site it was published on, without an address
# ("northstarnews.example"): where no url is given, it is the record's site.
DOMAIN_FIELD = "domain"
# The fields in which a record or front matter states its article's language ("es", "es-MX").
LANGUAGE_FIELDS = ("language", "lang")
# A language tag (BCP 47, or a locale as Open Graph writes it): its first part is the language's
# ISO 639 code ("es" of "es-MX", "pt" of "pt_BR"), or "und", which says it is not known.
LANGUAGE_TAG = re.compile(r"([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*", re.IGNORECASE)
UNKNOWN_LANGUAGE = "und"
# Where a web page states its language: its <html lang>, Open Graph's locale, the
# Content-Language its server sent, kept in a <meta http-equiv> (a list of tags: the first).
PAGE_LANGUAGE = (
    "/html/@lang | //meta[@property='og:locale']/@content"
    " | //meta[translate(@http-equiv, 'CONTENTLAGU', 'contentlagu')='content-language']/@content"
)
# Each field a record is read by, as its name is known, by its name in any case ("TITLE").
KNOWN_FIELDS = {
    field.casefold(): field
    for field in (
        *TITLE_FIELDS,
        *TEXT_FIELDS,
        *SUMMARY_FIELDS,
        *SOURCE_FIELDS,
        *DATE_FIELDS,
        *MODIFIED_FIELDS,
        *AUTHOR_FIELDS,
        *URL_FIELDS,
        *ID_FIELDS,
        *VERSION_FIELDS,
        "date_gmt",
        "date_unixtime",
        "modified_gmt",
    )
}
# Fewer words than this from a web page are its menu or a form's labels, not an article: the
# extractor falls back to them when a page has none (a login page gives "Home").
MIN_PAGE_WORDS = 5
# Thai and other scripts write a sentence without spaces: their pages are judged by letters.
MIN_PAGE_CHARS = 60
# A site's error page says so in its title, in a few words: "Page not found | Courier", "404",
# "Sorry, we couldn't find that page", "Oops! That page can't be found.", "Page introuvable",
# "Seite nicht gefunden", "Access Denied", a server's "503 Service Unavailable", a bot check's
# "Just a moment..." (not "404 families flee", not "Hiker not found"). A status code's words
# follow it straight away: "500 migrants found on boat" and "403 staff denied pay rise" are news.
ERROR_PAGE_TITLE = re.compile(
    r"^\W*(?:error )?(?:404|403|500|502|503)\b\s*(?:$|[|:\u2013\u2014-]|(?:(?:page )?not found"
    r"|internal server error|service unavailable|bad gateway|forbidden|access denied|error)\b)"
    r"|\b404 (?:error|not found)|\bpage (?:was |is )?not found"
    r"|^\W*not found\b|could ?n[o'\u2019]t (?:be )?find (?:that|the|this|your) page"
    r"|page can(?:not| not|['\u2019]t) be found|\bpage (?:is )?no longer available"
    r"|^\W*(?:access denied|just a moment|service unavailable|internal server error|forbidden)"
    r"\W*(?:$|[|:\u2013\u2014-])"
    r"|page introuvable|seite nicht gefunden|p[a\u00e1]gina no encontrada|pagina non trovata"
    r"|p[a\u00e1]gina n[a\u00e3]o encontrada",
    re.IGNORECASE,
)
MAX_ERROR_PAGE_WORDS = 100
# A cookie-consent wall saved instead of the article says so in its title or heading, alone or
# beside the site's name: "Before you continue", "Before you continue to YouTube", "We value your
# privacy | Ledger", "Your privacy choices", "Cookie consent" (not "We value your privacy, says
# fined app maker", nor a guide's "Your privacy choices: how to lock down your phone"); its text
# asks consent for cookies or for the site's partners' use of personal data, in a few hundred
# words at most (a dialog of the IAB's framework runs to about 300).
CONSENT_PAGE_TITLE = re.compile(
    r"^\W*(?:before you continue(?: to [^|\u2013\u2014]{1,40}?)?|we value your privacy"
    r"|we care about your privacy|your privacy choices|cookie consent)"
    r"\W*(?:$|\s[|\u2013\u2014-]\s)",
    re.IGNORECASE,
)
CONSENT_WORDS = re.compile(
    r"\bcookies?\b|\bconsent\b|\bpersonal data\b|\bpartners\b", re.IGNORECASE
)
MAX_CONSENT_PAGE_WORDS = 400
CONSENT_PAGE = "a cookie-consent page, not the article: accept the cookies and save the page again"
# A page of short lines none of which ends a sentence or a clause lists headlines; Thai, Lao and
# Khmer end sentences with a space, so their pages are never taken for lists.
ENDED_LINE = re.compile(
    rf"[{re.escape(CLAUSE_FINAL)}][{re.escape(CLOSING_MARKS)}]*[ \t]*$", re.MULTILINE
)
# A heading below the headline that ends a statement is prose set large, a standfirst; one that
# asks a question ("What happens next?") heads a section.
STATEMENT_END = re.compile(rf"[{re.escape(FULL_STOPS)}][{re.escape(CLOSING_MARKS)}]*$")
MAX_HEADLINE_CHARS = 150
MIN_HEADLINES = 3
# The words a wrapped text's lines end with and no headline does, joining the next line's words
# ("... FORCING THE\nEVACUATION OF TWO HOSPITALS"): a caption dump in capitals runs on by these,
# where lines opening in lower case cannot tell it.
JOINING_WORDS = frozenset(
    {"the", "a", "an", "and", "or", "but", "of", "to", "for", "with", "from", "into", "at", "by"}
    | {"about", "as", "than", "that", "this", "which", "who", "if", "its", "their", "his", "her"}
    | {"our", "your", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will"}
)
MIN_JOINED_LINES = 2
HEADLINE_LIST = "a list of headlines, not an article: no sentence ends"
UNPUNCTUATED = (
    "has no sentence punctuation (speech-to-text?): it is compared in pieces of about 20 words, "
    "which align less surely than sentences"
)
HEADLINE_ALONE = "a headline alone, no article text"
LABELS_ALONE = 'labels alone ("Name:", "Word count:"), no article text'

# Why a hidden file a walk left out was not read: the reports list it with the inputs skipped.
HIDDEN = "hidden (its name starts with '.'): name it to read it"
PAGE_FURNITURE_ALONE = "a web page's menus, links and lists alone, no article text"
# A record's text given as HTML ("<p>...</p>", a CMS's rendered content): a closing tag or a line
# break is markup, where "<A.N>" (a Reuters code), "<p 63>" or "the <b> tag" is not.
HTML_TAG = re.compile(
    r"</(?:p|div|span|a|em|strong|b|i|h[1-6]|ul|ol|li|blockquote|figure|figcaption|table|tr|td)"
    r"\s*>|<br\s*/?>",
    re.IGNORECASE,
)
# HTML's reference to a character, by name or number: "&amp;", "&#8217;", "&#x2019;".
CHARACTER_REFERENCE = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# The mark trafilatura sets before each item of a page's list: "- Strike began July 15".
LISTED = re.compile(r"^- (?=\S)", re.MULTILINE)
# trafilatura writes a table's rows between pipes ("| Greens | 12 | +4 |") and a rule of dashes
# under its header row ("| Party | Seats | Change |").
TABLE_HEADER = re.compile(r"^\|.*\|[ \t]*\n\|(?:-+\|)+[ \t]*(?:\n|$)", re.MULTILINE)
TABLE_ROW = re.compile(r"^\|(.*)\|[ \t]*$", re.MULTILINE)
MAX_SITE_WORDS = 6
# A site's domain, as a page's title may name it: "news.com.au", "nu.nl".
DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}", re.IGNORECASE)
# A feed's byline field may keep its "By": "By The Associated Press".
BY = re.compile(r"\Aby\s+", re.IGNORECASE)
# A link to a page on the web, which may credit the site it points to; a page's links to its own
# site are relative ("/news") or to its own host, which credit no one else.
WEB_LINK = re.compile(r"https?://", re.IGNORECASE)
# The same written out in a text, as a post or a plain page gives it ("More:
# https://ledgerline.org/a"), up to a space or a mark that closes it; and a Markdown link's
# target ("[the Ledger reported](https://ledgerline.org/a)"), whose markup the text loses.
WRITTEN_LINK = re.compile(r"https?://[^\s<>\"'()\[\]]+", re.IGNORECASE)
MARKDOWN_LINK = re.compile(r"\]\(\s*<?(https?://[^\s)>]+)", re.IGNORECASE)
# What may close a sentence after an address written in it, no part of it.
AFTER_A_LINK = ".,;:!?"
# The mark a browser or file manager adds to a second copy of a file: "dam (1)", "dam - Copy",
# "dam copy 2"; not "budget (2024)", "carbon copy" nor "hard-copy".
COPY_MARK = re.compile(
    r"(?<=\S)(?: \(\d{1,2}\)| - (?i:copy)(?: \(\d{1,2}\))?| (?i:copy) \d{1,2})\Z"
)
# What a feed puts where it cut an article short: NewsAPI's "… [+1523 chars]".
CUT_SHORT = re.compile(r"\s*(?:\u2026|\.\.\.)?\s*\[\+\d+ chars\]\s*\Z")
# A text so cut ends a sentence only where the cut fell at its end: else its last sentence is cut
# through ("... filed in federal cou"), no sentence any outlet wrote.
SENTENCE_ENDED = re.compile(rf"[{re.escape(SENTENCE_FINAL)}][{re.escape(CLOSING_MARKS)}]*\Z")
# What a feed gives for an article taken down: NewsAPI's "[Removed]", Reddit's "[deleted]".
TAKEN_DOWN = re.compile(r"\s*\[(?i:removed|deleted)\]\s*")
# How much of a field's value a warning quotes.
QUOTED_VALUE = 40
LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# What a file's name may hold that a line of a report or warning cannot show.
UNPRINTED_IN_NAMES = re.compile("[\x00-\x1f\x7f-\x9f]")
# What text may hold that shows nothing: a soft hyphen, a word joiner, marks of the direction of
# writing, a byte order mark inside the text, control characters but tabs and line ends (a page
# break is a line end; an escape sequence would drive a terminal the report is shown in); and a
# zero-width space, but between the letters of Thai, Lao, Burmese or Khmer, which mark where
# their words end with it. The joiners (U+200C, U+200D) only after a Latin, Greek or Cyrillic
# letter, which they join to nothing: they shape Arabic, Persian and Indian letters, and emoji.
# One character class, which a search tries at a few nanoseconds a character; the zero-width
# space and the joiners are judged by what stands beside them where found (_unseen_here).
UNSEEN = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u2069\ufeff]"
)
SPACELESS_LETTER = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
JOINLESS_LETTER = re.compile("[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]")
# What some of them stand for: a page break and a record separator end a line (not Unicode's
# line separator, which a JSON Lines record may hold inside a string); a C1 control character
# is a Windows-1252 character read as Latin-1 (a curly quote, an ellipsis: U+0093 is "\u201c").
UNSEEN_AS_SEEN = str.maketrans(
    {
        **{chr(code): bytes([code]).decode("cp1252", "ignore") for code in range(0x80, 0xA0)},
        **dict.fromkeys("\v\f\x1c\x1d\x1e", "\n"),
    }
)
# Unicode's line and paragraph separators end a line of an article's text; a file keeps them
# until its records are parsed, since a JSON Lines record may hold them inside a string.
LINE_SEPARATORS = str.maketrans("\u2028\u2029", "\n\n")
JSON_TYPES = {dict: "an object", list: "a list", str: "a string", bool: "true or false"}
JSON_LITERALS = ("true", "false", "null")
# Brackets that stand apart from a sentence's words, where a wire's name credits it: opening a
# line or after a label ("(AP) Officials said", "Sources: (AP), (Reuters)"), closing it, perhaps
# with a full stop ("Kremlin accuses NATO (Reuters)."), or before a dateline's dash ("LONDON,
# March 3 (Reuters) - Oil prices rose", "Valencia, 14 may (EFE).-"). News prose cites an agency
# inside a sentence ("Agence France-Presse (AFP) reported on Monday").
STANDING_BRACKETS = re.compile(
    r"(?:(?P<opening>^|:)[ \t]*)?\([ \t]*(?P<inside>[^()]+?)[ \t]*\)"
    r"(?:(?P<closing>\.?[ \t]*$)|(?P<dash>\.?[ \t]*(?:--|[-\u2013\u2014])))?"
)
# A wire's credit in brackets after a dateline's date, as papers printed wire copy, a sentence
# begun after it, with or without a dash: "SCRANTON, Pa., March 3 (By United Press) Forty-two
# miners", "PARIS, May 21 (By The Associated\nPress)-- Captain", "March 3.\u2014(AP)\u2014".
# Found wherever the dateline stands, as an OCR'd page runs a headline into it.
DATED_CREDIT = re.compile(
    r"\((?P<inside>[^()\n]{1,40}(?:\n[^()\n]{1,40})?)\)"
    r"(?=[ \t]*(?:--|[-\u2013\u2014])|\s+[\"'\u201c]?[A-Z0-9])"
)
DATE_BEFORE_CREDIT = re.compile(
    rf"{DATELINE_DATE}(?:,\s*\d{{4}})?\.?[ \t]*(?:--|[\u2013\u2014])?[ \t]*$"
)
# How far before a credit's bracket its dateline's date may begin: "Sept. 30, 1927.\u2014".
DATE_REACH = 30
# A dateline with no date, a place in capitals on a line of its own start and a long dash, as
# papers of the 1930s-60s set a wire's credit between two dashes: "WASHINGTON\u2014(By The
# Associated\nPress)\u2014", the bracket wrapped on a narrow column.
PLACE_BEFORE_CREDIT = re.compile(
    r"(?m:^)[ \t]*[A-Z][A-Z.' -]{1,28}[ \t]*(?:--|[\u2013\u2014])[ \t]*$"
)
DASH_AFTER_CREDIT = re.compile(r"[ \t]*(?:--|[\u2013\u2014])")
# An agency's name, which prose may spell out before its initials in brackets, is a few words:
# "Press Trust of India (PTI)".
MAX_AGENCY_NAME_WORDS = 4
# UTF-32 first: its little-endian mark begins with UTF-16's.
BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
ASCII_END = 0x80
ASCII_BYTES = bytes(range(ASCII_END))
# The control bytes no text holds in any encoding that writes ASCII as ASCII (see
# CONTROL_CHARACTERS), and how many stray zero bytes a text may hold, a few or a share of its
# bytes (a content system's export), when it is otherwise clean; binary data has both.
CONTROL_BYTES = re.compile(rb"[\x01-\x08\x0e-\x19\x1b-\x1f\x7f]")
FEW_ZERO_BYTES = 4
MAX_STRAY_ZERO_BYTES = 0.01
# Text has no control characters but line ends, tabs, page breaks (form feeds, vertical tabs) and
# DOS's end-of-file mark; binary data read as text has them.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0e-\x19\x1b-\x1f\x7f-\x9f\ufffe\uffff]")
# What a byte order mark followed by binary data reads as, and text never holds but for a stray
# few: characters that could not be read (U+FFFD: in UTF-16, a surrogate half alone, 3% of random
# pairs of bytes) and the private use area's (10% of them).
# What a decoder writes for a byte it cannot read.
REPLACEMENT_CHARACTER = "\ufffd"
UNREADABLE = re.compile("[\ufffd\ue000-\uf8ff]")
# The share of a text's characters that may be unreadable before its bytes are taken for binary.
MAX_UNREADABLE = 0.01
UTF16_ZERO_HIGH_BYTES = 0.1
UTF16_ZERO_LOW_BYTES = 0.01
# UTF-16 text's characters of a zero high byte are ASCII's but for a few (spaces, line ends,
# digits, Latin letters; a French or Icelandic text's accented letters are a tenth of them at
# most); binary data's are any byte: b"\x89P\x00\xff\xfe\x01" read so is "\u8950\u00ff\ufe01".
UTF16_ASCII_OF_ZERO_HIGH_BYTES = 0.5
# UTF-16 text mostly beyond Latin (Chinese, Japanese, Korean) read in its order: letters are most
# of its characters but spaces (punctuation and digits the rest), and a stray few at most are of
# a kind Unicode leaves unassigned or keeps for formatting, control or private use, of which the
# same bytes read in the other order, UTF-8 or a code page read as UTF-16, or binary data give
# one in fifteen or more.
UTF16_MIN_LETTERS = 0.5
UNWRITTEN_CATEGORIES = frozenset({"Cc", "Cf", "Cn", "Co", "Cs"})
# The characters UTF-16 writes with a zero high byte: ASCII and Latin-1's letters and signs.
ZERO_HIGH_BYTE_END = 0x100
# Those it writes with a zero low byte ("\u4e00", one, and the ideographic space) are a few in a
# hundred of a Chinese or Japanese text's characters, a fifth at most of a line that counts
# with "\u4e00" throughout; of bytes read in the wrong order, where a zero high byte stood
# beside each, they are most.
UTF16_ZERO_LOW_BYTES_BEYOND_LATIN = 0.2
# Dates from the page's metadata, markup and address only: htmldate's extensive search guesses
# from any date in the text, such as the year of a copyright line. Their time and time zone
# come too, when the metadata gives them.
HTML_DATES = {
    "extensive_search": False,
    "original_date": True,
    "outputformat": "%Y-%m-%dT%H:%M:%S%z",
    "deferred_url_extractor": True,
}
# Where a web page says when it was last modified: Open Graph's article and page tags, and
# schema.org's microdata; its JSON-LD article says so too (``dateModified``).
PAGE_MODIFIED = (
    "//meta[@property='article:modified_time']/@content"
    " | //meta[@property='og:updated_time']/@content"
    " | //*[@itemprop='dateModified']/@content | //*[@itemprop='dateModified']/@datetime"
)
PAGE_DATA = "//script[@type='application/ld+json']/text()"
# The JSON-LD objects that are a page's article (schema.org's Article and the types under it:
# NewsArticle, ReportageNewsArticle, BlogPosting, ...), with or without a prefix ("schema:"); an
# object that names no type is taken for one. Their comments, reviews and lists of other stories
# are other objects, inside them. A page's own object (WebPage) dates it where no article does.
ARTICLE_DATA_TYPE = re.compile(r"\w*Article|(?:Live)?BlogPosting|Report")
# The JSON-LD type of a live page, which lists its entries.
LIVE_DATA_TYPE = re.compile("LiveBlogPosting")
PAGE_DATA_TYPE = re.compile(r"WebPage|ItemPage")
# Where a page's object holds its article, and an article its page.
MAIN_ENTITY_KEYS = ("mainEntity", "mainEntityOfPage")
# Where a web page's metadata states when it was published: Open Graph's article tag; its JSON-LD
# article states it too (``datePublished``). htmldate reads them, but prefers the day its
# address gives ("/2025/10/21/") to a time the page marks up only in its text.
PAGE_PUBLISHED = "//meta[@property='article:published_time']/@content"
# Where a page's markup dates its article, in the order each is trusted: schema.org's microdata
# on any element, then a <time> the page marks as the publication's (HTML's ``pubdate``, or a class
# such as "pubdate" or "published"), then any <time> of the page, the first: an article's header
# or byline comes before its text, and the lists and comments that follow it.
MARKED_PUBLISHED = (
    "//*[@itemprop='datePublished']",
    "//time[@datetime][@pubdate or re:test(@class, '(?:^|[^a-z])(?:pub|published|posted)', 'i')]",
    "//time[@datetime]",
)
REGEX_NAMESPACE = {"re": "http://exslt.org/regular-expressions"}
# What a page names the parts around its article that hold other articles' or readers' times:
# comments, lists of related or most-read stories, side columns and their widgets; and what marks
# an update's time. The name is one of a class or id token's parts split at "-" and "_"
# ("post-comments", "jp-relatedposts", "left-sidebar", "widget_recent_entries"); a state a theme
# sets on a wrapper ("has-sidebar", "no-sidebar"), a post's category or tag as a class
# ("category-trending", "tag-comment") and a page builder's blocks ("elementor-widget-post-info",
# which holds the byline's time) name no part.
DATED_ELSEWHERE = re.compile(
    r"(?!(?:has|no|category|tag|elementor)[-_])(?:[\w-]*[-_])?"
    r"(?:comments?|commentlist|repl(?:y|ies)|related(?:posts)?|recommend\w*|trending|popular"
    r"|most[-_]?(?:read|viewed|shared)|more[-_]?stories|recirc|teasers?|side(?:bar)?s?"
    r"|widgets?)(?:[-_][\w-]*)?",
    re.IGNORECASE,
)
DATED_ELSEWHERE_TAGS = frozenset({"aside", "nav"})
# The page's own elements, around its article and whatever else it holds: never elsewhere.
PAGE_WIDE_TAGS = frozenset({"body", "html"})
UPDATE_MARK = re.compile(r"modif|updat|edited", re.IGNORECASE)
UPDATE_LABEL = re.compile(r"\b(?:updated|modified|edited)\W*\Z", re.IGNORECASE)
# Where a web page gives its address, in the order it is taken: Open Graph's, then the canonical.
PAGE_ADDRESS = "//head/meta[@property='og:url']/@content | //head/link[@rel='canonical']/@href"
# The links of a page of an article split over several to its next and previous pages (an
# <a rel="next"> under its text, a <link rel="prev"> in its head), which HTML names so.
PAGE_LINK = "//link[contains(concat(' ', normalize-space(@rel), ' '), ' {0} ')]/@href | //a[contains(concat(' ', normalize-space(@rel), ' '), ' {0} ')]/@href"
# What a pager's block says beside its links: the page's number at most ("Page 1 of 2").
PAGER_WORDS = re.compile(rf"\W*(?:{PAGE_NUMBER.pattern})?\W*", re.IGNORECASE)
# The page of an article split over several that its title numbers ("Budget passed (page 2)",
# "Budget passed - Page 2 of 3 | Valley Echo"): the article's headline is the same on each.
TITLE_PAGE_MARK = re.compile(
    r"\s*(?:\(\s*page\s+\d{1,3}(?:\s+of\s+\d{1,3})?\s*\)"
    r"|\s[-\u2013\u2014|:]\s+page\s+\d{1,3}(?:\s+of\s+\d{1,3})?)"
    r"(?=\s+[|\u00b7\u2022\u2013\u2014-]\s|\s*\Z)",
    re.IGNORECASE,
)
WHOLE_ADDRESS = re.compile(r"https?://\S+$", re.IGNORECASE)
# The page is already decoded (and re-encoded as UTF-8), so a declared charset must not count.
HTML_PARSER = HTMLParser(encoding="utf-8", huge_tree=True, remove_comments=True, remove_pis=True)
# A paragraph of a few words, all of them links, is a page's control ("Copy link Share" under
# each entry of a live blog), no text of the article.
MAX_LINK_LINE_WORDS = 6
# What a page's byline shows after its names, which trafilatura reads with them: a dot or bullet
# that parts them from a date, and a date's label ("By Ann Lee · Published 2025-09-16" is read
# "Ann Lee · Published").
AFTER_BYLINE_NAMES = re.compile(
    r"\s*(?:[\u00b7\u2022]|\b(?:published|updated|posted|modified)\b).*\Z",
    re.IGNORECASE | re.DOTALL,
)
# A wire's initials, as it signs its copy ("NNS", "MPA"), which a run's outlets may spell out.
AGENCY_INITIALS = re.compile(r"[A-Z]{2,6}")
# What parts the wires a byline's partner lists: "Reuters and AFP", "Reuters, AFP".
PARTNER_NAMES_SEPARATOR = re.compile(r"\s*[,&]\s*|\s+and\s+", re.IGNORECASE)
# trafilatura's longest byline: a longer element is some other text about the author.
MAX_BYLINE_CHARS = 120
# The ellipsis a teaser cut at a limit of characters ends in.
CUT_TEASER = re.compile(r"\s*(?:\.\.\.|\u2026)\Z")
# What a page names a list of other stories, and the column beside its article.
SIDE_WIDGET = re.compile(r"trending|most[-_]?(?:read|viewed|shared)|popular|related", re.IGNORECASE)
SIDE_COLUMN = re.compile(r"(?<![a-z])side(?:bar)?(?![a-z])", re.IGNORECASE)
# A box after the article that tells how to cite it or the paper it reports ("Cite This Page",
# "Journal Reference"), by its class or id: a reference list, no sentence of the article.
CITATION_BOX = re.compile(
    r"(?:cite(?:[-_]this(?:[-_]page)?)?|citation|journal[-_]?ref(?:erence)?|references?)",
    re.IGNORECASE,
)
BOXES = ("div", "section", "aside", "footer")
# A citation box holds a reference or two: an element of more paragraphs holds the article.
MAX_CITATION_PARAGRAPHS = 3
# An advertisement's box under its mark holds its offer in a paragraph or two; an element of more
# paragraphs under the mark holds the article.
MAX_AD_PARAGRAPHS = 2
# A folder holding this file is a report folder of compare's: the files it lists are never read
# as input.
REPORT_MARKER = ".compare-files"
# compare's Markdown reports: the mark, or, in a report written before it, the first lines of the
# index or of a story's page.
OWN_REPORT_PAGE = re.compile(
    rf"\A(?:{re.escape(REPORT_PAGE_MARK)}\n|# compare report\n"
    r"|# story-\d+: .*\n\nSentences are numbered from 1, in article order\.\n)"
)
# compare's CSV reports (edges.csv, framing.csv) are of a kind never read as an article.
EDGES_SUFFIX = ".csv"
# The columns of the first edges.csv compare wrote, through "undisclosed".
FIRST_EDGE_COLUMNS = 12
# The keys no feed's JSON has all of, and every report.json has; and those of the list
# `compare dedup --format json` prints, which a pipeline may save beside the articles.
OWN_REPORT_KEYS = frozenset({"documents", "pairs", "settings", "stories"})
OWN_LIST_KEYS = frozenset({"rows", "settings", "software", "version"})
# The keys of a row `compare dedup --format jsonl` prints a line, which no article record has all of.
OWN_ROW_KEYS = frozenset({"cluster", "canonical", "current", "relation", "containment"})
FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.DOTALL)
# Hugo's front matter in TOML, between "+++" lines.
TOML_FRONT_MATTER = re.compile(r"\A\+\+\+[ \t]*\n(.*?)\n\+\+\+[ \t]*(?:\n|\Z)", re.DOTALL)
# Markdown front matter whose closing line was forgotten: its "key: value" and "- item" lines up
# to the first blank line, when every key is one front matter uses ("Update: Police named the
# victim" after a rule is news).
UNCLOSED_FRONT_MATTER = re.compile(
    r"\A---[ \t]*\n((?:[\w-]+:[^\n]*\n|[ \t]*-[ \t]+[^\n]*\n)+)(?=[ \t]*\n)"
)
FRONT_MATTER_KEYS = frozenset(
    {"title", "headline", "source", "outlet", "publisher", "date", "published", "author",
     "authors", "byline", "url", "link", "id", "tags", "categories", "category", "description",
     "summary", "slug", "layout", "draft", "lang", "language", "image", "updated", "lastmod",
     "type", "kind", "genre"}
)  # fmt: skip
YAML_COMMENT = re.compile(r"\s+#.*\Z")
# A block scalar's indicator, its value the indented lines under its key: folded (">", ">-"),
# as long titles are written, or literal ("|").
YAML_BLOCK_SCALAR = re.compile(r"[|>][+-]?")
YAML_ITEM = re.compile(r"\s*-\s+(?P<value>.+)")
# A mapping's "key: value" (a URL's "https://" is none).
YAML_PAIR = re.compile(r"\s*(?P<key>[\w-]+):(?:\s+(?P<value>.*))?")
YAML_INLINE_LIST = re.compile(r"\[(?P<items>.*)\]")
# A value in double quotes, up to the quote that closes it (a backslash escapes one).
YAML_DOUBLE_QUOTED = re.compile(r'"(?:[^"\\]|\\.)*"')
# A mapping on one line: "source: {name: Bay Post, url: 'https://baypost.example'}", and a pair
# of it, its key and value perhaps in quotes (a comma inside them is no pair's end).
YAML_INLINE_MAPPING = re.compile(r"\{(?P<pairs>[^{}]*)\}")
YAML_INLINE_PAIR = re.compile(
    r"""(?P<key>"[^"]*"|'[^']*'|[\w-]+)\s*:\s+(?P<value>"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^,]*)"""
)
# Joins a shared id to the place a document was read from (wire@b/wire.md). No id made by
# _slug holds it; a feed's own id may, and is then told apart by its place too.
PLACE_SEPARATOR = "@"
# The hex digits of a record's text key in its id: two of an article's versions, or two id-less
# records of one feed, share one by chance once in 4 billion.
TEXT_KEY_DIGITS = 8


class InputError(Exception):
    """The input cannot be used at all (a missing path); the message is one line for the user."""


@dataclass(frozen=True, slots=True)
class ReadResult:
    """Documents in input order, the inputs skipped with their reasons (the hidden files a walk
    left out among them, as ``HIDDEN``), the dates given but not understood (those documents
    are undated), the reports of compare's own found among the inputs (not read: a report's
    text is no article's), the lines of files otherwise in UTF-8 that were read in a code page,
    the hidden files of a kind read and hidden folders left out of the folders given (see
    :func:`_walk`), as shown, and the versions of an article whose order no time tells
    (``records.unordered_versions``)."""

    documents: tuple[Document, ...]
    skipped: tuple[Skipped, ...]
    unread_dates: tuple[UnreadDate, ...] = ()
    reports: tuple[str, ...] = ()
    broken_front_matter: tuple[BrokenFrontMatter, ...] = ()
    unsourced: tuple[Unsourced, ...] = ()
    not_utf8: tuple[NotUtf8Lines, ...] = ()
    renamed: tuple[Renamed, ...] = ()
    notes: tuple[ReadNote, ...] = ()
    hidden_files: tuple[str, ...] = ()
    hidden_folders: tuple[str, ...] = ()
    unordered_versions: tuple[UnorderedVersions, ...] = ()
    # The files (as shown) of the documents that name no source and are labelled by their
    # file's name alone, no folder's.
    named_by_file: tuple[str, ...] = ()
    # The text files (as shown) holding several articles, each read apart (``page.txt#2``).
    pages_of_articles: tuple[str, ...] = ()
    # The publication times given without a time zone, which only their days date.
    unzoned_times: tuple[UnzonedTime, ...] = ()
    undated: tuple[Undated, ...] = ()
    # The web pages (as shown) read as live pages, each entry apart (``live.html#post-0947``).
    live_pages: tuple[str, ...] = ()
    # The entries of a live page that a later save of it no longer holds.
    removed_entries: tuple[RemovedEntry, ...] = ()
    # Each later page of an article split over web pages and the first page it is read with
    # (as shown), by their rel="next" and rel="prev" links: one article, not two.
    joined_pages: tuple[tuple[str, str], ...] = ()


def in_time_zone(read: ReadResult, zone: tzinfo) -> ReadResult:
    """``read`` with the publication times its inputs give without a zone (a crawler's local
    "2026/03/14 12:00") read in ``zone``, as ``compare run --timezone`` names it: each such
    document then has its moment in UTC and its offset, as a time given with its zone has, and
    no warning counts them; a time given with its zone, and a day alone, stay as given.

    >>> from zoneinfo import ZoneInfo
    >>> crawled = Document("c", "Beidao News", "...", published="2026-03-14", published_unzoned_time="12:00")
    >>> (zoned,) = in_time_zone(ReadResult((crawled,), ()), ZoneInfo("Asia/Taipei")).documents
    >>> zoned.published_time, zoned.published_offset, zoned.published_unzoned_time
    ('2026-03-14T04:00:00Z', '+08:00', None)
    """
    return replace(
        read, documents=tuple(_in_zone(d, zone) for d in read.documents), unzoned_times=()
    )


def _in_zone(document: Document, zone: tzinfo) -> Document:
    """``document`` with its publication time given without a zone read in ``zone``."""
    clock = document.published_unzoned_time
    local = document.published_local_time or (
        f"{document.published}T{clock}:00" if document.published and clock else None
    )
    if document.published_time is not None or local is None:
        return document
    published_time, published_offset = in_zone(local, zone)
    return replace(
        document,
        published_time=published_time,
        published_offset=published_offset,
        published_local_time=None,
        published_unzoned_time=None,
    )


@dataclass(frozen=True, slots=True)
class UnzonedTime:
    """A publication time an input gives without its time zone, as written ("14:30, 12 March
    2026"), and where it was read (a file, or a record of one: ``feed.jsonl:3``): no other
    outlet's time compares with it, so only its day dates its document."""

    path: str
    value: str


@dataclass(frozen=True, slots=True)
class ReadNote:
    """A file or record read otherwise than its name or its bytes say, where, and how, for a
    warning: "holds HTML: read as a web page" (a web page saved as ``.txt``)."""

    path: str
    note: str


@dataclass(frozen=True, slots=True)
class NotUtf8Lines:
    """The lines of a file read as UTF-8 with a passage pasted in from a code page that are not
    UTF-8, by number, and that code page (Python's name, "cp1251"): each was read in it, the
    rest of the file as UTF-8."""

    path: str
    numbers: tuple[int, ...]
    code_page: str


@dataclass(frozen=True, slots=True)
class Renamed:
    """A record's own ``id``, given by another record too (``shared``) or given once but taken
    by another record's id with a key or place added, and the id its document has instead: a
    pipeline joining the output back to its feed by id will not find it. ``versions`` when
    every record that gives the id is a version of one article (``records.same_article``): a
    content system's export of an article's versions, which keep its id as ``article_id``."""

    given: str
    id: str
    shared: bool
    versions: bool = False


@dataclass(frozen=True, slots=True)
class Unsourced:
    """The records of a JSON or JSON Lines file of several that name no source, by the outlet
    each was labelled with instead: its id, or ``by_site``, its web address's site, or, also
    ``by_site_name``, the outlet the file's other records at that site name."""

    path: str
    labels: tuple[str, ...]
    by_site: bool = False
    by_site_name: bool = False


@dataclass(frozen=True, slots=True)
class Undated:
    """The records of a JSON or JSON Lines file of several, every one it gives, that give no
    date in any field a date is read from (``DATE_FIELDS``) nor anywhere else, by their places,
    and the ``fields`` no part of an article is read from that hold a day instead, in the order
    first given: a feed whose date field was renamed ("pubDate" to "pub_ts") dates none of its
    articles, and nothing else would say so. A feed that gives no date at all is not one."""

    path: str
    places: tuple[str, ...]
    fields: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class BrokenFrontMatter:
    """Front matter that is not valid TOML or YAML (``language``), where, and why: its document
    has the fields of the lines that are valid alone."""

    path: str
    error: str
    language: str = "TOML"


@dataclass(frozen=True, slots=True)
class _OwnReport:
    """A report compare wrote, as shown: found among the inputs without its folder's list."""

    path: str


def read_paths(
    paths: Sequence[str],
    exclude: Sequence[Path] = (),
    progress: Progress | None = None,
    *,
    read_once: bool = True,
    cache: DiskCache | None = None,
) -> ReadResult:
    """Read every supported file under ``paths`` (folders recursively, sorted; the records of a
    file named by their addresses, ``feed.jsonl:3``, in the order named).

    Args:
        paths: files and folders as the user named them; relative paths stay relative in
            ``Document.path`` so that a committed report is reproducible.
        exclude: folders never read, such as the report folder when it sits inside an input.
        progress: called as ``progress("read", records done, records)`` before the first
            file, after each record of a JSON Lines file and after each file: each line of a
            JSON Lines file that holds anything is a record, and so is each other file, however
            many articles it holds (see :func:`records_in`), or each record named by its address.
        read_once: read a file found in a folder that is byte for byte another's of the same
            outlets once, and skip it with the file it is identical to (see
            :func:`_identical_files`); without, every file is a document (``compare check``
            looks for a new article's copies in its archive).
        cache: where what each file gives is kept, by its bytes (see :mod:`compare.cache`):
            a file read before is not parsed again.

    Raises:
        InputError: a path does not exist.
    """
    claims: list[_Claim] = []
    reports: list[str] = []
    unsourced: list[Unsourced] = []
    undated: list[Undated] = []
    not_utf8: list[NotUtf8Lines] = []
    notes: list[ReadNote] = []
    to_read, wanted = _records_wanted(paths)
    # Each record's place as reports name it, by the file as first reached, and its address
    # as given.
    asked: dict[str, str] = {}
    hidden: list[Path] = []
    # A cache kept inside an input folder holds no article: its entries are not read as files.
    found = list(_files(to_read, [*exclude, *([cache.folder] if cache else [])], hidden))
    skipped = [item for item in found if isinstance(item, Skipped)]
    files = [item for item in found if not isinstance(item, Skipped)]
    # Each file read as shown, with the documents it gave.
    read: list[tuple[str, Path, list[_Claim]]] = []
    advance = partial(progress, "read") if progress else unwatched
    # Progress counts records: a feed of 10,000 lines in 5 files said "0 of 5 files" for a minute.
    weights = [
        len(places) if (places := wanted.get(_real(file))) else records_in(file)
        for _, file, _, _ in files
    ]
    total = sum(weights)
    done = 0
    advance(done, total)
    for (shown, file, label, place), weight in zip(files, weights, strict=True):
        unusable = []
        read.append((shown, file, []))
        items: Iterable[_Read] = (
            _read_file_kept(cache, shown, file, label, place)
            if cache
            else _read_file(shown, file, label, place)
        )
        if places := wanted.get(_real(file)):
            asked |= {shown + place: given for place, given in places.items()}
            addresses = [shown + place for place in places]
            items = _as_asked(_of_records(items, frozenset(addresses)), addresses)
        # A file's last record is told with the file, once all it gives is known.
        records = 0
        for item in items:
            if isinstance(item, _Claim | Skipped) and records < weight - 1:
                records += 1
                advance(done + records, total)
            if isinstance(item, Skipped):
                unusable.append(item)
            elif isinstance(item, _OwnReport):
                reports.append(item.path)
            elif isinstance(item, Unsourced):
                unsourced.append(item)
            elif isinstance(item, Undated):
                undated.append(item)
            elif isinstance(item, NotUtf8Lines):
                not_utf8.append(item)
            elif isinstance(item, ReadNote):
                notes.append(item)
            elif reason := too_long(item.document.text):
                unusable.append(Skipped(item.where, reason, SkipReason.TOO_LONG))
            else:
                claims.append(item)
                read[-1][2].append(item)
                if unpunctuated(item.document.text):
                    notes.append(ReadNote(item.where, UNPUNCTUATED))
                if notice := paywall_notice(item.document.text):
                    notes.append(ReadNote(item.where, _cut_by_paywall(notice)))
                if garbled := _replacement_characters(item.document):
                    notes.append(ReadNote(item.where, garbled))
        # A JSON Lines file's broken lines are found before its records are judged: the warnings
        # follow the lines.
        skipped += sorted(unusable, key=_place_in_file)
        done += weight
        advance(done, total)
    _check_records_found(asked, claims, skipped)
    if identical := _identical_files(read, _files_named(to_read)) if read_once else {}:
        left_out = {
            claim.where for shown, _, of_file in read if shown in identical for claim in of_file
        }
        claims = [claim for claim in claims if claim.where not in left_out]
        notes = [note for note in notes if note.path not in left_out]
        skipped += [
            Skipped(copy, _read_once(first), SkipReason.IDENTICAL_FILE)
            for copy, first in identical.items()
        ]
    hidden_files = tuple(_shown(path.as_posix()) for path in hidden if not path.is_dir())
    skipped += [Skipped(path, HIDDEN, SkipReason.HIDDEN) for path in hidden_files]
    live_pages = tuple(dict.fromkeys(claim.document.path for claim in claims if claim.live_entry))
    removed = removed_entries([claim.document for claim in claims if claim.live_entry])
    claims = _entries_once(claims)
    claims, joined_pages = _pages_joined(claims)
    if read_once:
        claims, twice = _captures_once(claims)
        skipped += twice
        read_already = {s.path for s in twice}
        notes = [note for note in notes if note.path not in read_already]
    broken_front_matter = tuple(
        claim.broken_front_matter for claim in claims if claim.broken_front_matter
    )
    documents = _distinct_ids(_outlets_as_spelled(claims))
    unread_dates = tuple(
        UnreadDate(claim.where, claim.unread_date, document.id)
        for claim, document in zip(claims, documents, strict=True)
        if claim.unread_date
    )
    given = Counter(claim.document.id for claim in claims if claim.id_given)
    versions = _ids_of_one_article(documents)
    renamed = tuple(
        Renamed(
            claim.document.id,
            document.id,
            shared=given[claim.document.id] > 1,
            versions=claim.document.id in versions,
        )
        for claim, document in zip(claims, documents, strict=True)
        if claim.id_given and document.id != claim.document.id
    )
    documents, teasers_skipped = _without_teasers(documents)
    if teasers_skipped:
        skipped += teasers_skipped
        kept = {document.id for document in documents}
        unread_dates = tuple(date for date in unread_dates if date.id in kept)
        renamed = tuple(rename for rename in renamed if rename.id in kept)
    # One outlet's articles alone have no other outlet's time to be compared with.
    several_outlets = len({document.source for document in documents}) > 1
    return ReadResult(
        documents,
        tuple(skipped),
        unread_dates,
        tuple(reports),
        broken_front_matter,
        tuple(unsourced),
        tuple(not_utf8),
        renamed,
        tuple(notes),
        hidden_files,
        tuple(_shown(path.as_posix()) for path in hidden if path.is_dir()),
        unordered_versions(documents),
        tuple(claim.where for claim in claims if claim.named_by_file),
        tuple(dict.fromkeys(claim.document.path for claim in claims if claim.piece_of_page)),
        tuple(
            UnzonedTime(claim.where, claim.unzoned_time)
            for claim in claims
            if claim.unzoned_time and several_outlets
        ),
        tuple(undated),
        live_pages,
        tuple(removed),
        joined_pages,
    )


def _captures_once(claims: Sequence[_Claim]) -> tuple[list[_Claim], list[Skipped]]:
    """``claims`` with each article read once that two files give alike: one outlet's, at one
    address or under one headline, of one publication and modification time, with one text,
    whitespace aside (:func:`~compare.records.text_as_compared`), as a saved page and a
    social-listening export's record of it are, or a page saved twice; the first kept, each other skipped as read already, as a file
    byte for byte another's is. Versions differ in time or text, and stay; so does a feed's
    line repeated in its own file, which the warning on versions names as the same text (the
    feed's fault to fix, not a second capture).

    >>> from compare.records import Document
    >>> page, record = (Document(d, "Heraldo", text, url="https://heraldo.example/a",
    ...     published_time="2026-03-03T15:40:00Z", path=path) for d, text, path in
    ...     [("page", "Uno.\\nDos.", "a.html"), ("record", "Uno.\\n\\nDos.", "feed.jsonl")])
    >>> kept, twice = _captures_once([_Claim(page, "a.html", "a", "a"),
    ...     _Claim(record, "feed.jsonl:3", "feed", "feed")])
    >>> [c.where for c in kept], [(s.path, s.reason) for s in twice]
    (['a.html'], [('feed.jsonl:3', 'the same article and text as a.html: read once')])
    """
    first: dict[tuple[str, ...], _Claim] = {}
    kept: list[int] = []
    twice: list[tuple[int, Skipped]] = []

    def copy_marked(number: int) -> bool:
        return COPY_MARK.search(Path(claims[number].document.path or "").stem) is not None

    # The plainest file's claim is read first, as of identical files: "port-strike.html", not
    # its "port-strike (1).html".
    for number in sorted(range(len(claims)), key=copy_marked):
        document = claims[number].document
        times = (document.published_time or "", document.modified_time or "")
        # A page saved twice may give two addresses ("port-strike (1)" in its canonical link,
        # as a browser names the second save): its headline tells the article as well.
        named = [("url", name) for name in (document.url,) if name]
        named += [("title", name) for name in (document.title,) if name]
        if named and any(times):
            compared = text_as_compared(document.text)
            found = [
                first.setdefault((outlet(document), *name, *times, compared), claims[number])
                for name in named
            ]
            read = next((claim for claim in found if claim.document.path != document.path), None)
            if read is not None:
                reason = f"the same article and text as {read.where}: read once"
                skip = Skipped(claims[number].where, reason, SkipReason.SAME_ARTICLE_TEXT)
                twice.append((number, skip))
                continue
        kept.append(number)
    return [claims[n] for n in sorted(kept)], [skip for _, skip in sorted(twice, key=itemgetter(0))]


def _pages_joined(
    claims: Sequence[_Claim],
) -> tuple[list[_Claim], tuple[tuple[str, str], ...]]:
    r"""``claims`` with the pages of an article split over several read as one article, the
    first page's, its text followed by each later page's, as their ``rel="next"`` and
    ``rel="prev"`` links chain them (one outlet's pages alone); and each later page with the
    first one it is read with. Read apart, each page was a copy leaving out the other's half.

    >>> from compare.records import Document
    >>> one, two = (Document(f"echo-p{n}", "Echo", text, path=f"p{n}.html") for n, text in
    ...     [(1, "Council passed the budget.\n"), (2, "The vote was 8 to 3.\n")])
    >>> kept, joined = _pages_joined([_Claim(one, "p1.html", "e", "e", next_pages=("p2.html",)),
    ...     _Claim(two, "p2.html", "e", "e", previous_pages=("p1.html",))])
    >>> [claim.document.text for claim in kept], joined
    (['Council passed the budget.\nThe vote was 8 to 3.\n'], (('p2.html', 'p1.html'),))
    """
    at: dict[str, int] = {}
    for number, claim in enumerate(claims):
        for address in (os.path.normpath(claim.where), claim.document.url):
            if address:
                at.setdefault(address, number)

    def page(address: str, of: int) -> int | None:
        found = at.get(address)
        same_outlet = (
            found is not None and claims[found].document.source == claims[of].document.source
        )
        return found if same_outlet and found != of else None

    following: dict[int, int] = {}
    for number, claim in enumerate(claims):
        links: list[tuple[int | None, int | None]] = [
            (number, page(address, number)) for address in claim.next_pages
        ]
        links += [(page(address, number), number) for address in claim.previous_pages]
        for earlier, later in links:
            if earlier is not None and later is not None and later not in following.values():
                following.setdefault(earlier, later)
    firsts = [number for number in following if number not in following.values()]
    joined: dict[int, _Claim] = {}
    gone: list[tuple[str, str]] = []
    for first in firsts:
        pages = [first]
        while (later := following.get(pages[-1])) is not None and later not in pages:
            pages.append(later)
        documents = [claims[number].document for number in pages]
        joined[first] = replace(
            claims[first],
            document=replace(
                documents[0],
                text="".join(d.text if d.text.endswith("\n") else d.text + "\n" for d in documents),
                credits=tuple(dict.fromkeys(c for d in documents for c in d.credits)),
                links=tuple(dict.fromkeys(link for d in documents for link in d.links)),
            ),
        )
        gone += [(claims[number].where, claims[first].where) for number in pages[1:]]
    left = {where for where, _ in gone}
    kept = [joined.get(n, claim) for n, claim in enumerate(claims) if claim.where not in left]
    return kept, tuple(gone)


def _entries_once(claims: Sequence[_Claim]) -> list[_Claim]:
    """``claims`` with each live page's entry kept once where saves of the page repeat it, as
    posted, and again where a later save changed it (:func:`~compare.live_pages.as_first_saved`)."""
    places = [number for number, claim in enumerate(claims) if claim.live_entry]
    kept = dict(zip(places, as_first_saved([claims[n].document for n in places]), strict=True))
    return [
        replace(claim, document=document) if number in kept else claim
        for number, claim in enumerate(claims)
        if (document := kept.get(number, claim.document)) is not None
    ]


def _replacement_characters(document: Document) -> str | None:
    """What a warning says of a document whose text holds replacement characters (U+FFFD), which
    stand where a program before compare could not decode a character: "£85,000" read as
    "\ufffd\ufffd85,000" matches no other outlet's figure, and a quotation's changed words look
    like a paraphrase; ``None`` when it holds none."""
    count = sum(part.count(REPLACEMENT_CHARACTER) for part in (document.title or "", document.text))
    if not count:
        return None
    return (
        f"holds {count:,} replacement character{'s' if count > 1 else ''} "
        f"({REPLACEMENT_CHARACTER}): its text was garbled before compare read it (decoded in the "
        "wrong encoding), and its words there match no other text's: take it again from the "
        "original"
    )


def _without_teasers(
    documents: tuple[Document, ...],
) -> tuple[tuple[Document, ...], list[Skipped]]:
    """``documents`` without the teasers of articles read whole (:func:`records.teasers`), and
    those skipped: a feed's item that gives the opening of the page saved from its address is
    that article, not a version of it, whose order a warning would call unknown, nor a second
    of its outlet's headlines when a story is titled."""
    teased = teasers(documents)
    if not teased:
        return documents, []
    place = {document.id: document.record or document.path for document in documents}
    return tuple(d for d in documents if d.id not in teased), [
        Skipped(
            place[teaser],
            f"a teaser of the article read whole from {place[page]}: its text opens it, at "
            "one address and time",
            SkipReason.TEASER,
        )
        for teaser, page in teased.items()
    ]


def check_usable(read: ReadResult, paths: Sequence[str]) -> None:
    """Raise :class:`InputError` when ``read``, of ``paths`` as given, holds no document: a
    truncated export or an empty folder is a mistake to stop at, not a run of nothing (whose
    empty result a notebook would take for a finding). The error names the first input skipped
    and why, and how many were: the command's warnings list them all.

    >>> broken = Skipped("feed.json", "broken JSON: Expecting value", SkipReason.BROKEN_JSON)
    >>> check_usable(ReadResult((), (broken,)), ["feed.json"])
    Traceback (most recent call last):
    compare.read.InputError: no usable document in feed.json: broken JSON: Expecting value
    >>> pdf = Skipped("in/a.pdf", "unsupported file type .pdf", SkipReason.UNSUPPORTED_TYPE)
    >>> check_usable(ReadResult((), (pdf,)), ["in"])
    Traceback (most recent call last):
    compare.read.InputError: no usable document in in: skipped in/a.pdf: unsupported file type .pdf
    """
    if read.documents:
        return
    given = " ".join(paths)
    skipped = [s for s in read.skipped if s.code is not SkipReason.HIDDEN]
    if not skipped:
        raise InputError(f"no usable document in {given}")
    first = skipped[0]
    if len(skipped) > 1:
        which = f"skipped {len(skipped):,} inputs, such as {first.path}: "
    else:
        which = "" if [first.path] == list(paths) else f"skipped {first.path}: "
    raise InputError(f"no usable document in {given}: {which}{first.reason}")


def _files_named(paths: Sequence[str]) -> frozenset[Path]:
    """The files among ``paths`` named one by one, not found in a folder, by their real paths."""
    return frozenset(_real(Path(path)) for path in paths if Path(path).is_file())


def _identical_files(
    read: Sequence[tuple[str, Path, Sequence[_Claim]]], named: AbstractSet[Path]
) -> dict[str, str]:
    """The files ``read`` (as shown, the file, the documents it gave) that are byte for byte
    another's and give documents of the same outlets (a browser's "fire (1).html" beside its
    "fire.html", a download kept in two folders), each with the file kept: the first that the
    user named, else the first without a copy mark in its name, else the one of the shortest
    name, the plainest ("bb-00014.html", not "bb-00014-dup.html"), else the first read. Two
    outlets' identical texts are two documents, and a file named one by one is read always:
    ``compare pair a.txt copy.txt`` compares the two."""
    kept: dict[tuple[bytes, tuple[str, ...]], str] = {}
    identical: dict[str, str] = {}

    def first_kept(item: tuple[str, Path, Sequence[_Claim]]) -> tuple[bool, bool, int]:
        shown, file, _ = item
        stem = Path(shown).stem
        return _real(file) not in named, COPY_MARK.search(stem) is not None, len(stem)

    # Only a file whose size another file shares is read again and hashed: few of a folder's do.
    sizes = Counter(_size(file) for _, file, claims in read if claims)
    for shown, file, claims in sorted(read, key=first_kept):
        if not claims or sizes[_size(file)] < 2:
            continue
        try:
            content = hashlib.sha256(file.read_bytes()).digest()
        except OSError:  # moved or changed since it was read: it is its own
            continue
        key = (content, tuple(outlet(claim.document) for claim in claims))
        if key in kept and _real(file) not in named:
            identical[shown] = kept[key]
        else:
            kept.setdefault(key, shown)
    return {shown: identical[shown] for shown, _, _ in read if shown in identical}


def _size(file: Path) -> int | None:
    """A file's size in bytes; None when it cannot be looked at any more."""
    try:
        return file.stat().st_size
    except OSError:
        return None


def _read_once(first: str) -> str:
    """Why a file, or a feed's record, identical to ``first`` is skipped.

    >>> _read_once("fire/gazette.html")
    'identical to fire/gazette.html: read once'
    """
    return f"identical to {first}{READ_ONCE_REASON}"


def _outlets_as_spelled(claims: Sequence[_Claim]) -> list[_Claim]:
    """``claims``, of which those whose source a running head wrote in capitals name their
    outlet as another of the run spells it (``same_source`` folds case, a report's names do not:
    "THE METROPOLITAN HERALD" beside "The Metropolitan Herald" read as two outlets): the first
    spelling, in the run's order, in letters of both cases."""
    spelled: dict[str, str] = {}
    for claim in claims:
        source = claim.document.source
        if not (claim.source_in_capitals or source.isupper() or source.islower()):
            spelled.setdefault(source.casefold(), source)
    found = []
    for claim in claims:
        spelling = spelled.get(claim.document.source.casefold())
        if claim.source_in_capitals and spelling:
            claim = replace(claim, document=replace(claim.document, source=spelling))
        found.append(claim)
    return found


def _ids_of_one_article(documents: Sequence[Document]) -> set[str]:
    """The ids records give (``Document.article_id``) that only versions of one article give
    (``records.articles``)."""
    of_id: defaultdict[str, list[Document]] = defaultdict(list)
    for document in documents:
        if document.article_id is not None:
            of_id[document.article_id].append(document)
    return {
        given
        for given, records in of_id.items()
        if [len(found) for found in articles(records)] == [len(records)]
    }


def too_long(text: str) -> str | None:
    """Why ``text`` is no article when it holds more than ``MAX_ARTICLE_CHARS`` characters: its
    length and the limit; ``None`` otherwise.

    >>> too_long("Talks in Geneva ended on Monday.") is None
    True
    """
    if len(text) <= MAX_ARTICLE_CHARS:
        return None
    return (
        f"{len(text):,} characters, over the limit of {MAX_ARTICLE_CHARS:,} for one article "
        "(news articles run to tens of thousands)"
    )


def records_in(file: Path) -> int:
    """How many records reading ``file`` counts toward the stage's progress: the lines of a JSON
    Lines file that hold anything, one for any other file (a JSON file's records are known
    only once it is parsed, and its parsing is the most of its reading), and one at least.

    >>> import tempfile
    >>> feed = Path(tempfile.mkdtemp()) / "feed.jsonl"
    >>> _ = feed.write_bytes(b'{"id": 1}\\n\\n{"id": 2}\\n{"id": 3}')
    >>> records_in(feed), records_in(feed.with_suffix(".txt"))
    (3, 1)
    """
    # A named pipe would wait for a writer: reading says what it is.
    if file.suffix.lower() != ".jsonl" or not file.is_file():
        return 1
    try:
        with file.open("rb") as lines:
            return max(1, sum(1 for line in lines if line.strip()))
    except OSError:
        return 1


def _records_wanted(paths: Sequence[str]) -> tuple[list[str], dict[Path, dict[str, str]]]:
    """The paths to read, each record's address (``feed.jsonl:3``, ``feed.json#2``, as reports
    name records) given as its file, and, of each file named only by addresses (by its real
    path: ``./feed.jsonl:1`` and ``../in/feed.jsonl:2`` may name one), each place wanted
    (``:3``) with its address as given. A file read whole as well, or inside a folder given, is
    read whole. An address is a path that names no file itself: a file may be called
    ``notes:2``."""
    read: list[str] = []
    wanted: dict[Path, dict[str, str]] = {}
    whole: list[Path] = []
    for given in paths:
        file = record_address(given)
        if file is None:
            read.append(given)
            whole.append(_real(Path(given)))
            continue
        real = _real(Path(file))
        if real not in wanted:
            read.append(file)
        wanted.setdefault(real, {})[given[len(file) :]] = given
    return read, {
        file: places
        for file, places in wanted.items()
        if not any(file == folder or file.is_relative_to(folder) for folder in whole)
    }


def record_address(path: str) -> str | None:
    """The file of a record's address (``feed.jsonl:3``, ``feed.txt:3`` for a feed saved as
    text), when ``path`` is one: it names no file itself, and its file is one."""
    file = records_file(path)
    return file if file and not Path(path).exists() and Path(file).is_file() else None


def _of_records(items: Iterable[_Read], places: frozenset[str]) -> Iterator[_Read]:
    """What reading a file gives of the records at ``places`` and of the file as a whole (a JSON
    file's only record is at the file's own place, and at its first: "feed.json#1"): of its
    lines that are not UTF-8, those of the records read."""
    kept: set[str] = set()
    lines_read: set[int] = set()
    every_line = False
    not_utf8: list[NotUtf8Lines] = []
    for item in items:
        if isinstance(item, NotUtf8Lines):
            # Said once the records read, which come after it, are known.
            not_utf8.append(item)
            continue
        if isinstance(item, _Claim | Skipped | ReadNote):
            place = item.where if isinstance(item, _Claim) else item.path
            if RECORD_PLACE.search(place) and place not in places:
                continue
            if isinstance(item, _Claim):
                kept.add(item.document.source)
                lines_read.update(item.lines or ())
                every_line = every_line or item.lines is None
        elif isinstance(item, Unsourced):
            item = replace(item, labels=tuple(label for label in item.labels if label in kept))
            if not item.labels:
                continue
        elif isinstance(item, Undated):
            item = replace(item, places=tuple(place for place in item.places if place in places))
            if not item.places:
                continue
        yield item
    for lines in not_utf8:
        if numbers := tuple(n for n in lines.numbers if every_line or n in lines_read):
            yield replace(lines, numbers=numbers)


def _as_asked(items: Iterable[_Read], addresses: Sequence[str]) -> list[_Read]:
    """What reading a file gives, its records in the order of their ``addresses`` as given, not
    in the file's: ``compare pair feed.jsonl:5 feed.jsonl:3`` compares line 5 as A, as it would
    two files. What is no record comes after them, in the file's order."""
    order = {address: n for n, address in enumerate(addresses)}
    return sorted(
        items,
        key=lambda item: (
            order.get(item.where, len(order)) if isinstance(item, _Claim) else len(order)
        ),
    )


def _check_records_found(
    asked: Mapping[str, str], claims: Sequence[_Claim], skipped: Sequence[Skipped]
) -> None:
    """Check that each record's address given (``asked``: by its place as reports name it)
    names a record of its file, read or skipped.

    Raises:
        InputError: an address names no record.
    """
    found = {claim.where for claim in claims} | {item.path for item in skipped}
    found |= {f"{place}#1" for place in found if not RECORD_PLACE.search(place)}
    if missing := sorted(given for place, given in asked.items() if place not in found):
        raise InputError(
            f"no record at {missing[0]}: give a line of a JSON Lines file, or a place in a "
            "JSON list, that holds a record, as reports name them (feed.jsonl:3, feed.json#2)"
        )


def _place_in_file(item: Skipped) -> int:
    """The line of a JSON Lines file or the number of a JSON list's record an item was read
    from ("feed.jsonl:7", "feed.json#2"); 0 for a whole file."""
    found = RECORD_PLACE.search(item.path)
    return int(found.group(1)) if found else 0


def reason_kind(reason: str) -> str:
    """The kind of ``reason`` an input was skipped for, without what it says of that input alone
    (an error's details, advice, an article's length), so that inputs skipped alike are counted
    together.

    >>> reason_kind("binary file, not text (a PDF document): copy its text into a .txt file")
    'binary file, not text'
    >>> reason_kind("broken JSON line: Expecting value (column 23)")
    'broken JSON line'
    >>> reason_kind(too_long("x" * (MAX_ARTICLE_CHARS + 1)) or "")
    'over the limit of 5,000,000 characters for one article'
    >>> reason_kind(_read_once("feed.jsonl:31"))
    'identical to an input read already'
    """
    if reason.startswith("identical to ") and reason.endswith(READ_ONCE_REASON):
        return "identical to an input read already"
    kind = re.split(r": | \(", reason, maxsplit=1)[0]
    return re.sub(
        r"^[\d,]+ characters, over the limit of ([\d,]+)", r"over the limit of \1 characters", kind
    )


def records_file(path: str) -> str | None:
    """The file of a record at ``path``, of a kind that may hold records (JSON, JSON Lines, or
    either saved as text); ``None`` for a whole file.

    >>> records_file("feed.jsonl:7"), records_file("export/result.json#12"), records_file("a.txt")
    ('feed.jsonl', 'export/result.json', None)
    >>> records_file("feed.txt:7"), records_file("page.html:7")
    ('feed.txt', None)
    """
    found = RECORD_PLACE.search(path)
    file = path[: found.start()] if found else ""
    return file if file.lower().endswith(MAY_HOLD_RECORDS) else None


def in_path_order(paths: Iterable[str]) -> list[str]:
    """``paths`` in the order a walk of their folder reads them: by their names' code points,
    folder by folder (``north_star/`` before ``northern_post/``, as ``_`` comes before ``e``), a
    record's address by its file and then its number (``feed.jsonl:9`` before
    ``feed.jsonl:10``). No locale decides it, as one decides the order a shell's glob lists
    (``northern_post/`` first under de_DE.UTF-8, last under C), nor does the order paths were
    given in.

    >>> in_path_order(["northern_post", "north_star/b.txt", "feed.jsonl:10", "./feed.jsonl:9"])
    ['./feed.jsonl:9', 'feed.jsonl:10', 'north_star/b.txt', 'northern_post']
    """
    return sorted(paths, key=_path_order)


def _path_order(path: str) -> tuple[tuple[str, ...], int, str]:
    """What :func:`in_path_order` sorts ``path`` by: its file's names, its record's number (0
    for a whole file), and the path as written, for two ways to write one (``./a``, ``a``)."""
    file = records_file(path)
    place = RECORD_PLACE.search(path) if file else None
    return Path(file or path).parts, int(place.group(1)) if place else 0, path


def find_credits(text: str, *bylines: str | None, outlet: str | None = None) -> tuple[str, ...]:
    """Wire services the text credits: ``(AP) —`` and ``/TASS/`` datelines and lines like "Reuters
    contributed"; and those its ``bylines`` name (its author, and the byline a page shows where
    its metadata names the writer alone), as a byline credits a wire ("By The Associated Press",
    "Ann Lee, Reuters", "Marta Gil | Agencia EFE"). A news agency known by its dateline alone is
    credited as the dateline names it ("NPA" of "TARROW, May 14 (NPA) -"); news agencies in
    general, as a credit line or byline names them ("With wire services", "Staff and wire
    reports"), are credited as ``UNNAMED_WIRES``; a news agency whose staff the author is, as
    the byline names it ("By Sportwire staff"). A wire's name alone on the text's last line
    signs it off ("LUSA"), and so it does over the copy's end mark or its editors' initials
    ("EFE" over "abc/xyz"). A credit line credits any outlet it names, but the text's own
    ``outlet`` ("Coastal Press Agency contributed to this report.", "Source: NPA").

    >>> find_credits("MOSCOW (Reuters) - Talks began.\\nAP contributed to this report.")
    ('AP', 'Reuters')
    >>> find_credits("Reuters reported a rise in prices."), find_credits("Talks began.", "The Associated Press")
    ((), ('AP',))
    >>> find_credits("Nineteen miners were killed.", "UNITED PRESS")
    ('UP',)
    >>> find_credits("Talks began.\\nWith wire services"), find_credits("Wire services failed.")
    (('wire services',), ())
    >>> find_credits("Talks began.\\nLUSA"), find_credits("LUSA\\nTalks began.")
    (('Lusa',), ())
    >>> find_credits("La huelga acabó.\\nAgencias"), find_credits("El ministro habló con EFE.")
    (('wire services',), ())
    >>> find_credits("Talks began.\\nCoastal Press Agency contributed to this report.")
    ('Coastal Press Agency',)
    >>> find_credits("Source: The Valley Courier\\nValley Courier contributed to this report.")
    ('Valley Courier',)
    >>> find_credits("عمّان - مشرق - ارتفعت الأسعار.\\n(مشرق)"), find_credits("دبي - وكالات: ارتفعت الأسعار.")
    (('مشرق',), ('wire services',))
    """
    words = lexicon()
    credits: set[str] = set()
    for byline in filter(None, bylines):
        # A wire's name inside a longer one is no credit of the wire: "Britannia Press
        # Association" is not the Press Association.
        credits.update(
            words.wire_service(found.group())
            for found in words.wire_names.finditer(byline)
            if not inside_a_longer_name(byline, found.start())
        )
        if words.names_wires_in_general(byline):
            credits.add(UNNAMED_WIRES)
        # A page's metadata and the byline it shows may each name someone: "Meridian Press
        # Agency, Staff" is no agency's staff.
        credits.update(filter(None, map(words.agency_of_byline, byline.split(","))))
        # Papers of the period set the wire's byline in capitals: "By UNITED PRESS".
        if byline.isupper() and (wire := words.bracket_credit(byline)):
            credits.add(wire)
    for line in text.splitlines():
        credits |= _credited_by(line, outlet)
        # A feed gives its text as one paragraph: its credit line is the paragraph's last
        # sentence ("... on Tuesday. Reuters contributed to this report."), its dateline follows
        # the headline ("Senate passes budget bill. WASHINGTON (AP) - The Senate voted"). Both
        # are found by sentence, as boilerplate is. Most lines name no wire and are not split.
        if words.wire_names.search(line) or words.names_wires_in_general(line):
            for start, end in sentence_spans(line):
                credits |= _credited_by(line[start:end], outlet)
        if japanese := words.japanese_credit.search(line):
            credits.add(words.japanese_dateline_agencies[japanese["agency"]])
        credits.update(words.chinese_credits(line))
    credits.update(_dated_credits(text))
    if sign_off := words.signs_off_text(text):
        signer = sign_off["wire"]
        in_general = words.names_wires_in_general(signer)
        credits.add(UNNAMED_WIRES if in_general else words.wire_service_named(signer) or signer)
    elif arabic := ARABIC_SIGN_OFF.fullmatch(text.rstrip().rpartition("\n")[2]):
        credits.add(words.wire_service_named(arabic[1]) or arabic[1])
    # Two credit lines may name one outlet with and without its "The": it is credited once.
    return credited_once(credits)


def _credited_by(line: str, outlet: str | None = None) -> set[str]:
    """The wire services a line credits as a credit line (``UNNAMED_WIRES`` for news agencies in
    general), by the dateline it opens with, or by a wire's name in brackets that stand apart
    from its words (``STANDING_BRACKETS``); and the other outlets a credit line names (a
    copyright line, "Source: ...", "... contributed to this report."), but the text's own
    ``outlet``.

    >>> _credited_by("AP contributed to this report."), _credited_by("Kremlin accuses NATO (Reuters).")
    ({'AP'}, {'Reuters'})
    >>> _credited_by("Talks failed, Agence France-Presse (AFP) reported on Monday.")
    set()
    >>> _credited_by("Copyright 2026 Valley Courier"), _credited_by("© Valley Courier", "Valley Courier")
    ({'Valley Courier'}, set())
    """
    words = lexicon()
    credited = {UNNAMED_WIRES} if words.credits_wires_in_general(line) else set()
    # TASS's dateline puts its name between slashes ("MOSCOW, December 15. /TASS/."),
    # Chinese, with no spaces, holds no wire's name as a whole word ("新华社北京3月10日电"),
    # and an agency may be known by its dateline alone ("TARROW, May 14 (NPA) -").
    credited.update(words.agencies_of_dateline(line))
    # A wire's name inside a longer one credits the longer: "Pitchside Press Association
    # contributed to this report." credits no Press Association, as a byline does not.
    named = [
        found.group()
        for found in words.wire_names.finditer(line)
        if not inside_a_longer_name(line, found.start())
    ]
    # A sign-off writes its wire's name in capitals as often as not ("LUSA/FIM").
    if not named and (signer := words.signs_off(line)):
        named.append(signer)
    # A picture's credit credits the picture, not the text, whatever its shape ("Image
    # copyright Reuters", "Photo: Ann Lee (Reuters)").
    if words.is_picture_label(line):
        return credited
    # A credit line is short; most lines are longer, and name no wire either: they need no
    # test for a credit line.
    short = len(line.split()) <= MAX_BOILERPLATE_WORDS
    if not (named or short):
        return credited
    # An outlet's promotion of itself credits no one it names ("Sign up for our Reuters
    # briefing", "Tags: AP, Tarrow"), as in disclosure.
    if words.is_boilerplate(line) and not words.is_promo(line):
        credited.update(words.wire_service(name) for name in named)
        credited.update(words.initials_credited(line))
        # A credit line credits any outlet it names, as disclosure reads it, but its own: a
        # paper's copyright line is no partner's credit ("© 2026 Riverside Gazette"). A line
        # that credits a wire or opens with a dateline names places, end marks and the paper's
        # own name beside it ("ROMA, 14 MAG", "LUSA/FIM", "ZAP // Lusa"). A release's contact
        # line or note names its own press office, whose text it is ("Media enquiries: DRT
        # press office, 020 7946 0800"). A copy's end mark in capitals names no one ("ENDS").
        if short and not (named or credited or words.closes_release(line) or words.ends_copy(line)):
            credited.update(
                name for name in words.outlets_credited(line) if not _same(name, outlet)
            )
        return credited
    for bracket in STANDING_BRACKETS.finditer(line):
        if (wire := words.bracket_credit(bracket["inside"])) and _stands_apart(bracket):
            credited.add(wire)
    return credited


def _dated_credits(text: str) -> Iterator[str]:
    """The wire services credited in brackets after a dateline's date (``DATED_CREDIT``), where
    initials that are words elsewhere are a wire's too ("UP", "INS"), and in a text that reads
    as scanned (:func:`misreads.reads_as_scanned`), a wire's name with a letter or two misread
    ("By United Prcss": :func:`misreads.misread_wire`).

    >>> list(_dated_credits("MINE BLAST ENTOMBS 42 MEN SCRANTON, Pa., March 3 (UP) Forty-two"))
    ['UP']
    >>> list(_dated_credits("Prices went (UP) Forty points on March 3 (see chart) Stocks"))
    []
    >>> list(_dated_credits("FARM BILL\\n\\nWASHINGTON\u2014(By The Associated\\nPress)\u2014 The House"))
    ['AP']
    """
    words = lexicon()
    # Asked once a text, and only of one whose dated credit names no wire as written.
    scanned: bool | None = None
    for found in DATED_CREDIT.finditer(text):
        start = found.start()
        dated = DATE_BEFORE_CREDIT.search(text, max(0, start - DATE_REACH), start) or (
            PLACE_BEFORE_CREDIT.search(text, max(0, start - DATE_REACH), start)
            and DASH_AFTER_CREDIT.match(text, found.end())
        )
        if not dated:
            continue
        if wire := words.bracket_credit(found["inside"], in_dateline=True):
            yield wire
            continue
        if scanned is None:
            scanned = reads_as_scanned(text)
        if scanned and (wire := misread_wire(found["inside"])):
            yield wire


def _same(name: str, outlet: str | None) -> bool:
    """Whether a name is an outlet's, with or without "The": "The Valley Courier" is "Valley
    Courier"."""
    return outlet is not None and _without_the(name) == _without_the(outlet)


def _without_the(name: str) -> str:
    """A name case-folded, without the "The" it may open with."""
    return name.casefold().removeprefix("the ").strip()


def _stands_apart(bracket: re.Match[str]) -> bool:
    """Whether brackets stand apart from the words of their sentence: opening it or after a
    label, closing it, but not after the agency's name they spell out ("... said the Kuwait News
    Agency (KUNA)."), or before a dateline's dash and a sentence that begins after it, not an
    aside that goes on ("The Palestinian Authority (PA) - which governs ...").

    >>> found = STANDING_BRACKETS.search("LONDON, March 3 (Reuters) - Oil prices rose.")
    >>> _stands_apart(found), _stands_apart(STANDING_BRACKETS.search("told AP (AP)."))
    (True, False)
    """
    if bracket["opening"] is not None:
        return True
    if bracket["closing"] is None and bracket["dash"] is None:
        return False
    after = bracket.string[bracket.end() :].lstrip().lstrip(OPENING_QUOTES)
    if bracket["dash"] is not None and after[:1].islower():
        return False
    before = bracket.string[: bracket.start()].split()[-MAX_AGENCY_NAME_WORDS:]
    return not any(lexicon().is_agency(" ".join(before[n:])) for n in range(len(before)))


def _files(
    paths: Sequence[str], exclude: Sequence[Path], hidden: list[Path]
) -> Iterator[tuple[str, Path, str, str] | Skipped]:
    """``(path as shown, path, source label, place)`` of every file to read, each real file
    once, and the folders that could not be listed; once all are given, the hidden files and
    folders left out are added to ``hidden`` (see :func:`_left_out`).

    The source label, used when a file names no source, is the file's path below the folder
    the user gave, without its suffix: a folder per outlet gives labels like ``nyt/story``.
    Paths given one per outlet (``ap/ herald/``, or ``ap/dam.txt herald/dam.txt``) keep their
    outlet's folder in the label (``ap/dam``), as the folder above them would have given it; a
    folder's own files, given one by one, do not.

    The place, which tells apart documents that claim one id (``wire@feeds/b/wire.md``), is the
    file's path below the folder that holds every path given (the folder given, when it is
    one): the same wherever the folder sits and however it is typed (``/home/ann/corpus``,
    ``../../corpus``), where the path as typed would put a home folder into the ids.
    """
    check_paths(paths)
    roots = [Path(given) for given in paths]
    heads = [root if root.is_dir() else root.parent for root in roots]
    holding = Path(os.path.commonpath([_absolute(head) for head in heads]))
    per_outlet = _one_per_outlet([head.resolve() for head in heads])
    excluded = [_real(folder) for folder in exclude]
    seen: set[Path] = set()
    hidden_found: list[Path] = []
    for root, head in zip(roots, heads, strict=True):
        unlisted: list[Skipped] = []
        hidden_here: list[Path] = []
        found = sorted(_walk(root, unlisted, hidden_here)) if root.is_dir() else [root]
        yield from unlisted
        hidden_found += sorted(hidden_here)
        named = Path(head.resolve().name) if per_outlet else Path()
        reals, walked_from = {file: _real(file) for file in found}, _real(root)
        # A file reached through a link and directly is named by its own path, wherever the
        # link sorts: "real/wire", not "link_to_file".
        linked = {
            file for file, real in reals.items() if real != walked_from / file.relative_to(root)
        }
        direct = {reals[file] for file in found if file not in linked}
        for file in found:
            real = reals[file]
            if (file in linked and real in direct) or real in seen:
                continue
            if any(real.is_relative_to(folder) for folder in excluded):
                continue
            seen.add(real)
            label = named / file.relative_to(head).with_suffix("")
            place = _absolute(file).relative_to(holding)
            yield _shown(file.as_posix()), file, _shown(label.as_posix()), _shown(place.as_posix())
    hidden += _left_out(hidden_found, roots, excluded)


def _absolute(path: Path) -> Path:
    """``path`` from the root, ``..`` taken as written: a file reached through a link keeps the
    link's name, as it is shown (``Path.resolve`` would name its target).

    >>> _absolute(Path("/news/../corpus/./a.txt")).as_posix()
    '/corpus/a.txt'
    """
    return Path(os.path.normpath(path.absolute()))


def _left_out(
    hidden: Iterable[Path], roots: Sequence[Path], excluded: Sequence[Path]
) -> list[Path]:
    """The hidden files and folders walks left out, in order, each real one once: not one that
    is or holds a path given, which is read as named, nor one in a folder never read (the
    report folder)."""
    given = [_real(root) for root in roots]
    left_out: dict[Path, Path] = {}
    for path in hidden:
        real = _real(path)
        named = any(root.is_relative_to(real) for root in given)
        if not named and not any(real.is_relative_to(folder) for folder in excluded):
            left_out.setdefault(real, path)
    return list(left_out.values())


def check_paths(paths: Sequence[str]) -> None:
    """Check that each path the user gave names a file or folder to read, or a record of a file
    (``feed.jsonl:3``).

    Raises:
        InputError: an empty path (which would read the working folder), "-" (standard input,
            which is never read), or a path that is missing, a broken link or a link loop.
    """
    for at, given in enumerate(paths):
        if not given:
            raise InputError("an empty path names no file or folder")
        if record_address(given):
            continue
        if given == "-":
            raise InputError(
                '"-" (standard input) is not read: give the articles\' files or folders '
                "(a file named - as ./-)"
            )
        if fault := _link_fault(Path(given)):
            raise InputError(f"{given} is {fault[0]}")
        if not Path(given).exists():
            raise InputError(f"no such file or folder: {given}{_spaced_name(paths[at:])}")


def _spaced_name(paths: Sequence[str]) -> str:
    """A hint when the shell split a name with spaces that the user did not quote: the paths
    from the missing one on, joined by spaces, name a file or folder (``Riverton fire/``)."""
    for end in range(2, len(paths) + 1):
        joined = " ".join(paths[:end])
        if Path(joined).exists():
            return f' (a name with spaces needs quotes: "{joined}")'
    return ""


def _link_fault(path: Path) -> tuple[str, SkipReason] | None:
    """Why a path cannot be followed to a file, when a symbolic link is the cause: "a symbolic
    link loop" or "a broken symbolic link", with its code."""
    try:
        path.stat()
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "a symbolic link loop", SkipReason.LINK_LOOP
        if path.is_symlink():
            return "a broken symbolic link", SkipReason.BROKEN_LINK
    return None


def _shown(path: str) -> str:
    r"""A path as reports and warnings write it: bytes of its name that are no UTF-8 (an old
    archive's Latin-1 "caf\xe9.md") and control characters (a line end) written as Python
    writes bytes, "\xe9", "\n", "\xc2\x85" (U+0085 in UTF-8), its backslashes doubled, so that
    every report can be written, every warning is one line, and two files are never shown as
    one: ``codecs.escape_decode`` gives the name's bytes back (docs/output.md).

    >>> _shown("in/caf\udce9.md"), _shown("in/a\nb.txt"), _shown("in/a\\nb.txt")
    ('in/caf\\xe9.md', 'in/a\\nb.txt', 'in/a\\\\nb.txt')
    >>> _shown("in/a\x85b.txt")
    'in/a\\xc2\\x85b.txt'
    """
    if "\\" not in path and not (LONE_SURROGATE.search(path) or UNPRINTED_IN_NAMES.search(path)):
        return path
    escaped = path.replace("\\", "\\\\").encode("utf-8", "surrogateescape")
    # A control character as its UTF-8 bytes: "\x85" is then always a byte of the name, never
    # U+0085, whose bytes are C2 85.
    return UNPRINTED_IN_NAMES.sub(
        lambda found: repr(found.group().encode("utf-8"))[2:-1],
        escaped.decode("utf-8", "backslashreplace"),
    )


def _one_per_outlet(heads: Sequence[Path]) -> bool:
    """Whether the folders of the paths a user gave (``heads``, resolved: each folder given, or
    the folder of each file given) are outlets' folders side by side: two or more, of one
    folder above them, none the working folder (whose name says where the user works, not who
    wrote the articles: "wire.txt inbox/daily.txt" from "news/")."""
    working = Path.cwd().resolve()
    return (
        len(set(heads)) > 1
        and len({head.parent for head in heads}) == 1
        and not any(head == working or head in working.parents for head in heads)
    )


def _walk(root: Path, unlisted: list[Skipped], hidden: list[Path]) -> Iterator[Path]:
    """Files under ``root``, following symbolic links, each folder walked once; a folder that
    cannot be listed is added to ``unlisted``, and so is a link up to a folder that holds
    ``root`` (``misc/loop -> ..``), which is not followed: it would read the whole tree above the
    folder given, when a user gave a subfolder to read it alone.

    Hidden files and folders, Office's lock files (``~$notes.docx``), the reports of a report
    folder (not an article saved into one) and the folder of a saved page's parts
    (:func:`_saved_with_a_page`) are left out, and so is a folder already walked: a link back to
    its own folder or one above it (``odd/loop -> .``), a loop that would otherwise recurse
    forever, is added to ``unlisted`` as a link loop. A link to a folder under ``root`` that is
    reached without one is left out too: its files are named by their own paths. The hidden folders and the hidden
    files of a kind read (not a Mac's ``._wire.txt``) are added to ``hidden``.
    """

    def cannot_list(error: OSError) -> None:
        folder = Path(error.filename or root).as_posix()
        reason = f"cannot read folder: {error.strerror or error}"
        unlisted.append(Skipped(folder, reason, SkipReason.UNREADABLE_FOLDER))

    real_root = _real(root)
    walked = {real_root}
    unlinked: set[Path] | None = None  # found when a link to a folder first needs it
    for folder, subfolders, files in os.walk(root, onerror=cannot_list, followlinks=True):
        kept = []
        # Sorted, so that of a folder and a link to it the same one is walked on every machine.
        for name in sorted(subfolders):
            path = Path(folder) / name
            if name.startswith("."):
                hidden.append(path)
                continue
            if _saved_with_a_page(path) or is_cache_folder(path):
                continue
            real = _real(path)
            if real in walked:
                # A link to its own folder or one above it in the tree walked is a loop, said as
                # a broken link is; a link to a folder walked beside it only names its files twice.
                if _real(Path(folder)).is_relative_to(real):
                    unlisted.append(
                        Skipped(
                            _shown(path.as_posix()),
                            f"a symbolic link loop (to {_shown(path.readlink().as_posix())}, a "
                            "folder that holds it): not walked again",
                            SkipReason.LINK_LOOP,
                        )
                    )
                continue
            if real_root.is_relative_to(real):
                unlisted.append(
                    Skipped(
                        _shown(path.as_posix()),
                        f"a link up to {_shown(path.readlink().as_posix())}, a folder that holds "
                        f"{_shown(root.as_posix())}: not followed (give that folder to read it all)",
                        SkipReason.LINK_ABOVE_INPUT,
                    )
                )
                continue
            if path.is_symlink():
                unlinked = _unlinked_folders(root) if unlinked is None else unlinked
                if real in unlinked:
                    continue
            walked.add(real)
            kept.append(name)
        subfolders[:] = kept
        reports = reports_written(Path(folder))
        for name in files:
            if name.startswith("."):
                if _may_be_article(name):
                    hidden.append(Path(folder) / name)
            elif name not in reports and not name.startswith(OFFICE_LOCK_PREFIX):
                yield Path(folder) / name


def _saved_with_a_page(folder: Path) -> bool:
    """Whether a folder is the one a browser's "Save page as, complete" writes beside the page
    it saved ("Fire at Harlow Street_files" beside "Fire at Harlow Street.html"): its
    stylesheets, scripts, pictures and the frames of its advertisements, no articles."""
    page = folder.name.removesuffix(PAGE_FILES_SUFFIX)
    return page != folder.name and any(
        (folder.parent / f"{page}{suffix}").is_file() for suffix in (".html", ".htm")
    )


def _may_be_article(name: str) -> bool:
    """Whether a hidden file's name is of a kind read, and not a Mac's resource fork, which it
    writes beside each file it copies to a foreign disk ("._wire.txt"): binary, never an article.

    >>> _may_be_article(".article.txt"), _may_be_article("._article.txt"), _may_be_article(".DS_Store")
    (True, False, False)
    """
    return not name.startswith("._") and Path(name).suffix.lower() in SUPPORTED_SUFFIXES


def _unlinked_folders(root: Path) -> set[Path]:
    """The folders under ``root``, and itself, that are reached without a symbolic link and are
    not hidden, each as its real path."""
    found = {_real(root)}
    for folder, subfolders, _ in os.walk(root):
        subfolders[:] = [
            name
            for name in subfolders
            if not name.startswith(".") and not (Path(folder) / name).is_symlink()
        ]
        found.update(_real(Path(folder) / name) for name in subfolders)
    return found


def input_files(folder: Path) -> list[Path]:
    """The files under ``folder`` a run reads as articles (see :func:`_walk`), sorted: not a
    report's, nor one of a kind it skips ("clusters.csv")."""
    files = _walk(folder, [], [])
    return sorted(path for path in files if path.suffix.lower() in SUPPORTED_SUFFIXES)


def reports_written(folder: Path) -> dict[str, set[str]]:
    """The files compare wrote into ``folder``, as its report folder's list names them, each
    with the digests its content may have (a run cut short lists two; none when not known: an
    earlier version of compare listed names alone, or the run stopped before it wrote the file).
    """
    try:
        listing = (folder / REPORT_MARKER).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        # No report folder, or one whose list cannot be read: listing its files then says why.
        return {}
    digests: dict[str, set[str]] = {}
    for line in listing.splitlines():
        name, _, digest = line.partition("\t")
        if name and Path(name).name == name and not name.startswith("."):
            digests.setdefault(name, set()).update([digest] if digest else [])
    return digests


def is_own_report(path: Path) -> bool:
    """Whether the file at ``path`` is a report compare wrote, known by its content alone: a
    Markdown page's first lines, a ``report.json``'s keys (or those of ``dedup``'s JSON list), an
    ``edges.csv``'s or ``framing.csv``'s header row."""
    try:
        if path.suffix.lower() == EDGES_SUFFIX:
            # Its header row alone: a user's spreadsheet beside the articles may be large.
            with path.open(encoding="utf-8", newline="") as rows:
                header = tuple(rows.readline().removesuffix("\n").split(","))
            # An earlier compare's file lacks the columns added since, which go after the others.
            return any(
                len(header) >= first and header == columns[: len(header)]
                for columns, first in (
                    (FRAMING_COLUMNS, FIRST_FRAMING_COLUMNS),
                    (EDGE_COLUMNS, FIRST_EDGE_COLUMNS),
                )
            )
        text = _normalise(path.read_text(encoding="utf-8"))
        if path.suffix.lower() in MARKDOWN_SUFFIXES:
            return OWN_REPORT_PAGE.match(text) is not None
        loaded = _json(text)
    except (OSError, ValueError, RecursionError):
        return False
    return _is_own_json(loaded)


def _is_own_json(loaded: object) -> bool:
    """Whether JSON is a ``report.json`` or the list ``compare dedup --format json`` prints."""
    return isinstance(loaded, dict) and (
        loaded.keys() >= OWN_REPORT_KEYS or loaded.keys() >= OWN_LIST_KEYS
    )


def _real(path: Path) -> Path:
    """The path with every symbolic link resolved; a link loop stays a path (reading it fails)."""
    # os.path.realpath, unlike Path.resolve on Python 3.11, does not raise on a link loop.
    return Path(os.path.realpath(path))


# A front matter field's value: text, a list, a mapping, or a list of them.
_YamlValue = str | list[str | dict[str, str]] | dict[str, str]


@dataclass(frozen=True, slots=True)
class _Origin:
    """Where a document comes from: the file as shown, its stem, its source label, its encoding,
    its place below the folder holding the paths given (see :func:`_files`), and, of a file read
    as UTF-8 with lines pasted in from a code page, those lines' numbers (``NotUtf8Lines``)."""

    shown: str
    stem: str
    label: str
    encoding: str
    place: str
    not_utf8: frozenset[int] = frozenset()

    def encoding_of(self, lines: range | None) -> str:
        """How the bytes of a record spanning ``lines`` of the file were read: as UTF-8 where
        none of them is a pasted line, not as the file's mix ("utf-8+cp1252"), which only the
        records on its pasted lines are; the file's encoding for a whole file (``None``).

        >>> feed = _Origin("feed.jsonl", "feed", "feed", "utf-8+cp1252", "feed.jsonl", frozenset({3}))
        >>> feed.encoding_of(range(2, 3)), feed.encoding_of(range(3, 4)), feed.encoding_of(None)
        ('utf-8', 'utf-8+cp1252', 'utf-8+cp1252')
        """
        if lines is None or not self.not_utf8 or not self.not_utf8.isdisjoint(lines):
            return self.encoding
        return PASTED_INTO_UTF8.removesuffix("+")


@dataclass(frozen=True, slots=True)
class _Claim:
    """A document before ids are made distinct: where it was read (its file, or a record of it
    such as ``feed.jsonl:3``), the same below the folder holding the paths given (``place``, which
    an id claimed by another document takes), and whether its record gave its id rather than its
    file's name."""

    document: Document
    where: str
    label: str
    place: str
    id_given: bool = False
    unread_date: str | None = None
    broken_front_matter: BrokenFrontMatter | None = None
    # The lines of its file its record spans, from 1, when it is one record of several and some
    # of the file's lines are not UTF-8 (NotUtf8Lines): an address says only its own.
    lines: range | None = None
    # Whether it names no source and its outlet is its file's name, no folder's: pasted copy
    # shows as "rival_story" in every table.
    named_by_file: bool = False
    # Whether its source is an outlet a printed paper's running head writes in capitals, put in
    # title case (page_furniture.readable_outlet), which another document's spelling replaces.
    source_in_capitals: bool = False
    # Whether it is one of the articles a text file holds (a newspaper's page), read apart.
    piece_of_page: bool = False
    # The publication time it gives without a time zone, as written: only its day is used.
    unzoned_time: str | None = None
    # Whether it is one entry of a live page, read apart (see compare.live_pages).
    live_entry: bool = False
    # Of a page of an article split over several, the addresses its links to the next and the
    # previous page may name (:func:`_page_links`): a saved file's path and the page's address.
    next_pages: tuple[str, ...] = ()
    previous_pages: tuple[str, ...] = ()


# What reading a file gives.
_Read = _Claim | Skipped | _OwnReport | Unsourced | Undated | NotUtf8Lines | ReadNote


def _headline_and_site(
    title: str | None, site_guess: str | None, page_title: str, h1: str
) -> tuple[str | None, str | None]:
    """A page's headline and site name as trafilatura finds them, unless it took the headline
    for the site, as it does with a headline holding a full stop ("Inflation eases to 3.1% |
    The Ledger"; a site's name of words has no full stop, a domain no space): the title of the
    page then tells them apart, the headline first. An ``<h1>`` that the page's title opens
    with is the headline, whatever the metadata says (a live blog's names an update's).

    >>> _headline_and_site("The Ledger", "Fares rise 3.1%", "Fares rise 3.1% | The Ledger", "")
    ('Fares rise 3.1%', 'The Ledger')
    >>> _headline_and_site("Fine handed down", None, "Live: Ferry trial | Coast News", "Live: Ferry trial")
    ('Live: Ferry trial', 'Coast News')

    The number of a page of an article split over several is no word of its headline
    (``TITLE_PAGE_MARK``):

    >>> _headline_and_site("Budget passed (page 2)", None, "Budget passed (page 2) | Echo", "")
    ('Budget passed', 'Echo')
    """
    title = TITLE_PAGE_MARK.sub("", title) if title else title
    page_title = TITLE_PAGE_MARK.sub("", page_title)
    h1 = " ".join(h1.split())
    shown = " ".join(page_title.split())
    # The <h1> is the whole of the title's first part: "Ferry" does not head "Ferry firm fined".
    headed = bool(h1) and shown.casefold().startswith(h1.casefold())
    if headed and (not shown[len(h1) :] or TITLE_PARTS.match(shown[len(h1) :])):
        title = h1
    parts = TITLE_PARTS.split(page_title.strip())
    # A headline cut short (an <h1> of a word, "Ferry") is the title's first part in full.
    if (
        title
        and len(parts[0]) > len(title)
        and parts[0].casefold().startswith(title.casefold() + " ")
    ):
        title = parts[0]
    if len(parts) < 2:
        return title, site_guess
    site = parts[-1] if _names_a_site(parts[-1]) else None
    if site_guess and " " in site_guess and "." in site_guess and site_guess == parts[0]:
        return (title if title == h1 else parts[0]), site
    if not site_guess and title and title.casefold() == parts[0].casefold():
        return title, site
    # Some pages name the site first: "Coastal Times - Bridge falls in Tarrow".
    if not site_guess and title and title.casefold() == parts[-1].casefold():
        return title, parts[0] if _names_a_site(parts[0]) else None
    return title, site_guess


def _names_a_site(part: str) -> bool:
    """Whether what a page's title puts after the headline names a site ("The Ledger", "BBC
    News", a word with a capital in it, "iNews", or a domain: "news.com.au"), not the page's
    kind ("live updates", "Live", "recap", "what we know so far").

    >>> [_names_a_site(p) for p in ("BBC News", "iNews", "news.com.au", "Live", "recap")]
    [True, True, True, False, False]
    """
    words = part.split()
    terms = lexicon()
    return part.casefold() not in terms.page_kinds and (
        (len(words) == 1 and (DOMAIN.fullmatch(part) is not None or not part.islower()))
        or (
            len(words) <= MAX_SITE_WORDS
            and all(
                w[:1].isupper() or w[:1].isdigit() or w in terms.outlet_particles for w in words
            )
        )
    )


def _read_file_kept(
    cache: DiskCache, shown: str, file: Path, label: str, place: str
) -> Iterable[_Read]:
    """What :func:`_read_file` gives, kept in ``cache`` by the file's bytes and how it is shown
    (all that it reads a regular file by): a file read before gives its items from the cache.
    A link that leads nowhere, a pipe or a file that cannot be read is looked at each time."""
    try:
        raw = file.read_bytes() if file.is_file() else None
    except OSError:
        raw = None
    if raw is None:
        return _read_file(shown, file, label, place)
    key = cache.key("read", raw, str(file), shown, label, place, repr(added_terms()))
    kept = cache.load(key)
    if isinstance(kept, tuple):
        return kept
    items = tuple(_read_file(shown, file, label, place))
    cache.save(key, items)
    return items


def _read_file(shown: str, file: Path, label: str, place: str) -> Iterator[_Read]:
    suffix = file.suffix.lower()
    # A link that leads nowhere says so, whatever its name: a loop's has no suffix.
    if fault := _link_fault(file):
        yield Skipped(shown, *fault)
        return
    if suffix == EDGES_SUFFIX and is_own_report(file):
        yield _OwnReport(shown)
        return
    # A named pipe would wait for a writer forever, and a device such as /dev/zero never ends;
    # asked before the name's suffix, as telling a kind by its content opens the file: /dev/stdin
    # was "unsupported file type (none)", which said nothing of the feed piped in (acceptance
    # round 41, b7).
    if file.exists() and not file.is_file():
        not_file = (
            "not a regular file (a pipe, socket or device): standard input is not read; "
            "save the feed to a file, such as feed.jsonl, and give that"
        )
        yield Skipped(shown, not_file, SkipReason.NOT_REGULAR_FILE)
        return
    unsupported = f"{UNSUPPORTED} {suffix or '(none)'}{SAVE_AS.get(suffix, '')}"
    # A file of a kind not read by its name may be one by its content: a page wget saved
    # without a suffix, a release saved as ".doc" that is RTF.
    if suffix not in SUPPORTED_SUFFIXES and not _may_be_read(file):
        yield Skipped(shown, unsupported, SkipReason.UNSUPPORTED_TYPE)
        return
    try:
        raw = file.read_bytes()
    except OSError as error:
        yield Skipped(shown, f"cannot read: {error.strerror or error}", SkipReason.UNREADABLE_FILE)
        return
    named_packed = PACKED_SUFFIXES.get(suffix)
    if (kind := packed_kind(raw, named_packed)) in PACKED_SUFFIXES:
        # An e-mail and a saved page are both MIME messages: either name fits either.
        renamed = {kind, named_packed} != {EMAIL, SAVED_PAGE} and kind != named_packed
        note = f"holds {KIND_NAMES[kind]}: read as one" if renamed else None
        yield from _noted_if_read(shown, note, _read_packed(shown, file, raw, kind, label, place))
        return
    if reason := _binary_reason(raw):
        yield Skipped(shown, reason, SkipReason.BINARY_FILE)
        return
    # A file named as a packed kind that is not one ("story.pdf" holding plain text) is read as
    # the text it holds, as any file of a kind not read by its name that holds a web page.
    sniffed = named_packed is not None or suffix not in SUPPORTED_SUFFIXES
    if sniffed:
        suffix = ".txt"
    decoded: tuple[str, str] | None
    cut_lines: tuple[int, ...] = ()
    zero_bytes = None
    if suffix == ".jsonl" and b"\x00" in raw and (undamaged := _json_lines_without_zero_bytes(raw)):
        decoded, cut_lines = (undamaged[0], "utf-8"), undamaged[1]
    else:
        decoded = decode(raw)
        # Zero bytes are UTF-16's and UTF-32's, else damage: past the part of a file the
        # encoding is told by, they would go unseen.
        wide = decoded is not None and decoded[1].startswith(("utf-16", "utf-32"))
        if b"\x00" in raw and not wide and (undamaged_text := _without_zero_bytes(raw)):
            decoded, zero_bytes = undamaged_text
    if decoded is None:
        yield Skipped(shown, BINARY, SkipReason.BINARY_FILE)
        return
    text, encoding = decoded
    if reason := _unreadable_encoding(raw, text, encoding):
        yield Skipped(shown, reason, SkipReason.UNKNOWN_ENCODING)
        return
    if encoding == UTF8_READ_AS_CP1252:
        yield ReadNote(shown, UTF8_READ_AS_CP1252_NOTE)
    not_utf8: tuple[int, ...] = ()
    if encoding.startswith(PASTED_INTO_UTF8):
        not_utf8 = _lines_not_utf8(raw)
        yield NotUtf8Lines(shown, not_utf8, encoding.removeprefix(PASTED_INTO_UTF8))
    for number in cut_lines:
        yield Skipped(
            f"{shown}:{number}",
            "broken JSON line: zero bytes, the padding of a file cut short",
            SkipReason.BROKEN_JSON_LINE,
        )
    if zero_bytes:
        yield ReadNote(shown, zero_bytes)
    if not text.strip():
        yield Skipped(shown, "empty file", SkipReason.EMPTY_FILE)
        return
    if suffix in MARKDOWN_SUFFIXES and OWN_REPORT_PAGE.match(text):
        yield _OwnReport(shown)
        return
    # A web page or a feed saved under a text file's name ("wget -O page.txt") is read as what
    # it holds: as text, its scripts and JSON keys would be sentences.
    if suffix in TEXT_SUFFIXES and (held := _held_format(text)):
        suffix, name = held
        yield ReadNote(shown, f"holds {name}: read as {FORMAT_READ_AS[suffix]}")
    elif sniffed and not named_packed:
        # Only a web page or a feed is read whatever a file's name: any other file of a kind not
        # read may be a program's, not an article.
        yield Skipped(shown, unsupported, SkipReason.UNSUPPORTED_TYPE)
        return
    # A plain text is its article: one too long is told so before it is parsed, which takes a
    # minute for 60 MB. A page's markup and a feed's records are judged by the text they give.
    if suffix not in RECORD_SUFFIXES + HTML_SUFFIXES + FEED_SUFFIXES and (reason := too_long(text)):
        yield Skipped(shown, reason, SkipReason.TOO_LONG)
        return
    # A second copy of a file claims its name, so that, of the same name in two outlets'
    # folders, it too is named by its folder ("herald/dam (1)", not "dam-1").
    origin = _Origin(
        shown, COPY_MARK.sub("", file.stem), label, encoding, place, frozenset(not_utf8)
    )
    if suffix in RECORD_SUFFIXES:
        yield from _read_records(origin, text, lines=suffix == ".jsonl")
    elif suffix in FEED_SUFFIXES:
        yield from _read_xml_feed(origin, text, suffix)
    elif suffix in SUBTITLE_FORMATS:
        yield _read_subtitles(origin, text.translate(LINE_SEPARATORS), suffix)
    elif suffix in HTML_SUFFIXES:
        yield from _read_html(origin, text)
    else:
        not_packed = (
            f"is not {KIND_NAMES[named_packed]}: holds plain text, read as text"
            if named_packed
            else None
        )
        read = _read_text(
            origin, text.translate(LINE_SEPARATORS), markdown=suffix in MARKDOWN_SUFFIXES
        )
        yield from _noted_if_read(shown, not_packed, read)


def _noted_if_read(shown: str, note: str | None, items: Iterable[_Read]) -> Iterator[_Read]:
    """``items``, after ``note`` on how the file was read when they hold a document: a file
    skipped says why in one line, not how it was read besides."""
    items = list(items)
    if note and any(isinstance(item, _Claim) for item in items):
        yield ReadNote(shown, note)
    yield from items


def _may_be_read(file: Path) -> bool:
    """Whether a file of a kind not read by its name opens as one that is: a packed kind (see
    :func:`~compare.unpack.packed_kind`) or a web page. Only its first bytes are looked at: a
    folder may hold videos of gigabytes."""
    try:
        with file.open("rb") as opened:
            head = opened.read(SNIFFED_BYTES) if file.is_file() else b""
    except OSError:
        return False
    if (kind := packed_kind(head)) is not None:
        return kind != ZIP
    text = head.removeprefix(codecs.BOM_UTF8).decode("utf-8", errors="ignore")
    return WEB_PAGE_OPENING.match(text.lstrip()) is not None


def _read_packed(
    shown: str, file: Path, raw: bytes, kind: str, label: str, place: str
) -> Iterator[_Read]:
    """The article of an e-mail, a saved page (MHTML), a Word, ODT or RTF document or a PDF,
    read as its text or its page is (see :mod:`compare.unpack`), with the title, source, date
    and address the file gives; an e-mail's attachments of a kind read are named, not read."""
    try:
        unpacked = unpack(raw, kind)
    except UnpackError as error:
        code = SkipReason.NO_TEXT if str(error) == NO_TEXT_LAYER else SkipReason.UNREADABLE_FILE
        yield Skipped(shown, str(error), code)
        return
    if attached := [
        name for name in unpacked.attachments if Path(name).suffix.lower() in SUPPORTED_SUFFIXES
    ]:
        named = ", ".join(sorted(attached))
        yield ReadNote(
            shown,
            f"carries {len(attached)} attachment{'s' if len(attached) > 1 else ''} ({named}), "
            "not read with it: save it beside the e-mail to compare it",
        )
    if not unpacked.text.strip():
        yield Skipped(shown, f"{KIND_NAMES[kind]} with no text", SkipReason.NO_TEXT)
        return
    text = _normalise(unpacked.text)
    if not unpacked.html and (reason := too_long(text)):
        yield Skipped(shown, reason, SkipReason.TOO_LONG)
        return
    origin = _Origin(shown, COPY_MARK.sub("", file.stem), label, kind.lstrip("."), place)
    given = _unpacked_fields(unpacked)
    if unpacked.html:
        yield from _read_html(origin, text, given=given)
    else:
        yield from _read_text(
            origin,
            text.translate(LINE_SEPARATORS),
            markdown=False,
            given=given,
            fallback_title=unpacked.title,
        )


def _unpacked_fields(unpacked: Unpacked) -> dict[str, str]:
    """The fields a packed file gives its document, as front matter would; its title (an
    e-mail's subject, a document's properties') only to a page, which gives it where it finds
    none, as a text's opening is read first for its headline and date lines."""
    fields = {
        TITLE_FIELDS[0]: unpacked.title if unpacked.html else None,
        SOURCE_FIELDS[0]: unpacked.source,
        DATE_FIELDS[0]: unpacked.date,
        MODIFIED_FIELDS[0]: unpacked.modified,
        URL_FIELDS[0]: unpacked.url,
    }
    return {key: value for key, value in fields.items() if value}


def _binary_reason(raw: bytes) -> str | None:
    """Why a file is skipped whose bytes open as a kind of file that holds no plain text does
    (``BINARY_KINDS``): what it is, and what to do with it; ``None`` for any other bytes.

    >>> _binary_reason(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00\\x00\\rIHDR"), _binary_reason(b"Talks ended.")
    ('binary file, not text (a PNG image)', None)
    >>> _binary_reason(b"PK\\x03\\x04\\x14\\x00\\x00\\x00stories/strike.txt")
    'binary file, not text (a ZIP archive): unpack it and run compare on the folder to compare the files it holds'
    """
    for mark, kind, advice in BINARY_KINDS:
        if raw.startswith(mark):
            return f"{BINARY} ({kind}){advice}"
    return None


def _without_zero_bytes(raw: bytes) -> tuple[tuple[str, str], str] | None:
    """The text and encoding of bytes that are UTF-8 text but for zero bytes, and what was left
    out: the padding a file cut short by a crash ends in, and a stray few inside the text, as
    some content systems' exports hold. ``None`` when the rest is no UTF-8 text either (control
    bytes, or more zero bytes than a few, ``FEW_ZERO_BYTES`` or ``MAX_STRAY_ZERO_BYTES`` of its
    bytes: binary data, or UTF-16 read wrong).

    >>> _without_zero_bytes(b"Talks ended on Monday.\\n" + bytes(64))
    (('Talks ended on Monday.\\n', 'utf-8'), 'ends in 64 zero bytes, the padding of a file cut short: they were left out')
    >>> _without_zero_bytes(bytes(8)), _without_zero_bytes(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00\\x00\\rIHDR")
    (None, None)
    """
    kept = raw.rstrip(b"\x00")
    padding, stray = len(raw) - len(kept), kept.count(b"\x00")
    if stray > max(FEW_ZERO_BYTES, len(kept) * MAX_STRAY_ZERO_BYTES) or CONTROL_BYTES.search(kept):
        return None
    # A code page reads any byte: only UTF-8, which few bytes but text are, tells a text with
    # zero bytes from a short binary file's header ("\x89PNG\r\n\x1a\n" and zeros).
    if not _is_utf8(kept.replace(b"\x00", b"")):
        return None
    decoded = decode(kept.replace(b"\x00", b""))
    if decoded is None or not decoded[0].strip():
        return None
    left_out = []
    if padding:
        left_out.append(f"ends in {padding:,} zero bytes, the padding of a file cut short")
    if stray:
        left_out.append(f"holds {stray:,} zero byte{'s' if stray > 1 else ''} inside its text")
    return (
        decoded,
        f"{' and '.join(left_out)}: {'they were' if padding + stray > 1 else 'it was'} left out",
    )


def _held_format(text: str) -> tuple[str, str] | None:
    """The suffix of the format a text file's content is in, and its name, when it is a web page
    (it opens with ``<!DOCTYPE html`` or ``<html``) or JSON (an object or a list) or JSON Lines
    (a line an object) that parses; ``None`` for text.

    >>> _held_format("<!doctype html><html><p>Talks ended.</p></html>"), _held_format("[Updated] Talks ended.")
    (('.html', 'HTML'), None)
    >>> _held_format('{"text": "Talks ended."}\\n{"text": "Fares rose."}')
    ('.jsonl', 'JSON Lines')
    >>> _held_format("1\\n00:00:01,000 --> 00:00:04,200\\nGood evening.")
    ('.srt', 'SubRip subtitles')
    """
    opened = text.lstrip()
    if WEB_PAGE_OPENING.match(opened):
        return ".html", "HTML"
    if subtitles := _subtitles_held(opened):
        return subtitles, SUBTITLE_FORMATS[subtitles][0]
    if not opened.startswith(("{", "[")):
        return None
    try:
        _json(text)
    except (ValueError, RecursionError):
        return (".jsonl", "JSON Lines") if _is_json_lines(text) else None
    return ".json", "JSON"


def _subtitles_held(opened: str) -> str | None:
    """The suffix of the subtitles a text opens as: WebVTT's header line, or a cue's timing line
    (perhaps under the cue's number), its milliseconds after a comma in SubRip, a point in WebVTT.
    """
    first, _, rest = opened.partition("\n")
    if WEBVTT_HEADER.match(first):
        return ".vtt"
    timing = rest.partition("\n")[0] if first.strip().isdigit() else first
    if not CUE_TIMING.match(timing):
        return None
    return ".srt" if "," in timing else ".vtt"


def _is_json_lines(text: str) -> bool:
    """Whether a text is JSON Lines: two lines or more, each that is not blank JSON, but for a
    last line that may be cut short (see :func:`_cut_short`), as a feed copied while it was
    written ends.

    >>> _is_json_lines('{"text": "Talks ended."}\\n\\n{"text": "Fares rose."}\\n'), _is_json_lines('{"text":\\n"Talks ended."}')
    (True, False)
    >>> _is_json_lines('{"text": "Talks ended."}\\n{"text": "Fares ro'), _is_json_lines('{"text": "Talks ended."}\\nFares rose.')
    (True, False)
    """
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) < 2:
        return False
    *whole, last = lines
    return all(map(_is_json, whole)) and (_is_json(last) or _cut_short(last))


def _is_json(text: str) -> bool:
    try:
        _json(text)
    except (ValueError, RecursionError):
        return False
    return True


def _cut_short(line: str) -> bool:
    """Whether a line is a JSON object or list cut short: the parser runs out of text in it, in
    a string left open or in the token the line ends with.

    >>> _cut_short('{"text": "Fares ro'), _cut_short('{"views": 12'), _cut_short('{"ok": tr')
    (True, True, True)
    >>> _cut_short('{"text": Fares rose}'), _cut_short("Fares rose.")
    (False, False)
    """
    if not line.lstrip().startswith(("{", "[")):
        return False
    try:
        _json(line)
    except json.JSONDecodeError as error:
        rest = line[error.pos :].strip()
        unterminated = error.msg.startswith("Unterminated string")
        return unterminated or any(literal.startswith(rest) for literal in JSON_LITERALS)
    except (ValueError, RecursionError):
        return False
    return False


def decode(raw: bytes) -> tuple[str, str] | None:
    """The text of a file's bytes and the encoding read, or ``None`` when the bytes are binary.

    A byte order mark decides (UTF-8's with a code page's passage read as such), unless
    binary data follows it; zero bytes mean UTF-16 (see :func:`_utf16_without_mark`) or binary;
    then UTF-8, or UTF-8 with a passage pasted in from a code page (see :func:`_with_passage`)
    when bytes that are no UTF-8 stand beside UTF-8's curly quotes or dashes
    (``UTF8_PUNCTUATION``) or some lines beyond ASCII are UTF-8 (see :func:`_holds_utf8_lines`); then
    charset-normalizer, with Windows-1252 preferred where the detector cannot tell it apart, and
    another Latin code page where the reading's words mix alphabets (see :func:`_detect`). Line
    endings become ``\\n`` and the text is normalised to NFC.

    >>> decode("caf\\u00e9\\r\\n".encode("utf-8-sig")), decode(b"\\x00\\x01")
    (('café\\n', 'utf-8-sig'), None)
    >>> decode("Le maire a annonc\\u00e9 la fermeture de l'\\u00e9cole \\u00e0 midi.".encode("cp1252"))
    ("Le maire a annoncé la fermeture de l'école à midi.", 'cp1252')
    """
    for mark, codec in BYTE_ORDER_MARKS:
        if not raw.startswith(mark):
            continue
        # UTF-16 and UTF-32 read any bytes as characters, binary data too; in UTF-8 a byte
        # that is no UTF-8 is a passage pasted in from Windows-1252.
        if codec == "utf-8-sig":
            try:
                text, codec = raw.decode(codec), codec
            except UnicodeDecodeError:
                text, codec = _with_passage(raw[len(mark) :])
            if CONTROL_CHARACTERS.search(text):
                return None
            return _normalise(text), _codec_name(codec)
        text = raw.decode(codec, errors="replace")
        return None if _is_binary(text) else (_normalise(text), codec)
    if b"\x00" in raw[:8192]:
        return _utf16_without_mark(raw)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        if UTF8_PUNCTUATION.search(raw) or _holds_utf8_lines(raw):
            text, encoding = _with_passage(raw)
        else:
            text, encoding = _detect(raw)
        return _normalise(text), _codec_name(encoding)
    if (repaired := _utf8_read_as_cp1252(text)) is not None:
        return _normalise(repaired), UTF8_READ_AS_CP1252
    return _normalise(text), "utf-8"


# Each character Windows-1252 reads a byte beyond ASCII as, and that byte; a byte it leaves
# undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) is read as the control character of its value, as
# browsers and editors read it.
CP1252_BYTES = {
    (bytes([byte]).decode("cp1252", errors="ignore") or chr(byte)): byte
    for byte in range(0x80, 0x100)
}
# The encoding named of a text that was UTF-8 read as Windows-1252 and saved again as UTF-8,
# read back as the UTF-8 it was, and what a warning says of it.
UTF8_READ_AS_CP1252 = "utf-8-via-cp1252"
UTF8_READ_AS_CP1252_NOTE = (
    'is UTF-8 read as Windows-1252 and saved again (such as "\u00e0\u00a4\u2026" '
    'for "\u0905"): read as the UTF-8 it was'
)


def _utf8_read_as_cp1252(text: str) -> str | None:
    """The text that ``text`` is the UTF-8 of, read as Windows-1252 and saved again ("à¤…" for
    "अ", "SÃ£o" for "São"), when every character beyond ASCII is one that Windows-1252 reads a
    byte as and those bytes are UTF-8 throughout; else ``None``. A text in a Latin language
    never writes its accented letters only in the pairs and triples UTF-8's bytes make.

    >>> _utf8_read_as_cp1252("\u00e0\u00a4\u2026\u00e0\u00a4\u2014"), _utf8_read_as_cp1252("S\u00c3\u00a3o")
    ('अग', 'São')
    >>> _utf8_read_as_cp1252("Café à Paris"), _utf8_read_as_cp1252("अगस्त"), _utf8_read_as_cp1252("plain")
    (None, None, None)
    """
    if text.isascii() or any(not char.isascii() and char not in CP1252_BYTES for char in set(text)):
        return None
    raw = bytes(CP1252_BYTES[char] if not char.isascii() else ord(char) for char in text)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return None


# A charset a page declares in its opening: "<meta charset=...>", "content=\"text/html;
# charset=...\"", an XML declaration's "encoding=...".
DECLARED_CHARSET = re.compile(rb"""\b(?:charset|encoding)\s*=\s*["']?([A-Za-z][\w.:-]*)""", re.I)
# How far into a file its declared charset is looked for: a page's head.
DECLARATION_BYTES = 4096
# The share of a reading's letters beyond ASCII that may be of another script than the one the
# page's language is written in, before that reading is taken for a wrong guess: a Hindi page
# guessed as Cyrillic (ISO-8859-5) or Kazakh (PTCP154) is garbage, a Hindi page quoting a
# Russian name is not.
FOREIGN_SCRIPT_SHARE = 0.5
# A page's language, as its <html lang> states it.
HTML_LANGUAGE = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})", re.I)


def _unreadable_encoding(raw: bytes, text: str, encoding: str) -> str | None:
    """Why bytes that are no UTF-8 cannot be read, or ``None``: they declare a charset Python
    has no codec for (``x-iscii-de``, ISCII, the Indian code of legacy Hindi sites), or the code
    page guessed for them gives mostly letters of another script than the language their page
    states (a page of ``lang="hi"`` read as Cyrillic): either would make an article of junk.

    >>> page = b'<html lang="hi"><meta charset="x-iscii-de"><p>\\xd4\\xdb\\xc5</p>'
    >>> _unreadable_encoding(page, "", "iso8859-5")
    'in a charset compare cannot decode (x-iscii-de, as it declares): save it as UTF-8 to compare it'
    >>> _unreadable_encoding(b'<html lang="hi"><p>\\xd4\\xdb</p>', '<html lang="hi"><p>дл</p>', "iso8859-5")
    'in a code page that reads as another script (Cyrillic as iso8859-5, not the Hindi its page states, lang="hi"): save it as UTF-8 to compare it'
    >>> _unreadable_encoding(b"caf\\xe9", "café", "cp1252")
    """
    # A file wholly in Unicode is read as its bytes are, whatever its page declares; a file
    # with lines in a code page ("utf-8+iso8859-5") is read there by a guess.
    if encoding in WHOLLY_UNICODE or encoding.startswith(("utf-16", "utf-32")):
        return None
    if (declared := DECLARED_CHARSET.search(raw[:DECLARATION_BYTES])) is not None:
        charset = declared.group(1).decode("ascii")
        try:
            codecs.lookup(charset)
        except LookupError:
            # Said as a kind, "in a charset ...", as a count of files so skipped reads it.
            return f"in a charset compare cannot decode ({charset}, as it declares): {SAVE_AS_UTF8}"
    if (stated := HTML_LANGUAGE.search(text[:DECLARATION_BYTES])) is None:
        return None
    language = stated.group(1).casefold()
    scripts = Counter(
        unicodedata.name(char, "").partition(" ")[0]
        for char in text
        if char.isalpha() and not char.isascii()
    )
    own = sum(n for script, n in scripts.items() if language in SCRIPT_LANGUAGES.get(script, ()))
    foreign = [s for s, n in scripts.most_common() if language not in SCRIPT_LANGUAGES.get(s, ())]
    known = any(language in languages for languages in SCRIPT_LANGUAGES.values())
    if known and foreign and scripts.total() - own > FOREIGN_SCRIPT_SHARE * scripts.total():
        name = LANGUAGE_NAMES.get(language, language)
        return (
            f"in a code page that reads as another script ({foreign[0].title()} as "
            f'{encoding}, not the {name} its page states, lang="{language}"): {SAVE_AS_UTF8}'
        )
    return None


SAVE_AS_UTF8 = "save it as UTF-8 to compare it"
WHOLLY_UNICODE = ("utf-8", "utf-8-sig", UTF8_READ_AS_CP1252)


def _codec_name(codec: str) -> str:
    """A codec's name as the reader gives every encoding it read: Python's, with hyphens for
    its underscores, as "utf-8" and "utf-8-sig" are written ("koi8-r", "iso8859-2"; "cp1252"
    as it is). Python reads its codec by either.

    >>> _codec_name("koi8_r"), _codec_name("utf-8+mac_cyrillic"), _codec_name("cp1256")
    ('koi8-r', 'utf-8+mac-cyrillic', 'cp1256')
    """
    return codec.replace("_", "-")


def _json_lines_without_zero_bytes(raw: bytes) -> tuple[str, tuple[int, ...]] | None:
    """The text of a JSON Lines file whose lines but some are UTF-8 text, each of the others,
    which hold zero bytes, left empty, and their numbers; ``None`` when no line is text so
    (UTF-16 puts a zero byte on every line, and binary data is no UTF-8).

    JSON escapes every control character, so a zero byte in UTF-8 JSON is damage: the padding a
    file cut short by a crash ends in. The other lines are records as ever.

    >>> _json_lines_without_zero_bytes(b'{"text": "Talks ended."}\\n\\x00\\x00\\n')
    ('{"text": "Talks ended."}\\n\\n', (2,))
    """
    lines = raw.split(b"\n")
    cut = tuple(number for number, line in enumerate(lines, start=1) if b"\x00" in line)
    kept = b"\n".join(b"" if b"\x00" in line else line for line in lines)
    try:
        text = kept.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if not text.strip() or CONTROL_CHARACTERS.search(text):
        return None
    return _normalise(text), cut


def _utf16_without_mark(raw: bytes) -> tuple[str, str] | None:
    """The text of UTF-16 bytes with no byte order mark, or ``None`` (binary). Text that has
    spaces, digits or Latin letters has zero high bytes (a tenth at least, from spaces alone),
    beside ASCII's low bytes all but always, and all but no zero low bytes; binary data has zeros
    in both, any byte beside a zero, or control characters.

    >>> _utf16_without_mark("Talks ended on Monday.".encode("utf-16-be"))
    ('Talks ended on Monday.', 'utf-16-be')
    >>> _utf16_without_mark(b"\\x89P\\x00\\xff\\xfe\\x01" * 8) is None
    True

    Text mostly beyond Latin has few zero bytes, in either byte of its characters: the high
    byte of a space or a digit, the low byte of "\u4e00" (U+4E00, one) or of an ideographic
    space (U+3000). It is read in the order that gives letters (see :func:`_reads_as_letters`),
    unless its bytes are UTF-8 but for their zero bytes, a text that :func:`_without_zero_bytes`
    reads without them.

    >>> one_week = "\u7f62\u5de5\u6301\u7eed\u4e00\u5468\u3002"  # the strike lasted a week
    >>> _utf16_without_mark(one_week.encode("utf-16-le")) == (one_week, "utf-16-le")
    True
    """
    head = raw[:8192].rstrip(b"\x00")
    for codec, high, low in (
        ("utf-16-le", head[1::2], head[0::2]),
        ("utf-16-be", head[0::2], head[1::2]),
    ):
        # An odd last byte has no pair: zip leaves it out.
        beside_zero = [byte for zero, byte in zip(high, low, strict=False) if zero == 0]
        ascii_beside_zero = sum(byte < ASCII_END for byte in beside_zero)
        if (
            high.count(0) > len(high) * UTF16_ZERO_HIGH_BYTES
            and low.count(0) <= len(low) * UTF16_ZERO_LOW_BYTES
            and ascii_beside_zero >= len(beside_zero) * UTF16_ASCII_OF_ZERO_HIGH_BYTES
        ):
            # An odd last byte or a NUL terminator, as Windows tools leave them, is not text.
            text = raw[: len(raw) // 2 * 2].decode(codec, errors="replace").rstrip("\x00")
            if not _is_binary(text):
                return _normalise(text), codec
    if 0 not in head or _is_utf8(raw.replace(b"\x00", b"")):
        return None
    for codec in ("utf-16-le", "utf-16-be"):
        if _reads_as_letters(head[: len(head) // 2 * 2].decode(codec, errors="replace")):
            text = raw[: len(raw) // 2 * 2].decode(codec, errors="replace").rstrip("\x00")
            return None if _is_binary(text) else (_normalise(text), codec)
    return None


def _reads_as_letters(text: str) -> bool:
    """Whether UTF-16 bytes read as ``text`` are text mostly of letters, whatever its script:
    letters are most of its characters but spaces (``UTF16_MIN_LETTERS``), a stray few at most
    are of a kind no text writes (``UNWRITTEN_CATEGORIES``), few of a zero low byte
    (``UTF16_ZERO_LOW_BYTES_BEYOND_LATIN``), and those of a zero high byte mostly ASCII's, as in
    the rest of UTF-16 text (binary data's are any byte: "\u00ff").

    >>> _reads_as_letters("\u6e2f\u53e3\u5173\u95ed\u4e86 3 \u5929\u3002"), _reads_as_letters("\u2065\u6854\u20ac\ue000")
    (True, False)
    >>> _reads_as_letters("\u5089\u00ff\ufe01" * 8)
    False
    """
    kinds = [unicodedata.category(character) for character in text if not character.isspace()]
    unwritten = sum(kind in UNWRITTEN_CATEGORIES for kind in kinds)
    letters = sum(kind[0] == "L" for kind in kinds)
    of_zero_high_byte = [character for character in text if ord(character) < ZERO_HIGH_BYTE_END]
    ascii_of_zero_high_byte = sum(map(str.isascii, of_zero_high_byte))
    of_zero_low_byte = sum(ord(character) % ZERO_HIGH_BYTE_END == 0 for character in text)
    return (
        letters >= len(kinds) * UTF16_MIN_LETTERS
        and of_zero_low_byte <= len(text) * UTF16_ZERO_LOW_BYTES_BEYOND_LATIN
        and unwritten <= len(kinds) * MAX_UNREADABLE
        and ascii_of_zero_high_byte >= len(of_zero_high_byte) * UTF16_ASCII_OF_ZERO_HIGH_BYTES
    )


def _is_binary(text: str) -> bool:
    """Whether bytes read as ``text`` by a Unicode codec are binary data, not text: they hold
    control characters, or more than a stray few characters that could not be read."""
    return CONTROL_CHARACTERS.search(text) is not None or (
        len(UNREADABLE.findall(text)) > len(text) * MAX_UNREADABLE
    )


def _holds_utf8_lines(raw: bytes) -> bool:
    """Whether a line holding bytes beyond ASCII is UTF-8, in bytes that as a whole are not: lines
    of two encodings, however many of each, such as a UTF-8 feed merged with a few records
    exported from Windows, or a legacy Windows-1252 feed with UTF-8 records appended.

    A code page's line is UTF-8 by chance almost never (each of its letters beyond ASCII would
    have to stand before one or two of its signs), so a file wholly in one code page has no such
    line. Guessed whole, a file of two encodings is read wrong throughout: charset-normalizer,
    asked about a long file that is mostly ASCII, may pick a DOS code page that reads every UTF-8
    letter wrong ("Incendie \u00fb Lyon" in cp775 for "Incendie \u00e0 Lyon"), or, for a
    Windows-1252 feed with a Russian record in UTF-8, a Baltic one that reads neither right.

    >>> utf8, cp1252 = "Gr\\u00e8ve \\u00e0 Nantes\\n".encode(), "Caf\\u00e9 rouvert\\n".encode("cp1252")
    >>> _holds_utf8_lines(cp1252 + cp1252 + utf8), _holds_utf8_lines(cp1252 + cp1252)
    (True, False)
    """
    return any(not line.isascii() and _is_utf8(line) for line in raw.splitlines())


def _lines_not_utf8(raw: bytes) -> tuple[int, ...]:
    """The numbers of the lines of ``raw`` that are not UTF-8, from 1.

    >>> _lines_not_utf8("Caf\\u00e9 reopens\\r\\n".encode() + "Caf\\u00e9 reopens".encode("cp1252"))
    (2,)
    """
    return tuple(
        number for number, line in enumerate(raw.splitlines(), start=1) if not _is_utf8(line)
    )


def _is_utf8(line: bytes) -> bool:
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _with_passage(raw: bytes) -> tuple[str, str]:
    """Bytes read as UTF-8 with lines pasted in from a code page, and the encoding read, the
    code page after ``PASTED_INTO_UTF8``. The lines that are not UTF-8 are read in the code page
    :func:`_guess` finds for their bytes together, as it would for a file of them alone, so that
    a Russian record pasted into a UTF-8 feed from Windows-1251 reads in Cyrillic. Where it
    finds none, or those lines hold UTF-8's own punctuation or letters too (a line of each
    encoding, which no one code page reads), each byte that is not UTF-8 is read as
    Windows-1252, the commonest, and the rest of its line as UTF-8.

    >>> utf8, russian = "Gr\\u00e8ve \\u00e0 Nantes\\n", "\\u041f\\u043e\\u0436\\u0430\\u0440 \\u0432 \\u041c\\u043e\\u0441\\u043a\\u0432\\u0435"
    >>> _with_passage(utf8.encode() + russian.encode("cp1251")) == (utf8 + russian, "utf-8+cp1251")
    True
    >>> _with_passage(utf8.encode() + "Caf\\u00e9 ferm\\u00e9".encode("cp1252"))
    ('Grève à Nantes\\nCafé fermé', 'utf-8+cp1252')
    """
    lines = raw.splitlines(keepends=True)
    pasted = b"".join(line for line in lines if not _is_utf8(line))
    guessed = (
        None
        if UTF8_PUNCTUATION.search(pasted) or UTF8_LATIN_LETTER.search(pasted)
        else _guess(pasted)
    )
    if guessed is None or not _one_byte_a_letter(guessed[1]):
        return raw.decode("utf-8", errors=STRAY_BYTES_AS_CP1252), f"{PASTED_INTO_UTF8}cp1252"
    code_page = guessed[1]
    return "".join(_line_in(line, code_page) for line in lines), f"{PASTED_INTO_UTF8}{code_page}"


@cache
def _one_byte_a_letter(code_page: str) -> bool:
    """Whether ``code_page`` reads each byte as one character and ASCII as ASCII, as the Windows,
    ISO 8859 and KOI8 pages do: a line or two pasted into a UTF-8 file are too few bytes to tell
    UTF-16 or Big5 by, and read so "Zo\xeb said." came out as CJK characters that took in the
    next line.

    >>> _one_byte_a_letter("cp1251"), _one_byte_a_letter("utf_16_le"), _one_byte_a_letter("big5")
    (True, False, False)
    """
    every_byte = bytes(range(256)).decode(code_page, errors="replace")
    return len(every_byte) == len(range(256)) and every_byte[:128] == bytes(range(128)).decode()


def _line_in(line: bytes, code_page: str) -> str:
    """A line read as UTF-8, or in ``code_page`` where it is not UTF-8."""
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        return line.decode(code_page, errors="replace")


def _stray_bytes_as_cp1252(error: UnicodeError) -> tuple[str, int]:
    """A codec error handler: bytes that are not UTF-8 read as Windows-1252 (U+FFFD if undefined)."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    stray = error.object[error.start : error.end]
    return stray.decode("cp1252", errors="replace"), error.end


STRAY_BYTES_AS_CP1252 = "compare-stray-bytes-as-cp1252"
# The encoding recorded for UTF-8 with a passage pasted in from a code page opens so, the code
# page after it: "utf-8+cp1252".
PASTED_INTO_UTF8 = "utf-8+"
# UTF-8's curly quotes, dashes and ellipsis (U+2010-U+203F). No code page writes their bytes in
# text ("\u00e2\u20ac" in Windows-1252, "\u0432\u0402" in Windows-1251, C1 controls in ISO 8859):
# bytes that hold them and are no UTF-8 are UTF-8 with another encoding's passage pasted in.
UTF8_PUNCTUATION = re.compile(b"\xe2\x80[\x90-\xbf]")
# UTF-8's accented Latin letters inside a word ("\u00e3" of "S\u00e3o"), which a Latin code page
# reads as a capital and a sign before a small letter ("S\u00c3\u00a3o"), as no language writes;
# a capital "\u00c3" ends words in capitals ("AMANH\u00c3" and a no-break space).
UTF8_LATIN_LETTER = re.compile(b"[A-Za-z][\xc2\xc3][\x80-\xbf][a-z]")
# The code pages of Latin-script languages, the commonest first: Western, Central European (both
# of its code pages), Turkish, Baltic.
LATIN_CODE_PAGES = ("cp1252", "cp1250", "iso8859_2", "cp1254", "cp1257")
# The Latin code pages of DOS, HP-UX and the classic Mac OS, which charset-normalizer may pick for
# a short text in Windows-1252 ("Pe\u00fea and Bj\u2014rk" in HP Roman-8 for "Pe\u00f1a and
# Bj\u00f6rk"), and which saved articles are seldom in: Windows-1252 wins when it reads the bytes
# without a misread word (see _misread); text that is in one reads as signs inside words there.
OLD_SYSTEMS_LATIN_CODE_PAGES = frozenset(
    {
        "hp_roman8",
        "cp437",
        "cp775",
        "cp850",
        "cp852",
        "cp857",
        "cp858",
        "cp860",
        "cp861",
        "cp863",
        "cp865",
        "mac_iceland",
        "mac_latin2",
        "mac_roman",
        "mac_turkish",
    }
)
# The Chinese and Korean code pages of many bytes a character, which charset-normalizer may pick
# for a sentence or two of Shift JIS (see _kana_reading).
CHINESE_AND_KOREAN_CODE_PAGES = frozenset(
    {"cp949", "euc_kr", "johab", "gb2312", "gbk", "gb18030", "big5", "big5hkscs", "cp950"}
)
# What Windows-1252 reads for letters of the DOS code pages ("\u00e4", "\u00f6", "\u00f4", "\u00e0").
OLD_SYSTEM_LETTERS = frozenset("\u201e\u201d\u201c\u2026")
# A word that holds a letter beyond ASCII.
ACCENTED_WORD = re.compile(r"[^\W\d_]*[^\x00-\x7f\W\d_][^\W\d_]*")
# A character beyond ASCII between two letters, or opening a word (after a space or the text's
# start) before one. Only ASCII letters count, as every reading of the bytes reads them alike: each
# reading is judged at the same places, and a character beyond ASCII before it may be a mark in the
# text ("\u00ab\u00a0Nous"). Each pattern starts with the character, then looks behind it: one
# that starts by looking behind is tried at every character.
BETWEEN_LETTERS = re.compile(r"[^\x00-\x7f](?<=[A-Za-z].)(?=[A-Za-z])")
OPENING_A_WORD = re.compile(r"[^\x00-\x7f](?<!\S.)(?=[A-Za-z])")
# What may stand between two letters that is no letter: apostrophes, hyphens, dashes, a middle dot,
# a soft hyphen; and where a space is left out, an ellipsis, a bullet, quotation marks or a
# trademark sign ("Well\u2026I", "Home\u2022News", "Windows\u00aeXP"). Not the low single
# quote, which German sets after a space and Windows-1252 reads for DOS's "\u00e9" ("d\u201aclar\u201a").
IN_WORD_MARKS = frozenset(
    "'\u2019\u2018\u00b4\u02bc-\u2010\u2011\u2013\u2014\u00b7\u00ad"
    "\u2026\u2022\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a\u00ae\u2122"
)
# Symbols that open a word: "41 \u00b0C", "\u00a9Reuters". Between letters they are signs as any
# other ("poinformowa\u00b0a" is Polish read as HP Roman-8).
WORD_OPENING_SIGNS = frozenset("\u00b0\u00a9")
# A byte above ASCII with a space, a bracket or the text's edge before it and a space or a mark
# after it: a character standing alone, as punctuation does.
LONE_BYTE = re.compile(rb"[\x80-\xff](?<![^\s(\[][\x80-\xff])(?![^\s,.;:!?)\]])")
# A character beyond ASCII after a letter and before a small ASCII letter; and one opening a
# word. Each pattern starts with the character, then looks behind it (see BETWEEN_LETTERS).
CAPITAL_INSIDE_A_WORD = re.compile(r"[^\x00-\x7f](?<=[^\W\d_].)(?=[a-z])")
MARK_OPENING_A_WORD = re.compile(r"[^\x00-\x7f](?<![^\s].)")
# Han, kana and Hangul, whose writers put no space between their words (Korean does, but its
# syllables are as telling), and ASCII letters; a text of Latin words has ten times as many
# ASCII letters as it has characters beyond ASCII.
UNSPACED_SCRIPT = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff61-\uff9f]")
ASCII_LETTERS = re.compile("[A-Za-z]")
MOSTLY_LATIN = 10
codecs.register_error(STRAY_BYTES_AS_CP1252, _stray_bytes_as_cp1252)


def article_text(text: str) -> str:
    """An article's text as the reader gives every one: :func:`_normalise`'s, and Unicode's line
    and paragraph separators, which JSON feeds write, ending its lines as ``\\n`` does.

    >>> article_text("Bridge closed\\u2028Officials said it would stay shut.\\r\\nThe mayor agreed.")
    'Bridge closed\\nOfficials said it would stay shut.\\nThe mayor agreed.'
    """
    return _normalise(text).translate(LINE_SEPARATORS)


def _normalise(text: str) -> str:
    """Text with ``\n`` for line endings, in NFC, without the characters that show nothing
    (``UNSEEN``), which would tell apart words a copy shows alike: "spok\u00adesman" is
    "spokesman"."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    return _without_unseen(text)


def _without_unseen(text: str) -> str:
    """Text without the characters that show nothing (``UNSEEN``), those that stand for others
    written as those (``UNSEEN_AS_SEEN``).

    >>> _without_unseen("spok\u00adesman sa\u200did \u200bit"), _without_unseen("\u0e44\u200b\u0e17")
    ('spokesman said it', '\u0e44\u200b\u0e17')
    """
    if not UNSEEN.search(text):
        return text
    return UNSEEN.sub(_unseen_here, text.translate(UNSEEN_AS_SEEN))


def _unseen_here(found: re.Match[str]) -> str:
    """What a character ``UNSEEN`` found is where it stands: nothing, but a zero-width space
    between two letters of a script that marks its words' ends with it, and a joiner not after a
    Latin, Greek or Cyrillic letter, which joins letters or emoji."""
    char, text, at = found.group(), found.string, found.start()
    before, after = text[at - 1 : at], text[at + 1 : at + 2]
    if char == "\u200b":
        spaceless = SPACELESS_LETTER.match(before) and SPACELESS_LETTER.match(after)
        return char if spaceless else ""
    if char in "\u200c\u200d":
        return "" if JOINLESS_LETTER.match(before) else char
    return ""


def _detect(raw: bytes) -> tuple[str, str]:
    """Text and encoding of bytes that are not UTF-8: :func:`_guess`'s. When no encoding fits,
    or a Latin code page's reading holds UTF-8's accented letters (``UTF8_LATIN_LETTER``), the
    text is read as UTF-8 with a passage pasted in from a code page (:func:`_with_passage`).
    """
    guessed = _guess(raw)
    if guessed is None:
        # No single encoding fits: typically UTF-8 text with a passage pasted in.
        return _with_passage(raw)
    text, encoding = guessed
    if encoding in LATIN_CODE_PAGES and UTF8_LATIN_LETTER.search(raw):
        # UTF-8's own letters read in a Latin code page ("S\u00c3\u00a3o" for "S\u00e3o"),
        # beside a passage that is no UTF-8.
        mixed = _with_passage(raw)
        if not _misread(mixed[0]):
            return mixed
    return text, encoding


def _guess(raw: bytes) -> tuple[str, str] | None:
    """Text and encoding of bytes that are not UTF-8: charset-normalizer's pick, unless unsure;
    ``None`` when no encoding fits.

    On a sentence or two of French, Spanish or English with curly quotes, charset-normalizer
    scores Windows-1252 and other code pages alike and picks one that reads "à" as "ŕ" (cp1250)
    or a closing quote as "ĺ" (cp852). So Windows-1252, the usual encoding of such files, wins
    whenever its reading is as plausible as the pick's. A reading whose Latin letters no one
    language writes is read again in the other Latin code pages (:func:`_one_language_reading`).
    """
    matches = from_bytes(raw)
    pick = matches.best()
    if pick is None:
        return None
    as_cp1252 = raw.decode("cp1252", errors="replace")
    misread_pick = _misread(str(pick))
    if (
        _cp1252_reads_as_well(raw, pick, matches)
        or _cp1252_reads_lone_marks(raw, pick)
        or (pick.encoding in OLD_SYSTEMS_LATIN_CODE_PAGES and not _reads_old_letters(as_cp1252))
        or misread_pick
    ) and not _misread(as_cp1252):
        text, encoding = as_cp1252, "cp1252"
    else:
        # A reading with a sign inside a word is wrong ("Stra\u00bfacy", "\u00a3odzi": Polish read
        # as Windows-1252): the best guess with none wins, so a pick with none is kept.
        lettered = (
            next((match for match in matches if not _misread(str(match))), pick)
            if misread_pick
            else pick
        )
        text, encoding = str(lettered), lettered.encoding
    return _kana_reading(raw, *_one_language_reading(raw, text, encoding))


def _kana_reading(raw: bytes, text: str, encoding: str) -> tuple[str, str]:
    """The bytes read as Japanese (Shift JIS, as Windows writes it) when that reading holds more
    kana than a Chinese or Korean code page's: charset-normalizer reads a sentence or two of
    Shift JIS as Korean syllables no one writes ("\ubc66\ub5c8\uad73" for "\u6771\u4eac\u3067"),
    where a Japanese sentence writes kana ("\u3067", "\u304c", "\u306b"). Korean and Chinese
    bytes read as Shift JIS give half-width katakana at most, which are not counted.

    >>> _kana_reading("\u798f\u5ca1\u3067\u5730\u9707".encode("shift_jis"), "\ubcf5\uac15\uad73", "cp949")
    ('\u798f\u5ca1\u3067\u5730\u9707', 'cp932')
    """
    if encoding not in CHINESE_AND_KOREAN_CODE_PAGES:
        return text, encoding
    try:
        japanese = raw.decode("cp932")
    except UnicodeDecodeError:
        return text, encoding
    if len(KANA.findall(japanese)) > len(KANA.findall(text)):
        return japanese, "cp932"
    return text, encoding


def _reads_old_letters(as_cp1252: str) -> bool:
    """Whether Windows-1252 reads, between two letters, marks that stand for letters of the DOS
    code pages: "K\u201dln" and "Stra\u00e1en" are DOS's "K\u00f6ln" and "Stra\u00dfen", whose
    "\u00f6", "\u00e4", "\u00f4" and "\u00e0" it reads as quotation marks and an ellipsis."""
    return any(char in OLD_SYSTEM_LETTERS for char in BETWEEN_LETTERS.findall(as_cp1252))


def _misread(text: str) -> bool:
    """Whether a reading of bytes has words no language writes: a sign inside a word (see
    :func:`_signs_in_words`), a capital beyond ASCII between a capital and a small letter ("S\u00d0o
    Paulo", "J\u0158rgen": HP Roman-8's and DOS Latin-2's readings of Windows-1252's "S\u00e3o" and
    "J\u00fcrgen"; Irish "na h\u00c9ireann" is Irish), an accent with no letter under it (Vietnamese Windows-1258's "\u0303\u00f3r"
    for "\u00de\u00f3r"), or characters of a script without spaces in a text of Latin words with
    ten times as many ASCII letters (Shift JIS's "Pe\u5924" for "Pe\u00f1a")."""
    if "\ufffd" in text or _signs_in_words(text):
        return True
    if any(
        found.group().isupper() and text[found.start() - 1].isupper()
        for found in CAPITAL_INSIDE_A_WORD.finditer(text)
    ):
        return True
    if any(unicodedata.category(char) == "Mn" for char in MARK_OPENING_A_WORD.findall(text)):
        return True
    unspaced = len(UNSPACED_SCRIPT.findall(text))
    return unspaced > 0 and len(ASCII_LETTERS.findall(text)) > MOSTLY_LATIN * unspaced


def _one_language_reading(raw: bytes, text: str, encoding: str) -> tuple[str, str]:
    """A reading of bytes whose accented letters one language writes (see ``[alphabets]`` in
    ``framing_terms.toml``), for a text read in a Latin code page whose letters none does.

    Czech "p\u0159\u00ed\u0161t\u00ed" read as Windows-1252 gives "p\u00f8\u00ed\u00b9t\u00ed", Danish "\u00f8" beside
    French "\u00e8" in its words, which a short text cannot tell from French and Danish by letter
    frequencies alone: the Central European, Turkish and Baltic code pages are tried, the first
    whose words fit one language wins, else Windows-1252, the commonest. Names may be of any
    language ("Slavoj \u017di\u017eek" in French): names that mix alphabets where the words do not
    make Windows-1252 win if it reads the words alike, as for an English text naming
    "\u00d8degaard", "M\u00fcller" and "Mbapp\u00e9", not Windows-1250's "\u0158degaard"."""
    words, names = _accented_letters(text)
    if not _no_language_writes(words | names):
        return text, encoding
    readings = [(reading, *_accented_letters(reading[0])) for reading in _latin_readings(raw)]
    windows_1252 = [r for r, their_words, _ in readings if r[1] == "cp1252"]
    if _no_language_writes(words):
        fitting = [r for r, their_words, _ in readings if not _no_language_writes(their_words)]
        return next(iter(fitting or windows_1252), (text, encoding))
    # Only the names mix, which names from several languages do ("S\u00f8ren and Ga\u00ebl" fit
    # no one language, but Lithuanian "S\u0173ren and Ga\u0117l" would): Windows-1252, the
    # commonest, if it reads the words alike.
    same = [r for r, their_words, _ in readings if r[1] == "cp1252" and their_words == words]
    return next(iter(same), (text, encoding))


def _accented_letters(text: str) -> tuple[set[str], set[str]]:
    """The letters beyond ASCII of a text's words and of its names (capitalised words)."""
    words: set[str] = set()
    names: set[str] = set()
    for word in set(ACCENTED_WORD.findall(text)):
        (names if word[0].isupper() else words).update(
            char for char in word if char > "\x7f" and char.isalpha()
        )
    return words, names


def _no_language_writes(letters: set[str]) -> bool:
    """Whether letters beyond ASCII are all Latin but no one language writes them all."""
    return all(unicodedata.name(char, "").startswith("LATIN") for char in letters) and not any(
        letters <= alphabet for alphabet in lexicon().alphabets
    )


def _latin_readings(raw: bytes) -> list[tuple[str, str]]:
    """The readings of bytes in the code pages of :data:`LATIN_CODE_PAGES` that have no sign
    inside a word, with the code page of each."""
    readings = []
    for code_page in LATIN_CODE_PAGES:
        try:
            text = raw.decode(code_page)
        except UnicodeDecodeError:
            continue
        if not _signs_in_words(text):
            readings.append((text, code_page))
    return readings


def _signs_in_words(text: str) -> bool:
    """Whether a reading of bytes puts a sign between two letters (a sign: no letter, space or
    mark of :data:`IN_WORD_MARKS`) or opening a word (a sign: a symbol or a number, save
    :data:`WORD_OPENING_SIGNS`; a quotation mark may stand there). The text is judged, not its
    bytes one by one: a byte of a multi-byte encoding is no character on its own."""
    return any(
        not (char.isalpha() or char.isspace() or char in IN_WORD_MARKS)
        for char in BETWEEN_LETTERS.findall(text)
    ) or any(
        unicodedata.category(char)[0] in "SN" and char not in WORD_OPENING_SIGNS
        for char in OPENING_A_WORD.findall(text)
    )


def _cp1252_reads_lone_marks(raw: bytes, pick: CharsetMatch) -> bool:
    """Whether Windows-1252 reads as punctuation a byte standing alone between spaces, which the
    pick reads as a Latin letter: "\u00ab Ils sont sains \u00bb" is French in quotation marks, not
    "\u0166 Ils sont sains \u0167" (ISO-8859-10, which charset-normalizer may prefer on a short text);
    a letter seldom stands alone, save words such as "à", which both read as letters."""
    lone = set(LONE_BYTE.findall(raw))
    try:
        raw.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return any(
        not byte.decode("cp1252").isalpha()
        and unicodedata.name(read := byte.decode(pick.encoding, errors="replace"), "").startswith(
            "LATIN"
        )
        and read.isalpha()
        for byte in lone
    )


def _cp1252_reads_as_well(raw: bytes, pick: CharsetMatch, matches: CharsetMatches) -> bool:
    """Whether Windows-1252 reads the bytes as plausibly as the detector's pick.

    Plausibly: its only non-ASCII characters are punctuation (curly quotes, dashes: English
    typed on Windows, which other code pages turn into letters), or a candidate reading the
    bytes as Windows-1252 does is no more garbled (chaos) and as much like a language
    (coherence) as the pick.
    """
    # Single-byte code pages agree on the text exactly when they agree on its distinct bytes.
    non_ascii = [bytes([byte]) for byte in sorted(set(raw.translate(None, ASCII_BYTES)))]
    try:
        as_cp1252 = [byte.decode("cp1252") for byte in non_ascii]
    except UnicodeDecodeError:
        return False
    if not any(char.isalpha() for char in as_cp1252):
        return True

    def reads_as_cp1252(encoding: str) -> bool:
        return [byte.decode(encoding, errors="replace") for byte in non_ascii] == as_cp1252

    return any(
        reads_as_cp1252(match.encoding)
        and match.chaos <= pick.chaos
        and match.coherence >= pick.coherence
        for match in matches
    )


def document_from_html(html: str, id: str, source: str | None = None) -> Document:
    """The article of a web page or of an HTML fragment (a content system's body) as a
    :class:`~compare.records.Document`, read as ``compare run`` reads a saved ``.html`` file:
    menus, share bars, embedded posts, newsletter boxes and related stories left out; its title,
    author, date, address and links from the page. Its ``source`` is the one given, else the
    site the page names, else its ``id``.

    Raises:
        InputError: the page holds no article text (an error page, a list of headlines).

    >>> page = ("<html><head><title>Dam fails | Valley Post</title></head><body><p>The dam failed"
    ...     " on Monday, flooding the valley below it.</p><blockquote class='twitter-tweet'><p>"
    ...     "Stay away from the river.</p>&mdash; Police (@ValleyPolice) June 14, 2025"
    ...     "</blockquote></body></html>")
    >>> doc = document_from_html(page, "vp-1")
    >>> doc.id, doc.source, doc.title, doc.text
    ('vp-1', 'Valley Post', 'Dam fails', 'The dam failed on Monday, flooding the valley below it.')
    """
    (read,) = _read_html(_Origin("", id, id, "utf-8", id), html, source=source, by_entry=False)
    if isinstance(read, Skipped):
        raise InputError(f"document {id!r}: {read.reason}")
    return replace(read.document, id=id)


def document_from_record(record: Mapping[str, Any], source: str | None = None) -> Document:
    """A feed's record, a JSON object as a ``.json`` or ``.jsonl`` file holds it, as a
    :class:`~compare.records.Document`, read as ``compare run`` reads such a record: its text
    from ``text`` (or ``body``, ``content``, ...), its date and time from ``date`` (or
    ``published``, ``published_at``, ...), its modification from ``modified``, its title, address,
    author, credits and language from their fields (see :data:`TEXT_FIELDS`, :data:`DATE_FIELDS`
    and the other ``*_FIELDS``). Its id is the record's ``id`` (or ``guid``, ...), else
    ``record-`` and a key of its text, as a feed's record without one is named; its outlet the
    record's ``source`` (or ``outlet``, ``publication``, ...), else the ``source`` given.

    Raises:
        InputError: the record is no JSON object, gives no text, or names no outlet and no
            ``source`` is given.

    >>> doc = document_from_record({"id": "tv-1", "source": "Channel 9", "title": "Fares rise",
    ...     "date": "2026-05-13T08:00:00Z", "text": "The council voted to raise bus fares."})
    >>> doc.id, doc.source, doc.title, doc.published, doc.published_time
    ('tv-1', 'Channel 9', 'Fares rise', '2026-05-13', '2026-05-13T08:00:00Z')
    """
    given = dict(record) if isinstance(record, Mapping) else record
    if (
        source is None
        and isinstance(given, dict)
        and not any(_field_text(given.get(key)) for key in SOURCE_FIELDS)
    ):
        raise InputError(
            f"the record names no outlet in {', '.join(SOURCE_FIELDS[:3])} or the like: "
            "give source="
        )
    origin = _Origin("", RECORD_STEM, RECORD_STEM, "utf-8", "")
    for read in _records_read(origin, [("", given, None)], source):
        if isinstance(read, Skipped):
            raise InputError(f"the record is skipped: {read.reason}")
        if isinstance(read, _Claim):
            return replace(read.document, encoding=None)
    raise InputError("the record holds no article: it is a feed's service message")


def _read_html(
    origin: _Origin,
    page: str,
    source: str | None = None,
    given: Mapping[str, str] = MappingProxyType({}),
    *,
    by_entry: bool = True,
) -> list[_Claim] | list[Skipped]:
    """The article of a saved web page: its body text, title, author, date and site name
    (``source``, when given, names its outlet instead), and the fields of ``given`` where the
    page gives none (an e-mail's subject, sender and date, a saved page's address);
    ``by_entry``, a live page's entries each apart (see :func:`_entry_claims`)."""
    tree = _html_tree(page)
    found = None
    entries: list[LiveEntry] = []
    if tree is not None:
        modified = _page_modified(tree)
        published = _page_published(tree)
        if by_entry:
            entries = live_entries(tree, _live_updates(tree), published, _dated_elsewhere)
        elsewhere = _times_elsewhere(tree)
        address = _page_address(tree)
        pages = {way: _page_links(tree, way, origin.shown, address) for way in ("next", "prev")}
        noted = _marks_link_to_own_notes(tree)
        _drop_furniture(tree)
        anchors = _anchors(tree)
        found = _extracted(tree, with_metadata=True)
    if (
        tree is None
        or found is None
        or (len((text := found.text or "").split()) < MIN_PAGE_WORDS and len(text) < MIN_PAGE_CHARS)
    ):
        return [
            Skipped(
                origin.shown, "no article text found in the web page", SkipReason.NO_ARTICLE_TEXT
            )
        ]
    titles = (found.title or "", tree.findtext(".//title") or "")
    if len(text.split()) <= MAX_ERROR_PAGE_WORDS and any(map(ERROR_PAGE_TITLE.search, titles)):
        reason = f"an error page, not an article: {_quoted(titles[0])}"
        return [Skipped(origin.shown, reason, SkipReason.ERROR_PAGE)]
    headings = (*titles, str(tree.xpath("string(//h1)")))
    if _asks_consent(headings, text):
        return [Skipped(origin.shown, CONSENT_PAGE, SkipReason.CONSENT_PAGE)]
    if _lists_headlines(text) and _lines_linked(tree, text):
        return [Skipped(origin.shown, HEADLINE_LIST, SkipReason.HEADLINE_LIST)]
    # A page whose metadata names no site gets its address's host for one from trafilatura,
    # where the title's outlet part ("Headline | Metro Daily Post") names it; the host stays
    # the source when nothing else names the outlet.
    site_named = None if found.sitename == _site(found.url) else found.sitename
    headline, site = _headline_and_site(
        found.title, site_named, titles[1], str(tree.xpath("string(//h1)"))
    )
    meta = {
        "language": next(filter(None, map(language_code, tree.xpath(PAGE_LANGUAGE))), None),
        "title": headline,
        "source": source or site or found.hostname,
        "date": published or (None if time_field(found.date) in elsewhere else found.date),
        "modified": modified,
        "url": address or found.url,
        "author": _page_authors(found.author, tree),
    }
    meta |= {key: value for key, value in given.items() if not meta.get(key)}
    if entries:
        return _entry_claims(origin, entries, meta, anchors, own_notes=noted)
    # An article's <h1> repeats its title, and its byline and date may stand in its text: they
    # are no sentences of it. The page marks its headings, so no plain line is taken for one.
    body = _without_headings(_after_opening(_as_lines(text), meta, headline_alone=False), tree)
    claim = _document(
        origin,
        origin.stem,
        origin.label,
        body,
        meta,
        links=_links_in(anchors, body),
        own_notes=noted,
    )
    return [replace(claim, next_pages=pages["next"], previous_pages=pages["prev"])]


def _entry_claims(
    origin: _Origin,
    entries: Sequence[LiveEntry],
    meta: Mapping[str, Any],
    anchors: Sequence[tuple[str, str]],
    *,
    own_notes: bool,
) -> list[_Claim]:
    """A live page's ``entries`` (:func:`~compare.live_pages.live_entries`), each a document of
    the page's outlet and author: read at ``page.html#<anchor>``, its address the page's with the
    entry's anchor, its date when it was posted, its title the entry's own heading, if it has
    one, before the page's headline: its story is named after it. Each save of the page dates its entries' versions, by the page's modification
    time, else the capture time its file's name gives, else its newest entry's time (a browser
    names its saves "live (1).html"): an entry's text stood so by then, and the saves are ordered.
    An entry with no text (an embedded post alone) is left out."""
    newest = max(entries, key=lambda entry: time_field(entry.posted) or "").posted
    saved = meta["modified"] or (None if named_capture_time(origin.stem) else newest)
    claims = []
    for entry in entries:
        body = _html_body(entry.markup)
        if not body.strip():
            continue
        title = " \u2014 ".join(filter(None, (entry.heading, meta["title"])))
        url = f"{meta['url'].partition('#')[0]}#{entry.anchor}" if meta["url"] else None
        entry_meta = {
            **meta,
            "title": title,
            "date": entry.posted,
            "modified": None,
            "captured_at": saved,
            "url": url,
        }
        claim = _document(
            origin,
            f"{origin.stem}-{entry.anchor}",
            origin.label,
            body,
            entry_meta,
            where=f"{origin.shown}#{entry.anchor}",
            links=_links_in(anchors, body),
            own_notes=own_notes,
        )
        claims.append(replace(claim, live_entry=True))
    return claims


def _live_updates(tree: HtmlElement) -> list[Mapping[str, Any]]:
    """The entries a live page's JSON-LD lists (``liveBlogUpdate`` of a ``LiveBlogPosting``)."""
    nodes = _page_data_nodes(tree)
    updates: list[Mapping[str, Any]] = []
    for node in nodes:
        if _names_a_type(node, LIVE_DATA_TYPE, untyped=False):
            listed = node.get("liveBlogUpdate") or []
            updates += [
                u for u in (listed if isinstance(listed, list) else [listed]) if isinstance(u, dict)
            ]
    return updates


def _marks_link_to_own_notes(tree: HtmlElement) -> bool:
    """Whether a page's reference marks ("[2]") point to notes the page holds: they link to an
    item of its own ("#cite_note-2"), or to a place in the page beside a numbered list named its
    references (``<ol class="references">``), as a saved wiki page's do. Its list is read
    without the numbers an ``<ol>`` shows, so its marks would seem to point to no note and make
    the page read as a copy that left its notes behind (retest of acceptance round 36, 4).

    >>> from lxml import html
    >>> wiki = ('<p>Opened in 1926.<sup><a href="#cite_note-2">[2]</a></sup></p>'
    ...     '<ol class="references"><li>The Ledger.</li></ol>')
    >>> pasted = '<p>Opened in 1926.<sup><a href="https://wiki.example/Bus#cite_note-2">[2]</a></sup></p>'
    >>> _marks_link_to_own_notes(html.fromstring(wiki)), _marks_link_to_own_notes(html.fromstring(pasted))
    (True, False)
    """
    ids = set(tree.xpath("//@id"))
    listed = any(
        CITATION_BOX.fullmatch(name) for ol in tree.iter("ol") for name in _named(ol).split()
    )
    return any(
        MARK_LABEL.fullmatch(link.text_content().strip())
        and (listed or link.get("href")[1:] in ids)
        for link in tree.xpath('//a[starts-with(@href, "#")]')
    )


def _asks_consent(headings: Sequence[str], text: str) -> bool:
    """Whether a page is a cookie-consent wall saved instead of its article: a title or heading
    of one (``CONSENT_PAGE_TITLE``) over a short text that speaks of cookies, consent or the
    site's partners.

    >>> _asks_consent(("Before you continue", ""), "We and our partners use cookies.")
    True
    >>> _asks_consent(("We value your privacy, says app maker", ""), "The app uses cookies.")
    False
    """
    return (
        any(CONSENT_PAGE_TITLE.search(heading) for heading in headings)
        and len(text.split()) <= MAX_CONSENT_PAGE_WORDS
        and CONSENT_WORDS.search(text) is not None
    )


def _cut_by_paywall(notice: str) -> str:
    """What the warning on a text that ends at a paywall's ``notice`` says of it: a page saved
    without logging in holds the article's first paragraphs alone, and compares as if they were
    all of it."""
    return (
        f'ends at a paywall ("{_quoted(notice)}"): it may hold only the start of the article; '
        "log in, then save the page again to compare all of it"
    )


def _html_tree(page: str) -> HtmlElement | None:
    """A web page's or an HTML fragment's tree; ``None`` for one of nothing but comments and
    processing instructions."""
    try:
        # Parsed here rather than by trafilatura: without huge_tree, libxml2 silently stops
        # reading a page of more than 10 MB, which a page saved with its images inline can be.
        return document_fromstring(page.encode("utf-8"), parser=HTML_PARSER)
    except ParserError:
        return None


def _drop_furniture(tree: HtmlElement) -> None:
    """Drop what trafilatura would take for the article's text: a paragraph of links alone, a
    side column's list of stories, a sponsor's paragraph and embedded social media posts
    (:func:`~compare.plain_text.drop_embedded_posts`). It weighs such controls as the
    article's own text and, under a live blog's last entry, drops the entry with them."""
    for control in (
        *_pagers(tree),
        *_link_lines(tree),
        *_side_widgets(tree),
        *_promotions(tree),
        *_citation_boxes(tree),
    ):
        control.drop_tree()
    drop_embedded_posts(tree)


def _extracted(tree: HtmlElement, *, with_metadata: bool) -> Extraction | None:
    """trafilatura's reading of the article in a page's ``tree``, its furniture dropped
    (:func:`_drop_furniture`) and its pull-quotes too (:func:`~compare.plain_text.drop_pull_quotes`),
    its blockquotes read as quotations where they are (see
    :func:`~compare.plain_text.quote_blockquotes`); ``with_metadata``, its title, date, author
    and site name too. A note on the article in a box of its own is kept
    (:func:`~compare.plain_text.keep_note_boxes`); its lines are broken as a browser breaks them
    (:func:`~compare.plain_text.soften_line_breaks`), and its blocks stay lines of their own where
    trafilatura's fallback for a short page runs them together
    (:func:`~compare.plain_text.with_block_breaks`)."""
    keep_note_boxes(tree)
    drop_pull_quotes(tree)
    soften_line_breaks(tree)
    # Its paragraphs tell the page's language, not its head and scripts.
    quote_blockquotes(tree, english=in_english(" ".join(tree.xpath("//p//text()"))))
    import trafilatura

    found = trafilatura.bare_extraction(
        tree,
        with_metadata=with_metadata,
        include_comments=False,
        date_extraction_params=HTML_DATES,
    )
    if found is None or isinstance(found, dict):
        return None
    found.text = with_block_breaks(found.text or "", tree)
    return found


def _as_lines(text: str) -> str:
    """trafilatura's text of a page as an article's lines: a list's items without the dash it
    writes before each, which no sentence of the article holds, and a table's rows as a Markdown
    table's (:func:`_table_rows`)."""
    return _table_rows(LISTED.sub("", article_text(text)))


def _without_headings(body: str, tree: HtmlElement) -> str:
    """A page's article text without its headings (:func:`_without_section_headings`) and the
    standfirst cut short that repeats its lede (:func:`_without_cut_teasers`)."""
    return _without_cut_teasers(_without_section_headings(body, tree))


def _html_body(html: str) -> str:
    r"""The article's text of HTML given as a record's body (a content system's rendered
    paragraphs), read as a saved page's is (:func:`_drop_furniture`, trafilatura): share bars,
    embedded posts, pull quotes, newsletter and author boxes and lists of related stories left
    out. Pictures' captions and credits go too, as a feed's HTML has always lost them. HTML in which
    trafilatura finds no article is read as it stands (:func:`~compare.plain_text.html_text`).

    >>> _html_body('<p>The dam failed on Monday.</p><aside class="pullquote"><p>Crews worked'
    ...     ' all night</p></aside><p>Crews worked all night.</p>').split("\n")
    ['The dam failed on Monday.', 'Crews worked all night.']
    """
    tree = _html_tree(html)
    if tree is None:
        return ""
    strip_elements(tree, *HTML_NOT_TEXT, with_tail=False)
    drop_media_figures(tree)
    _drop_furniture(tree)
    found = _extracted(tree, with_metadata=False)
    if found is None or not (found.text or "").strip():
        return html_text(html)
    return _without_headings(_as_lines(found.text or ""), tree)


def _anchors(tree: HtmlElement) -> list[tuple[str, str]]:
    """The web addresses a page's links in its paragraphs point to, each with its words."""
    return [
        (href, " ".join(anchor.text_content().split()))
        for anchor in tree.xpath("//p//a[@href]")
        if WEB_LINK.match(href := anchor.get("href", "").strip())
    ]


def _links_in(anchors: Sequence[tuple[str, str]], body: str) -> tuple[str, ...]:
    """The addresses of ``anchors`` whose words stand in the article's text ``body``, in order:
    the links of its own paragraphs, not of a teaser or a list of related stories."""
    text = " ".join(body.split())
    return tuple(dict.fromkeys(href for href, words in anchors if words and words in text))


def with_written_links(links: tuple[str, ...], text: str) -> tuple[str, ...]:
    """``links``, then the web addresses ``text`` writes out (``WRITTEN_LINK``), each once: a
    post's "More: https://ledgerline.org/a" links as a page's anchor does.

    >>> with_written_links((), "Dykes broke.\\nMore: https://ledgerline.org/a.")
    ('https://ledgerline.org/a',)
    """
    # Most texts write no address: the pattern is tried only where one may stand.
    if "://" not in text:
        return links
    written = (found.group().rstrip(AFTER_A_LINK) for found in WRITTEN_LINK.finditer(text))
    return tuple(dict.fromkeys([*links, *written]))


def _page_authors(given: str | None, tree: HtmlElement) -> str | None:
    """The names a page gives for its authors: its metadata's (``given``, as trafilatura reads
    them), and those of the byline it shows, which may name whom the writer files for where the
    metadata names the writer alone ("By Lena Ortiz, The Associated Press" over ``"author":
    "Lena Ortiz"``); each name once, the metadata's first, joined with commas as a feed's list
    reads. A date the byline gives after a separator is none ("By Jordan Pike | March 3, 2025":
    trafilatura reads "Jordan Pike; March 3"), nor what follows a name after a dot or a date's
    label (``AFTER_BYLINE_NAMES``).

    >>> page = document_fromstring('<p class="byline">By Lena Ortiz, Harbor Wire</p>')
    >>> _page_authors("Lena Ortiz", page), _page_authors("Lena Ortiz; Harbor Wire", page)
    ('Lena Ortiz, Harbor Wire', 'Lena Ortiz, Harbor Wire')
    >>> _page_authors("Jordan Pike", document_fromstring('<p class="byline">By Jordan Pike | March 3, 2025</p>'))
    'Jordan Pike'
    >>> _page_authors("Ann Lee", document_fromstring('<p class="byline">By Ann Lee · Published 2025-09-16</p>'))
    'Ann Lee'

    trafilatura cuts what is no word character from a name's end, and a combining mark is none:
    the page's own letters are kept.

    >>> _page_authors("सुरेश अवस्थ", document_fromstring('<p class="byline">सुरेश अवस्थी</p>'))
    'सुरेश अवस्थी'

    The wire a byline names its writer with stays with the name, as a feed's author field
    keeps it; a place or an employer that is no wire is left out, as trafilatura leaves it.

    >>> _page_authors("Jane Doe", document_fromstring('<p class="byline">By Jane Doe with Reuters</p>'))
    'Jane Doe with Reuters'
    >>> _page_authors("Jane Doe", document_fromstring('<p class="byline">By Jane Doe in Marrick</p>'))
    'Jane Doe'
    """
    from trafilatura.json_metadata import normalize_authors

    # Without names in its metadata, trafilatura has read the shown byline already: none.
    if not given:
        return None
    written = AFTER_BYLINE_NAMES.sub("", _shown_byline(tree) or "")
    partner = _wire_partner(written)
    # trafilatura reads the wires a partner names as more writers ("Jane Doe; AFP" of "By Jane
    # Doe with Reuters and AFP"): the byline's names are those before the partner.
    written_names = written[: partner.start()] if partner else written
    shown = (normalize_authors(None, written_names) if written_names else None) or ""
    partners = {name.casefold() for name in _partner_names(partner)} if partner else set()
    names: dict[str, str] = {}
    # trafilatura joins a page's authors with semicolons.
    bylines = (AFTER_BYLINE_NAMES.sub("", name) for name in f"{given}; {shown}".split("; "))
    for name in filter(None, bylines):
        if not is_date_like(name) and name.casefold() not in partners:
            names.setdefault(name.casefold(), name)
    if shown and partner:
        last = shown.rpartition("; ")[2].casefold()
        names[last] = f"{names.get(last, last)} {partner.group().strip()}"
    if not all(name.isascii() for name in names.values()):
        written = " ".join([*map(str, tree.xpath("//meta/@content")), tree.text_content()])
        names = {key: _marks_kept(name, written) for key, name in names.items()}
    return ", ".join(names.values()) or None


def _shown_byline(tree: HtmlElement) -> str | None:
    """The byline a page shows, as it writes it: the element trafilatura reads its author from,
    before it cuts the names out of it."""
    from trafilatura.htmlprocessing import prune_unwanted_nodes
    from trafilatura.metadata import extract_metainfo
    from trafilatura.xpaths import AUTHOR_DISCARD_XPATHS, AUTHOR_XPATHS

    kept = prune_unwanted_nodes(deepcopy(tree), AUTHOR_DISCARD_XPATHS)
    return extract_metainfo(kept, AUTHOR_XPATHS, len_limit=MAX_BYLINE_CHARS)


def _wire_partner(byline: str) -> re.Match[str] | None:
    """Where a byline names the wire services its writer files with, with the word that joins
    them to the names ("with NNS" of "By Jane Doe with NNS", "for wire services"); ``None``
    where it names none, or names anything besides ("in Marrick", "for Reuters in Marrick").

    >>> _wire_partner("By Jane Doe with Reuters and AFP").group(), _wire_partner("By Jane Doe in Kent")
    (' with Reuters and AFP', None)
    """
    found = BYLINE_PARTNER.search(byline)
    if found is not None and all(map(_names_an_agency, _partner_names(found))):
        return found
    return None


def _names_an_agency(name: str) -> bool:
    """Whether a byline's partner names a news agency: a wire service, news agencies in general,
    one its name says is one ("Northline News Service"), or initials, as wires sign ("NNS"),
    which a run's outlets may spell out.

    >>> _names_an_agency("NNS"), _names_an_agency("Northline News Service"), _names_an_agency("Tarrow")
    (True, True, False)
    """
    words = lexicon()
    return (
        words.is_agency(name)
        or words.is_agency_brand(name)
        or words.names_wires_in_general(name)
        or AGENCY_INITIALS.fullmatch(name) is not None
    )


def _partner_names(partner: re.Match[str]) -> frozenset[str]:
    """The names a byline's partner lists: "Reuters" and "AFP" of "with Reuters and AFP"."""
    return frozenset(PARTNER_NAMES_SEPARATOR.split(partner["partner"].strip()))


def _marks_kept(name: str, written: str) -> str:
    """``name`` with the combining marks that end it where the page writes it (``written``),
    which trafilatura cut ("एजेंस" for "एजेंसी", agency)."""
    found = re.search(rf"{re.escape(name)}(?:{COMBINING_MARK})+", written)
    return found.group() if found else name


def _page_modified(tree: HtmlElement) -> str | None:
    """When a web page says it was last modified, as it writes it; ``None`` when it gives no
    time with its zone.

    >>> page = document_fromstring('<html><head><script type="application/ld+json">'
    ...     '{"dateModified": "2025-06-12T10:45:00+01:00"}</script></head><body></body></html>')
    >>> _page_modified(page)
    '2025-06-12T10:45:00+01:00'
    """
    given = [*map(str, tree.xpath(PAGE_MODIFIED)), *_article_data(tree, "dateModified")]
    return next((value for value in given if time_field(value)), None)


def _article_data(tree: HtmlElement, key: str) -> list[str]:
    """What a page's JSON-LD article gives for ``key``, in the page's order: the value of each
    object that is an article (``ARTICLE_DATA_TYPE``), at the top, in ``@graph`` or as a page's
    ``mainEntity``; else of the page's own object (``PAGE_DATA_TYPE``); never of an object inside
    one (a comment's or review's date, a list of related stories'). A script that is no JSON
    gives nothing.

    >>> def data(script):
    ...     page = document_fromstring('<html><head><script type="application/ld+json">'
    ...         f'{script}</script></head><body></body></html>')
    ...     return _article_data(page, "datePublished")
    >>> data('{"@type": "NewsArticle", "comment": [{"@type": "Comment", '
    ...     '"datePublished": "2025-11-30"}], "datePublished": "2025-10-21"}')
    ['2025-10-21']
    >>> data('{"@type": "WebPage", "datePublished": "2025-10-20", '
    ...     '"mainEntity": {"@type": "NewsArticle", "datePublished": "2025-10-21"}}')
    ['2025-10-21']
    >>> data('{"@graph": [{"@type": "WebPage", "datePublished": "2025-10-21"}]}')
    ['2025-10-21']
    >>> data('{"@type": "schema:NewsArticle", "datePublished": "2025-10-21"}')
    ['2025-10-21']
    """
    nodes = _page_data_nodes(tree)
    articles = [node for node in nodes if _names_a_type(node, ARTICLE_DATA_TYPE, untyped=True)]
    pages = [node for node in nodes if _names_a_type(node, PAGE_DATA_TYPE, untyped=False)]
    given = [
        [value for node in kind if isinstance(value := node.get(key), str)]
        for kind in (articles, pages)
    ]
    return next((values for values in given if values), [])


def _page_data_nodes(tree: HtmlElement) -> list[dict[str, Any]]:
    """The objects of a page's JSON-LD scripts, in the page's order (see :func:`_data_nodes`)."""
    return [node for script in tree.xpath(PAGE_DATA) for node in _data_nodes(_parsed(script))]


def _parsed(script: str) -> object:
    """A JSON-LD script's data; ``None`` where it is no JSON."""
    try:
        return json.loads(script, strict=False)
    except ValueError:
        return None


def _data_nodes(parsed: object) -> Iterator[dict[str, Any]]:
    """A JSON-LD script's top-level objects (the script's own, or its list's), the nodes of
    their ``@graph`` and the objects each names its page's or its page names its main one
    (``MAIN_ENTITY_KEYS``), in order; nothing else nested inside them."""
    for top in parsed if isinstance(parsed, list) else [parsed]:
        if isinstance(top, dict):
            yield top
            graph = top.get("@graph")
            yield from _data_nodes(graph if isinstance(graph, list) else [])
            yield from _data_nodes([top.get(key) for key in MAIN_ENTITY_KEYS])


def _names_a_type(node: Mapping[str, Any], kind: re.Pattern[str], *, untyped: bool) -> bool:
    """Whether a JSON-LD object's ``@type`` is one of ``kind``, read without a prefix
    ("schema:NewsArticle", "https://schema.org/NewsArticle"); ``untyped`` where it names none."""
    types = node.get("@type") or []
    named = [types] if isinstance(types, str) else types
    if not named:
        return untyped
    return any(
        isinstance(name, str) and kind.fullmatch(name.rsplit(":", 1)[-1].rsplit("/", 1)[-1])
        for name in named
    )


def _page_published(tree: HtmlElement) -> str | None:
    """When a web page says its article was published, as it writes it, with its time zone: its
    metadata's time (``PAGE_PUBLISHED``, its JSON-LD article's ``datePublished``), else its markup's
    (:func:`_marked_published`) on the day the metadata gives, if it gives one; ``None`` when
    neither gives a time with its zone (htmldate's reading of the page stands).

    >>> _page_published(document_fromstring('<html><body><article><h1>Fire</h1><p class="byline">'
    ...     'By Ann Lee <time datetime="2025-10-21T16:12:00-04:00">Oct. 21</time></p><p>A fire.</p>'
    ...     '</article><section class="comments"><time datetime="2025-10-20T09:00:00Z">Oct. 20'
    ...     '</time></section></body></html>'))
    '2025-10-21T16:12:00-04:00'
    """
    stated = [*map(str, tree.xpath(PAGE_PUBLISHED)), *_article_data(tree, "datePublished")]
    if timed := next((value for value in stated if time_field(value)), None):
        return timed
    days = set(filter(None, map(date_field, stated)))
    marked = (value for value in _marked_published(tree) if time_field(value))
    return next((value for value in marked if not days or date_field(value) in days), None)


def _times_elsewhere(tree: HtmlElement) -> frozenset[str]:
    """The times, in UTC, of a page's comments and lists of other stories
    (:func:`_dated_elsewhere`): htmldate takes one for the page's date where the page marks up no
    other, but each dates another article, or a reader's post."""
    moments = (
        time_field(element.get("datetime"))
        for element in tree.xpath(MARKED_PUBLISHED[-1])
        if _dated_elsewhere(element)
    )
    return frozenset(filter(None, moments))


def _marked_published(tree: HtmlElement) -> Iterator[str]:
    """The times a page's markup gives for its article's publication, the most trusted first
    (``MARKED_PUBLISHED``): none of a comment's, of a list of other stories or of a side column
    (``DATED_ELSEWHERE``), nor one marked or labelled as an update's."""
    for path in MARKED_PUBLISHED:
        for element in tree.xpath(path, namespaces=REGEX_NAMESPACE):
            given = element.get("datetime") or element.get("content")
            if given and not _dated_elsewhere(element) and not _marks_an_update(element):
                yield given.strip()


def _dated_elsewhere(element: HtmlElement) -> bool:
    """Whether a dated element stands in a page's comments, a list of other stories or a side
    column, by its own or an enclosing element's tag, or a class or id token naming such a part
    (``DATED_ELSEWHERE``); ``<body>`` and ``<html>`` hold the article too, as does an element
    around the article's headline (a page builder's "elementor-widget" block).

    >>> page = document_fromstring('<html><body class="single has-sidebar"><article><p>'
    ...     '<time datetime="2025-10-21">Oct. 21</time></p></article><div class="comments-area">'
    ...     '<time datetime="2025-10-22">Oct. 22</time></div></body></html>')
    >>> [_dated_elsewhere(time) for time in page.iter("time")]
    [False, True]
    >>> [
    ...     _dated_elsewhere(document_fromstring(
    ...         f'<html><body><div class="{name}"><time datetime="2025-10-22">Oct. 22</time></div>'
    ...         '</body></html>').find(".//time"))
    ...     for name in ("post-comments", "jp-relatedposts", "left-sidebar", "footer-widgets",
    ...                  "widget widget_recent_entries", "no-sidebar", "entry-content",
    ...                  "post-7 category-trending tag-comment", "elementor-widget-post-info")
    ... ]
    [True, True, True, True, True, False, False, False, False]
    """
    return any(
        around.tag in DATED_ELSEWHERE_TAGS
        or (
            any(
                DATED_ELSEWHERE.fullmatch(token)
                for token in f"{around.get('class', '')} {around.get('id', '')}".split()
            )
            and around.find(".//h1") is None
        )
        for around in (element, *element.iterancestors())
        if around.tag not in PAGE_WIDE_TAGS
    )


def _marks_an_update(element: HtmlElement) -> bool:
    """Whether a time is an update's: its markup, or its parent's, says so ("updated",
    ``itemprop="dateModified"``), or the words before it do ("Updated: <time>")."""
    parent = element.getparent()
    marks = [element.get("class", ""), element.get("itemprop", "")]
    if parent is not None:
        marks.append(parent.get("class", ""))
    before = element.getprevious()
    label = (before.tail if before is not None else parent.text if parent is not None else "") or ""
    return any(UPDATE_MARK.search(mark) for mark in marks) or bool(UPDATE_LABEL.search(label))


def _page_links(tree: HtmlElement, way: str, shown: str, address: str | None) -> tuple[str, ...]:
    """Where a page's ``rel`` links of ``way`` (``next`` or ``prev``) lead: each the file a
    relative link names beside the saved page ``shown``, and the address it names from the
    page's ``address``, without a fragment.

    >>> page = document_fromstring('<html><body><p>Text.</p><a rel="next" href="fire_p2.html">'
    ...     'Next page</a></body></html>')
    >>> _page_links(page, "next", "saved/fire_p1.html", "https://echo.example/fire")
    ('saved/fire_p2.html', 'https://echo.example/fire_p2.html')
    """
    found: list[str] = []
    for href in tree.xpath(PAGE_LINK.format(way)):
        link = str(href).strip().partition("#")[0]
        if not link:
            continue
        if not WEB_LINK.match(link):
            found.append(os.path.normpath((Path(shown).parent / link).as_posix()))
        if address or WEB_LINK.match(link):
            found.append(urljoin(address or "", link))
    return tuple(dict.fromkeys(found))


def _page_address(tree: HtmlElement) -> str | None:
    """The page's address as it writes it, its ``og:url`` else its canonical link; ``None`` when
    it gives neither as a whole address (trafilatura's reading, which resolves a relative link,
    is then taken). trafilatura's own reading of the canonical link rewrites it: it folds the
    ``//`` inside a web archive's capture address ("…/web/2025…/https:/herald.example/…").

    >>> _page_address(document_fromstring('<html><head><link rel="canonical"'
    ...     ' href="https://web.archive.org/web/20250305140512/https://herald.example/fire">'
    ...     '</head><body></body></html>'))
    'https://web.archive.org/web/20250305140512/https://herald.example/fire'
    """
    given = (str(value).strip() for value in tree.xpath(PAGE_ADDRESS))
    return next((value for value in given if WHOLE_ADDRESS.match(value)), None)


def _pagers(tree: HtmlElement) -> list[HtmlElement]:
    """The links of a page of an article split over several to its next and previous pages,
    each with the block that holds it when that block says no more than the page's number
    ("Page 1 of 2 Next page »"): the reader joins the pages (:func:`_pages_joined`), and a
    pager read as a line of the article would sit in the middle of its text."""
    found: list[HtmlElement] = []
    for way in ("next", "prev"):
        for link in tree.xpath(PAGE_LINK.format(way).replace("/@href", "")):
            block = link.getparent()
            if block is None or block in found or link in found:
                continue
            rest = block.text_content().replace(link.text_content(), " ")
            for other in found:
                if other.getparent() is block:
                    rest = rest.replace(other.text_content(), " ")
            found.append(block if PAGER_WORDS.fullmatch(rest) else link)
    return [element for element in found if element.getparent() is not None]


def _link_lines(tree: HtmlElement) -> list[HtmlElement]:
    """The paragraphs of a page that are a few links and nothing else, but perhaps a label
    before them that says what they do: "Copy link Share", "Share this post: Facebook X". Not
    a credit's label ("Source:", "Источник:" before a link to the site it took the text from),
    whose line is the article's credit line."""
    return [paragraph for paragraph in tree.iter("p") if _is_link_line(paragraph)]


def _is_link_line(paragraph: HtmlElement) -> bool:
    words = _words_of(paragraph.text_content())
    if not words or len(words) > MAX_LINK_LINE_WORDS:
        return False
    label = _words_of(paragraph.text or "")
    if label and label[-1].endswith(":") and len(label) < len(words):
        if lexicon().source_credit_lead.fullmatch(" ".join(label)):
            return False
        words = words[len(label) :]
    linked = "".join("".join(_words_of(a.text_content())) for a in paragraph.iter("a"))
    return "".join(words) == linked


def _words_of(text: str) -> list[str]:
    """A line's words, without the marks between or beside its links, which are no words of it:
    "Copy link · Share", "Share | Tweet", "✉ Email", "Share ↗"."""
    return [word for word in text.split() if any(map(str.isalnum, word))]


def _without_cut_teasers(body: str) -> str:
    r"""The article's text without a line cut short with an ellipsis that another of its lines
    goes on from: a standfirst that repeats the lede up to a limit ("... was greeted wit...").

    >>> _without_cut_teasers("Fares rise by a fifth on Monday as cuts...\nFares rise by a fifth on Monday as cuts bite.")
    'Fares rise by a fifth on Monday as cuts bite.'
    """
    lines = body.split("\n")
    stems = {
        stem
        for line in lines
        if (stem := CUT_TEASER.sub("", line)) != line and len(stem.split()) >= MIN_PAGE_WORDS
    }
    return "\n".join(
        line
        for line in lines
        if not (
            (stem := CUT_TEASER.sub("", line)) in stems
            and any(other.startswith(stem) and other != line for other in lines)
        )
    )


def _promotions(tree: HtmlElement) -> list[HtmlElement]:
    """The paragraphs of a page that a sponsor's label opens ("Sponsored: Planning a winter
    getaway? Book now ..."), and the boxes an advertisement's mark heads (:func:`_ad_box`): the
    sentences after the label are the advertiser's, not the article's, though no word of theirs
    says so."""
    terms = lexicon()
    return [
        *(p for p in tree.iter("p") if terms.is_sponsored(p.text_content())),
        *filter(_ad_box, tree.iter(*BOXES)),
    ]


def _ad_box(box: HtmlElement) -> bool:
    """Whether a box opens with an advertisement's mark in an element of its own, as German
    sites label the ads the law makes them label ("<div class="ad"><span>Anzeige</span><p>Jetzt
    vergleichen ...</p></div>"), and holds a paragraph or two: an ad, not the article under a
    mark set above it."""
    first = next((child for child in box if isinstance(child.tag, str)), None)
    return (
        first is not None
        and not (box.text or "").strip()
        and lexicon().is_ad_mark(first.text_content())
        and len(box.xpath(".//p|.//li")) <= MAX_AD_PARAGRAPHS
    )


def _side_widgets(tree: HtmlElement) -> list[HtmlElement]:
    """A page's lists of other stories beside the article: an element whose class or id names
    one (``SIDE_WIDGET``: "trending", "most-read", "popular", "related") in an ``<aside>`` or a
    side column (``SIDE_COLUMN``: "sidebar", "col-side"). trafilatura takes a short list of
    headlines there for the article's last lines."""
    return [
        element
        for element in tree.iter()
        if isinstance(element.tag, str)
        and SIDE_WIDGET.search(_named(element))
        and any(
            holder.tag == "aside" or SIDE_COLUMN.search(_named(holder))
            for holder in (element, *element.iterancestors())
        )
    ]


def _citation_boxes(tree: HtmlElement) -> list[HtmlElement]:
    """A page's boxes that tell how to cite the article or give the paper it reports, by a
    class or id that is one of ``CITATION_BOX``'s names ("cite", "citation", "journal_ref"; not
    "main-content with-references", which holds the article), as a science news site sets them
    under the text: a reference ("University of Carrow. \"Title.\" Science Digest, 14 May
    2025.") read as the article's sentences made a quoted headline a framing note."""
    return [
        element
        for element in tree.iter(*BOXES)
        if any(CITATION_BOX.fullmatch(name) for name in _named(element).split())
        and len(element.xpath(".//p|.//li")) <= MAX_CITATION_PARAGRAPHS
    ]


def _named(element: HtmlElement) -> str:
    """An element's class and id, as a page names what it holds."""
    return f"{element.get('class', '')} {element.get('id', '')}"


def _lists_headlines(text: str) -> bool:
    """Whether a text is a list of headlines: three lines or more, none longer than a headline
    and none ending a sentence, in a script that ends sentences with a mark, and not one text
    wrapped (see :func:`_run_on`).

    >>> _lists_headlines("Bridge reopens\\nFares rise in May\\nCouncil votes on budget")
    True
    >>> _lists_headlines("good afternoon this is kbay news the\\nstorm slammed into the coast\\nearly on sunday")
    False
    """
    lines = [line for line in text.split("\n") if line.strip()]
    return (
        len(lines) >= MIN_HEADLINES
        and max(map(len, lines)) <= MAX_HEADLINE_CHARS
        and not ENDED_LINE.search(with_dandas(text))
        and not UNMARKED_SCRIPT.search(text)
        and not _run_on(lines)
    )


def _lines_linked(tree: HtmlElement, text: str) -> bool:
    """Whether most lines of a page's ``text`` are the words of its links or headings, as a
    section's list of headlines sets each out: the paragraphs and list items of a live page, a
    listicle, or a page whose paragraphs end without a full stop are its own words, and each
    ends a sentence.

    >>> page = document_fromstring("<ul><li><a href='/a'>Bridge reopens</a></li>"
    ...     "<li><a href='/b'>Fares rise in May</a> 2 May</li><li>Council votes on budget</li></ul>")
    >>> _lines_linked(page, "Bridge reopens\\nFares rise in May 2 May\\nCouncil votes on budget")
    True
    >>> _lines_linked(page, "Schools are closed\\nThe ferry will not sail\\nBridge reopens")
    False
    """
    named = {
        " ".join(element.text_content().split())
        for element in tree.iter("a", "h1", "h2", "h3", "h4", "h5", "h6")
    }
    named.discard("")
    lines = [" ".join(line.split()) for line in text.split("\n") if line.strip()]
    linked = sum(
        any(len(name) >= len(line) / 2 and name in line for name in named) for line in lines
    )
    return 2 * linked > len(lines)


def _run_on(lines: Sequence[str]) -> bool:
    """Whether lines go on from one to the next, as a text without punctuation wrapped does (a
    speech-to-text transcript's, a caption dump's): most of them after the first open in lower
    case, where each headline opens with a capital or a figure; or a fifth of them, two at least,
    end with a word that joins the next (see ``JOINING_WORDS``), as no headline does; or, set in
    capitals, where case tells nothing and a wrap may fall on few such words, they hold more words
    than a text without punctuation is read with no warning (``MAX_UNPUNCTUATED_WORDS``).

    >>> _run_on(["STORM ELEANOR HIT THE", "COAST ON SUNDAY AND", "CUT POWER TO HOMES"])
    True
    >>> _run_on(["Bridge reopens", "Fares rise in May", "Council votes on budget"])
    False
    """
    following = lines[1:]
    if 2 * sum(line.lstrip()[:1].islower() for line in following) > len(following):
        return True
    joined = sum(line.split()[-1].casefold() in JOINING_WORDS for line in lines[:-1])
    if joined >= MIN_JOINED_LINES and 5 * joined >= len(lines) - 1:
        return True
    text = "\n".join(lines)
    return set_in_capitals(text) and len(text.split()) > MAX_UNPUNCTUATED_WORDS


def _headline_alone(text: str) -> bool:
    """Whether a text is one line no longer than a headline that ends no sentence, in a script
    that ends sentences with a mark: a headline saved without its article, which a one-line lede
    without its full stop cannot be told from.

    >>> _headline_alone("Bridge falls\\n"), _headline_alone("The bridge fell on Monday.")
    (True, False)
    """
    lines = [line for line in text.split("\n") if line.strip()]
    return (
        len(lines) == 1
        and len(lines[0]) <= MAX_HEADLINE_CHARS
        and not ENDED_LINE.search(with_dandas(text))
        and not UNMARKED_SCRIPT.search(text)
    )


def _labels_alone(text: str) -> bool:
    r"""Whether every line of a text is a label over copy (``Lexicon.copy_label``): a student's
    story handed in as its heading alone, or a newsroom's copy filed before its text.

    >>> _labels_alone("Name: Sam Fox\nCourse: JOUR 210\nWord count: 0\n")
    True
    >>> _labels_alone("Name: Sam Fox\n\nThe council met on Monday.")
    False
    """
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    return bool(lines) and all(lexicon().copy_label(line) for line in lines)


def _table_rows(text: str) -> str:
    r"""A page's text with its tables' rows written as a Markdown file's are read (cells between
    ``CELL_SEPARATOR``), without a header row and the rule under it: it names the columns, as a
    Markdown table's header row does, and is no sentence.

    >>> _table_rows("| Party | Seats |\n|---|---|\n| Greens | 12 |\nThe Greens won.")
    'Greens | 12\nThe Greens won.'
    """
    return TABLE_ROW.sub(
        lambda row: CELL_SEPARATOR.join(c.strip() for c in row[1].split("|") if c.strip()),
        TABLE_HEADER.sub("", text),
    )


def _without_section_headings(body: str, tree: HtmlElement) -> str:
    """The article's text without the lines that are its headings: the headline (``<h1>``,
    however the title reads) and those below it (``<h2>`` to ``<h6>``), which name sections or a
    live blog's updates ("Company responds"), as Markdown's do; no sentences of the story. A
    press release's "About" heading stays ("About Brenford University"): it names the release's
    issuer (``boilerplate.press_release``), as it does in a text file; so does the heading of its
    closing statement ("Forward-Looking Statements"), which tells the safe-harbour text under it
    for boilerplate (``boilerplate.release_furniture``), as in a text file."""
    shown = [
        (heading.tag, " ".join(heading.text_content().split()))
        for heading in tree.iter("h1", "h2", "h3", "h4", "h5", "h6")
    ]
    headings = {
        text
        for tag, text in shown
        if tag == "h1"
        or not (
            STATEMENT_END.search(text)
            or lexicon().about_heading(text)
            or lexicon().is_release_statement_heading(text)
        )
    }
    if not headings:
        return body
    return "\n".join(line for line in body.split("\n") if " ".join(line.split()) not in headings)


def _read_text(
    origin: _Origin,
    text: str,
    *,
    markdown: bool,
    given: Mapping[str, str] = MappingProxyType({}),
    fallback_title: str | None = None,
) -> list[_Claim | Skipped]:
    """A text file after its front matter. Markdown is read as plain text, its leading heading
    the headline: the title when the front matter gives none. A plain text holding several
    articles, as a newspaper's page does (see :func:`~compare.page_articles.article_starts`),
    gives each apart, numbered from 1 as a JSON list's records are (``page.txt#2``, id
    ``page-2``), with the outlet and day its front matter or running head gives. The fields
    ``given`` by the file that held the text (an e-mail's sender) are read as front matter's,
    under any it has; its ``fallback_title`` (an e-mail's subject, a Word document's title)
    titles it when its opening gives no headline."""
    meta: dict[str, Any] = dict(given)
    broken: BrokenFrontMatter | None = None
    front = FRONT_MATTER.match(text) or (markdown and _unclosed_front_matter(text))
    if front:
        fields, yaml_error = _front_matter_fields(front.group(1))
        meta |= fields
        broken = BrokenFrontMatter(origin.shown, yaml_error, "YAML") if yaml_error else None
        text = text[front.end() :]
    elif markdown and (toml := TOML_FRONT_MATTER.match(text)):
        toml_fields, toml_error = _toml_fields(toml.group(1))
        meta |= toml_fields
        broken = BrokenFrontMatter(origin.shown, toml_error) if toml_error else None
        text = text[toml.end() :]
    # An e-mail saved as text is its sender's, and titled by its subject when its body opens
    # with no headline of its own (a wire's copy e-mailed under "URGENT: Port strike" has one).
    mail = {} if markdown else saved_mail_fields(text)
    if sender := mail.get("source"):
        meta = {SOURCE_FIELDS[0]: sender} | meta
    cited: tuple[str, ...] = ()
    if looks_like_wikitext(text):
        # An encyclopedia draft, .txt or .md, is read as its rendered page reads.
        text, markdown, cited = wikitext_plain(text), False, cited_outlets(text)
    written = text
    # A Markdown file is written, not copied from a page: it has no page's furniture.
    page = PageCopy(text)
    links = tuple(MARKDOWN_LINK.findall(text)) if markdown else ()
    captions = False
    if markdown:
        plain = markdown_text(text)
        written = text = plain.text
        if plain.heading and not plain.body.strip():
            return [Skipped(origin.shown, HEADLINE_ALONE, SkipReason.HEADLINE_ALONE)]
        # The heading is the headline even when the front matter titles the article otherwise.
        if plain.heading:
            text = plain.body
            if not any(meta.get(field) for field in TITLE_FIELDS):
                meta["title"] = plain.heading
    else:
        # Markdown reads its own references; a feed dumped to text keeps them as its JSON does
        # ("&quot;not yet ready&quot;"), and they would be words changed against a copy's.
        unescaped = _unescaped(text)
        page = page_copy(unescaped)
        written = text = without_caption_marks(page.text)
        _name_from_page(meta, page)
        if unescaped.strip() and not written.strip():
            return [Skipped(origin.shown, PAGE_FURNITURE_ALONE, SkipReason.PAGE_FURNITURE_ALONE)]
        if transcript := read_transcript(written):
            written = text = transcript.text
            _name_from_transcript(meta, transcript)
        elif (turns := caption_turns(page.text)) is not None:
            written = text = turns
            captions = True
    if not written.strip():
        return [Skipped(origin.shown, "no text, only markup or front matter", SkipReason.NO_TEXT)]
    pieces = [] if markdown else articles_on_page(written)
    if len(pieces) < 2:
        return [
            _text_claim(
                origin,
                text,
                written,
                meta,
                page,
                links,
                markdown=markdown,
                broken=broken,
                captions=captions,
                cited=cited,
                fallback_title=fallback_title or mail.get("title"),
            )
        ]
    # The front matter's title is the first article's.
    rest = {key: value for key, value in meta.items() if key not in TITLE_FIELDS}
    return [
        _text_claim(
            replace(origin, stem=f"{origin.stem}-{number}"),
            piece,
            piece,
            meta if number == 1 else dict(rest),
            page,
            markdown=False,
            broken=broken if number == 1 else None,
            where=f"{origin.shown}#{number}",
        )
        for number, piece in enumerate(pieces, start=1)
    ]


def _text_claim(
    origin: _Origin,
    text: str,
    written: str,
    meta: dict[str, Any],
    page: PageCopy,
    links: tuple[str, ...] = (),
    *,
    markdown: bool,
    broken: BrokenFrontMatter | None,
    where: str | None = None,
    captions: bool = False,
    cited: tuple[str, ...] = (),
    fallback_title: str | None = None,
) -> _Claim | Skipped:
    """The article of a text file, or of one of the articles it holds (at ``where``, such as
    ``page.txt#2``): its opening lines read, its outlet and day those its ``meta`` gives, else
    its running head. A capture of ``captions`` is read however short: a 20-second reader of
    wire copy is one line without a stop, as a headline is. The outlets a wikitext draft's
    citation templates name (``cited``) are among its credits. The ``fallback_title`` (an
    e-mail's subject) titles a text whose opening gives no headline."""
    shown = where or origin.shown
    if not any(character.isalnum() for character in written):
        return Skipped(shown, "no words, only symbols", SkipReason.NO_WORDS)
    if _labels_alone(written):
        return Skipped(shown, LABELS_ALONE, SkipReason.LABELS_ALONE)
    if not captions and _lists_headlines(written):
        return Skipped(shown, HEADLINE_LIST, SkipReason.HEADLINE_LIST)
    # Markdown marks its headline: its one unmarked line is a lede.
    if not (markdown or captions) and _headline_alone(written):
        return Skipped(shown, HEADLINE_ALONE, SkipReason.HEADLINE_ALONE)
    # Markdown marks its headings: a plain first line there is a headline only with a byline or
    # date line under it, else the article's own (a bold lede).
    by_folder = _outlet_of_folder(origin.label)
    body = _after_opening(
        unwrap(text, typeset=page.printed),
        meta,
        headline_alone=not markdown,
        outlet_named=not by_folder,
    )
    if fallback_title and not any(meta.get(key) for key in TITLE_FIELDS):
        meta[TITLE_FIELDS[0]] = fallback_title
    if not markdown:
        # Markdown marks its headings and pull-quotes, and its reader leaves them out.
        body = without_subheads(without_pull_quotes(body))
    # A print's header titles the page as the browser's tab does: the headline its text opens
    # with says the same without the site's name.
    if page.page_title and not any(meta.get(key) for key in TITLE_FIELDS):
        meta[TITLE_FIELDS[0]] = _page_title_parts(page.page_title)[0]
    # A printed paper's running head names it and the day of its edition, as its lines opening
    # the article, or a folder named for the outlet, may do first.
    if page.edition_date and not any(meta.get(key) for key in DATE_FIELDS):
        meta[DATE_FIELDS[0]] = page.edition_date
    in_capitals = False
    if not by_folder and page.edition_outlet and not any(meta.get(key) for key in SOURCE_FIELDS):
        meta[SOURCE_FIELDS[0]] = readable_outlet(page.edition_outlet)
        in_capitals = page.edition_outlet.isupper()
    claim = _document(
        origin, origin.stem, origin.label, body, meta, written=written, where=where, links=links
    )
    credits = tuple(sorted({*claim.document.credits, *cited}))
    return replace(
        claim,
        document=replace(claim.document, credits=credits),
        broken_front_matter=broken,
        source_in_capitals=in_capitals,
        piece_of_page=where is not None,
    )


def _read_subtitles(origin: _Origin, subtitles: str, suffix: str) -> _Claim | Skipped:
    """A subtitle file's running text (see :func:`~compare.subtitles.subtitle_text`), with no
    headline, byline or date: its first cue's time is when it is shown, not a day."""
    text = subtitle_text(subtitles)
    if text is None and WEBVTT_HEADER.match(subtitles.lstrip().partition("\n")[0]):
        reason = "WebVTT subtitles without a cue: no words"
        return Skipped(origin.shown, reason, SkipReason.NO_WORDS)
    if text is None:
        name, timing = SUBTITLE_FORMATS[suffix]
        return Skipped(
            origin.shown,
            f"not {name}: no line times a cue ({timing}); save its text as .txt to compare it",
            SkipReason.NOT_SUBTITLES,
        )
    if not any(character.isalnum() for character in text):
        reason = "no words, only cue numbers and timings"
        return Skipped(origin.shown, reason, SkipReason.NO_WORDS)
    return _document(origin, origin.stem, origin.label, text, {})


def _name_from_page(meta: dict[str, Any], page: PageCopy) -> None:
    """Give ``meta`` the source a copied or printed page names, unless it names one: the site
    its print's header names after the page's headline ("Fire at Riverton plant | Lakeside
    Ledger"), else the outlet its menu names ("Tri-County Herald")."""
    site = _page_title_parts(page.page_title)[1] if page.page_title else None
    if (site or page.masthead) and not any(meta.get(key) for key in SOURCE_FIELDS):
        meta[SOURCE_FIELDS[0]] = site or page.masthead


def _name_from_transcript(meta: dict[str, Any], transcript: Transcript) -> None:
    """Give ``meta`` the programme, the time it aired and the network that a transcript's header
    names, where it names none. The network names the source over an outlet's folder, as front
    matter does: a header's ``Network:`` field is the broadcaster's own, where an opening's byline
    may name the wire a folder's paper reprints."""
    for fields, value in (
        (TITLE_FIELDS, transcript.title),
        (DATE_FIELDS, transcript.aired),
        (SOURCE_FIELDS, transcript.network),
    ):
        if value and not any(meta.get(key) for key in fields):
            meta[fields[0]] = value


def _page_title_parts(title: str) -> tuple[str, str | None]:
    """A page's title as its headline and the site's name after it, when it names one ("Fire at
    Riverton plant | Lakeside Ledger"); the title whole and ``None`` otherwise.

    >>> _page_title_parts("Fire at Riverton plant | Lakeside Ledger")
    ('Fire at Riverton plant', 'Lakeside Ledger')
    >>> _page_title_parts("Fire at Riverton plant - live updates")
    ('Fire at Riverton plant - live updates', None)
    """
    separators = list(TITLE_PARTS.finditer(title))
    site = title[separators[-1].end() :] if separators else ""
    if not site or not _names_a_site(site):
        return title, None
    return title[: separators[-1].start()], site


def _dateline_date(text: str) -> str | None:
    """The date a dateline that gives its year dates a text by, as written: a press release's
    distributor files it on the day it is issued ("ASHFORD, Kent, March 5, 2024 /PRNewswire/
    --"), and AFP and UPI date their copy so ("BREST, France, Jan 20, 2025 (AFP) -"). Most
    wires' and papers' datelines give no year ("TARROW, May 14 (NPA) -"), and other dates in a
    text may be any day its story names.

    >>> _dateline_date("ASHFORD, Kent, March 5, 2024 /PRNewswire/ -- Brightwell opened a plant.")
    'March 5, 2024'
    >>> _dateline_date("BREST, France, Jan 20, 2025 (AFP) - Storm Elin swept across France.")
    'Jan 20, 2025'
    >>> _dateline_date("ASHFORD, March 5 (Coastline Wire) - Brightwell opened a plant on May 1, 2024.")
    """
    dateline = lexicon().dateline(text)
    if dateline is None:
        return None
    found = WRITTEN_DATE.search(text, 0, dateline.end)
    return found.group() if found else None


def _day_read(written: str | None, *, day_first: bool) -> str | None:
    """A date line's date as written, or, in a text whose language writes the day first, as the
    ISO day it gives where the order of its day and month is not plain ("05/03/2025 10:15" in
    Spanish: "2025-03-05"): a date field is read alone, without its text's language.

    >>> _day_read("05/03/2025 10:15", day_first=True), _day_read("05/03/2025", day_first=False)
    ('2025-03-05', '05/03/2025')
    """
    if written is None or not day_first or parse_date(written):
        return written
    return parse_date(written, day_first=True) or written


def _unclosed_front_matter(text: str) -> re.Match[str] | None:
    if not (found := UNCLOSED_FRONT_MATTER.match(text)):
        return None
    lines = found.group(1).splitlines()
    # Keys in any case, as closed front matter's are read ("Title:").
    keys = {line.split(":", 1)[0].lower() for line in lines if not line.lstrip().startswith("-")}
    return found if keys and keys <= FRONT_MATTER_KEYS else None


def _after_opening(
    text: str, meta: dict[str, Any], *, headline_alone: bool, outlet_named: bool = False
) -> str:
    """``text`` after its headline, byline and date lines (see :func:`opening`: an "Updated:"
    line after a "Published:" one gives when it was modified), which fill the fields ``meta``
    leaves empty, the byline as shown its "byline" field besides; without a date line, a
    dateline that gives its year dates it. With ``outlet_named``, the outlet the opening names
    (a newsroom's copy's heading, a byline's outlet: "By Ann Lee, Reuters") is the source when
    ``meta`` names none."""
    title = _first_field(meta, TITLE_FIELDS)
    head = opening(text, title, headline_alone=headline_alone)
    day_first = not in_english(text)
    for fields, value in (
        (TITLE_FIELDS, head.title),
        (AUTHOR_FIELDS, head.author),
        (DATE_FIELDS, _day_read(head.date, day_first=day_first) or _dateline_date(head.body)),
        (MODIFIED_FIELDS, _day_read(head.updated, day_first=day_first)),
    ):
        if value and not any(meta.get(key) for key in fields):
            meta[fields[0]] = value
    if head.released and not any(meta.get(key) for key in GENRE_FIELDS):
        meta[GENRE_FIELDS[-1]] = RELEASE_GENRE
    if outlet_named and head.outlet and not any(meta.get(key) for key in SOURCE_FIELDS):
        meta[SOURCE_FIELDS[0]] = head.outlet
    # A page's metadata may name its writer alone ("Marta Gil") where the byline it shows names
    # whom they write for too ("Marta Gil | Agencia EFE"): that byline credits the wire.
    if head.author and not meta.get("byline"):
        meta["byline"] = head.author
    return _without_author_line(head.body, _first_field(meta, AUTHOR_FIELDS))


def _without_author_line(body: str, author: str | None) -> str:
    r"""``body`` without its first line when that line is the ``author`` its page or file names
    and no more: a byline without "By", as a Japanese paper sets its desk's name under the
    headline ("東海新報 編集部"), which is no sentence of the article.

    >>> _without_author_line("東海新報 編集部\n14日午前3時ごろ、地震があった。", "東海新報 編集部")
    '14日午前3時ごろ、地震があった。'
    >>> _without_author_line("Ann Lee said the talks failed.", "Ann Lee")
    'Ann Lee said the talks failed.'
    """
    first, _, rest = body.lstrip("\n").partition("\n")
    if author and " ".join(first.split()).casefold() == " ".join(author.split()).casefold():
        return rest
    return body


def _front_matter_fields(block: str) -> tuple[dict[str, _YamlValue], str | None]:
    """The ``key: value`` lines of YAML front matter; a list, inline (``authors: [Ann Lee, Tom
    Ray]``) or as ``- item`` lines under its key, is a list of its items; ``key: value`` lines
    under a key (``author:`` / ``  name: Tom Reed``) or in an item (``- name: Sam Lee``), and
    pairs in braces (``source: {name: Bay Post}``) are a mapping, which gives its ``name`` as a
    JSON record's author object does; a block scalar (``title: >-``) is the lines under its key.
    Also why it is not valid YAML, if a field it is read by opens a quotation, a list or a
    mapping that its line does not close: that field is left out, not read as written.

    >>> _front_matter_fields('title: "Unclosed quote\\nsource: [Herald\\ndate: 2025-03-14')
    ({'date': '2025-03-14'}, 'title opens a quotation that its line does not close (line 2)')
    """
    fields: dict[str, _YamlValue] = {}
    broken: str | None = None
    opened: str | None = None  # the key without a value, whose list or mapping lines follow
    scalar: list[str] = []  # a block scalar's indicator, then the lines under the opened key
    # The file's line numbers: its opening "---" is line 1.
    for number, line in enumerate(block.splitlines(), start=2):
        if opened is not None and scalar and (line[:1].isspace() or not line.strip()):
            scalar.append(line)
            fields[opened] = _block_scalar(*scalar)
            continue
        if opened is not None and (nested := _nested(fields[opened], line)) is not None:
            fields[opened] = nested
            continue
        name, colon, value = line.partition(":")
        if not colon or not name.strip() or line[:1].isspace():
            continue
        key, value = name.strip().lower(), value.strip()
        opened, scalar = None, []
        # Only the fields read are judged: a list of tags may run over lines, as YAML allows.
        if key in KNOWN_FIELDS and (unclosed := _unclosed(value)):
            broken = (
                broken or f"{key} opens {unclosed} that its line does not close (line {number})"
            )
            continue
        if YAML_BLOCK_SCALAR.fullmatch(value):
            fields[key], opened, scalar = "", key, [value]
        elif inline := YAML_INLINE_LIST.fullmatch(value):
            fields[key] = [_unquoted(v) for v in inline["items"].split(",") if v.strip()]
        elif (mapping := _inline_mapping(value)) is not None:
            fields[key] = mapping
        elif value:
            fields[key] = _unquoted(value)
        else:
            fields[key] = []
            opened = key
    return fields, broken


def _unclosed(value: str) -> str | None:
    """What a YAML value opens and does not close: a quotation in double quotes, a list or a
    mapping; ``None`` when it closes what it opens, or opens none (a plain value may open with
    an apostrophe: "'Tis the season").

    >>> _unclosed('"Unclosed quote'), _unclosed("[Herald"), _unclosed("{name: Bay Post")
    ('a quotation', 'a list', 'a mapping')
    >>> _unclosed('"Court says \\\\"no\\\\"" # as printed'), _unclosed("'Tis the season"), _unclosed("[Herald]")
    (None, None, None)
    """
    if value.startswith('"') and not YAML_DOUBLE_QUOTED.match(value):
        return "a quotation"
    for bracket, closing, what in (("[", "]", "a list"), ("{", "}", "a mapping")):
        if value.startswith(bracket) and closing not in value:
            return what
    return None


def _block_scalar(indicator: str, *lines: str) -> str:
    """A block scalar's text: its lines joined by spaces when folded (``>``), one a line when
    literal (``|``).

    >>> _block_scalar(">-", "  Port strike ends", "", "  after three weeks"), _block_scalar("|", "  A", "  B")
    ('Port strike ends after three weeks', 'A\\nB')
    """
    joiner = " " if indicator.startswith(">") else "\n"
    return joiner.join(line.strip() for line in lines if line.strip())


def _nested(value: _YamlValue, line: str) -> _YamlValue | None:
    """A key's ``value`` with a line under the key added: a list's item (``- Ann Lee``, or
    ``- name: Sam Lee``, a mapping), or an indented ``key: value`` of the key's mapping or of
    its list's last item; none if the line is neither. Deeper mappings are read into theirs, its
    first keys kept: a field is a name, not a document.

    >>> _nested(_nested([], "  - name: Sam Lee"), "    twitter: '@samlee'")
    [{'name': 'Sam Lee', 'twitter': '@samlee'}]
    >>> _nested([], "  name: Tom Reed"), _nested("Ann Lee", "  name: Tom Reed")
    ({'name': 'Tom Reed'}, None)
    """
    if (item := YAML_ITEM.fullmatch(line)) and isinstance(value, list):
        if (mapping := _inline_mapping(item["value"])) is not None:
            return [*value, mapping]
        pair = YAML_PAIR.fullmatch(item["value"])
        return [*value, _with_pair({}, pair) if pair else _unquoted(item["value"])]
    if not (line[:1].isspace() and (pair := YAML_PAIR.fullmatch(line))):
        return None
    if isinstance(value, list) and value and isinstance(value[-1], dict):
        return [*value[:-1], _with_pair(value[-1], pair)]
    if isinstance(value, dict):
        return _with_pair(value, pair)
    # A key whose first line under it is a pair opens a mapping, not a list.
    return _with_pair({}, pair) if value == [] else None


def _inline_mapping(value: str) -> dict[str, str] | None:
    """A mapping written on one line, in braces, or ``None``; of a key given twice, the first.

    >>> _inline_mapping("{name: Bay Post, url: 'https://baypost.example'}"), _inline_mapping("Bay Post")
    ({'name': 'Bay Post', 'url': 'https://baypost.example'}, None)
    >>> _inline_mapping('{"name": "Doe, Jane", twitter: "@jdoe"}'), _inline_mapping("{name: 'O''Brien, Pat', url: }")
    ({'name': 'Doe, Jane', 'twitter': '@jdoe'}, {'name': "O'Brien, Pat"})
    """
    inline = YAML_INLINE_MAPPING.fullmatch(value)
    if inline is None:
        return None
    mapping: dict[str, str] = {}
    for pair in YAML_INLINE_PAIR.finditer(inline["pairs"]):
        if value := _unquoted(pair["value"]):
            mapping.setdefault(_unquoted(pair["key"]).lower(), value)
    return mapping


def _with_pair(mapping: dict[str, str], pair: re.Match[str]) -> dict[str, str]:
    """``mapping`` with a ``key: value`` line's pair, unless it has the key already."""
    key = pair["key"].lower()
    return mapping if key in mapping else {**mapping, key: _unquoted(pair["value"] or "")}


def _unquoted(value: str) -> str:
    """A YAML scalar's text: in double quotes with its escapes read, in single quotes with its
    doubled quotes, else as written, an apostrophe that opens it kept.

    >>> _unquoted('"Court says firm \\\\"gambled\\\\""'), _unquoted("'Ann''s view'"), _unquoted("'Tis the season")
    ('Court says firm "gambled"', "Ann's view", "'Tis the season")
    """
    value = value.strip()
    if len(value) > 1 and value[0] == value[-1] == '"':
        try:
            return str(json.loads(value))
        except ValueError:  # an escape YAML has and JSON lacks ("\\x41")
            return value[1:-1]
    if len(value) > 1 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'")
    # A plain value ends where a comment starts: "Bay Post # the paper", "'Bay Post' # the paper".
    uncommented = YAML_COMMENT.sub("", value)
    return _unquoted(uncommented) if uncommented != value else value


def _toml_fields(block: str) -> tuple[dict[str, Any], str | None]:
    """The fields of TOML front matter, dates as ISO text, and why it is not valid TOML, if it is
    not: then the fields of its lines that are valid alone, up to its first table (whose fields
    are not the article's), as YAML front matter is read line by line.

    >>> _toml_fields('title = "Dam fails"\\ntags = ["dam"\\ndate = 2025-01-13')
    ({'title': 'Dam fails', 'date': '2025-01-13'}, 'Unclosed array (at line 4, column 1)')
    """
    try:
        # A line for the opening "+++": the error's line is the file's.
        fields, broken = tomllib.loads("\n" + block), None
    except tomllib.TOMLDecodeError as error:
        fields, broken = {}, str(error)
        for line in block.splitlines():
            if line.lstrip().startswith("["):
                break
            try:
                fields |= tomllib.loads(line)
            except tomllib.TOMLDecodeError:
                continue
    found = {
        key.lower(): value.isoformat() if isinstance(value, date | time) else value
        for key, value in fields.items()
    }
    return found, broken


def _read_records(
    origin: _Origin, text: str, lines: bool
) -> Iterator[_Claim | Skipped | _OwnReport | Unsourced | Undated | ReadNote]:
    """Documents of a JSON file (one record or a list) or a JSON Lines file, numbered from 1 by
    their place: a JSON Lines record by its line, as its address is (``feed.jsonl:3``)."""
    shown = origin.shown
    # The place of each record, its number, the record, and, when some lines are not UTF-8, its
    # lines.
    records: list[tuple[str, Any, range | None]] = []
    feed = None
    one_object = False
    pasted = origin.encoding.startswith(PASTED_INTO_UTF8)
    if lines:
        # Not splitlines(): JSON strings may hold U+2028 and other separators unescaped.
        for number, line in enumerate(text.split("\n"), start=1):
            if not line.strip():
                continue
            spanned = range(number, number + 1) if pasted else None
            try:
                records.append((f"{shown}:{number}", _json(line), spanned))
            except (ValueError, RecursionError) as error:
                broken = _json_error(error, one_line=True)
                reason = f"broken JSON line: {broken}"
                yield Skipped(f"{shown}:{number}", reason, SkipReason.BROKEN_JSON_LINE)
        if records and all(
            isinstance(record, dict) and record.keys() >= OWN_ROW_KEYS for _, record, _ in records
        ):
            yield _OwnReport(shown)
            return
    else:
        try:
            loaded = _json(text)
        except (ValueError, RecursionError) as error:
            # Feeds' exports save JSON Lines as .json often: the parser finds "Extra data".
            if _is_json_lines(text):
                yield ReadNote(shown, f"holds JSON Lines: read as {FORMAT_READ_AS['.jsonl']}")
                yield from _read_records(origin, text, lines=True)
                return
            reason = f"broken JSON: {_json_error(error)}"
            yield Skipped(shown, reason, SkipReason.BROKEN_JSON)
            return
        if _is_own_json(loaded):
            yield _OwnReport(shown)
            return
        loaded = _segments_joined(loaded)
        items, feed = (loaded, None) if isinstance(loaded, list) else _records_within(loaded)
        one_object = len(items) == 1 and items[0] is loaded
        if not items:
            reason = "no records: the JSON list is empty"
            yield Skipped(shown, reason, SkipReason.EMPTY_JSON_LIST)
        many = len(items) > 1
        spans = _record_lines(text, loaded, items) if pasted and many else [None] * len(items)
        records = [
            (f"{shown}#{n}" if many else shown, item, spanned)
            for n, (item, spanned) in enumerate(zip(items, spans, strict=True), start=1)
        ]
    yield from _records_read(origin, records, feed, one_object=one_object)


def _read_xml_feed(
    origin: _Origin, text: str, suffix: str
) -> Iterator[_Claim | Skipped | Unsourced | Undated | ReadNote]:
    """Documents of an RSS or Atom feed's items, numbered from 1 by their place
    (``feed.xml#3``), their outlet the one the feed's title names unless an item names its
    own; XML of another kind is skipped as a file of a kind not read."""
    try:
        feed = xml_feed(text)
    except FeedError as error:
        yield Skipped(origin.shown, str(error), SkipReason.BROKEN_FEED)
        return
    if feed is None:
        yield Skipped(origin.shown, f"{UNSUPPORTED} {suffix}", SkipReason.UNSUPPORTED_TYPE)
        return
    if not feed.items:
        yield Skipped(origin.shown, "no items: the feed is empty", SkipReason.EMPTY_FEED)
        return
    many = len(feed.items) > 1
    records = [
        (f"{origin.shown}#{n}" if many else origin.shown, item, None)
        for n, item in enumerate(feed.items, start=1)
    ]
    yield from _records_read(origin, records, feed.outlet, without_text=NO_ITEM_TEXT)


def _records_read(
    origin: _Origin,
    records: Sequence[tuple[str, Any, range | None]],
    feed: str | None,
    *,
    one_object: bool = False,
    without_text: str | None = None,
) -> Iterator[_Claim | Skipped | Unsourced | Undated | ReadNote]:
    """Documents of a file's ``records``, each given with its place, its number, the record and
    the lines it spans, when some of the file's lines are not UTF-8; ``feed`` names the
    outlet of those that name none, ``without_text`` why one without text is skipped (else
    the fields it gives, :func:`_why_no_text`)."""
    shown = origin.shown
    many = len(records) > 1
    unsourced: list[str] = []
    by_site: list[str] = []
    by_site_name: list[str] = []
    # The records read, and those of them that give no date, with their fields.
    records_read = 0
    undated: list[tuple[str, dict[str, Any]]] = []
    site_outlets = _site_outlets(record for _, record, _ in records)
    # Each record's content, by the place it was first read from.
    first_read: dict[bytes, str] = {}
    for where, record, spanned in records:
        if not isinstance(record, dict):
            reason = f"a record must be a JSON object, not {_json_type(record)}"
            yield Skipped(where, reason, SkipReason.RECORD_NOT_OBJECT)
            continue
        if record.get("type") == SERVICE_TYPE:
            continue
        record = _known_fields(record)
        found = _record_text(record)
        if found is None and record.get("type") == MESSAGE_TYPE and "text" in record:
            continue
        if found is None:
            reason = without_text or _why_no_text(record)
            yield Skipped(where, reason, SkipReason.RECORD_WITHOUT_TEXT)
            continue
        body, written = found
        # A feed may export a record's headline over its text too: it is no sentence of it.
        body = without_byline(without_title(body, _first_field(record, TITLE_FIELDS)))
        if TAKEN_DOWN.fullmatch(body):
            reason = f"taken down: the feed gives only {_quoted(body.strip())}"
            yield Skipped(where, reason, SkipReason.TAKEN_DOWN)
            continue
        if not body.strip():
            reason = "no text: the feed gives only the mark of a text cut short"
            yield Skipped(where, reason, SkipReason.TEXT_CUT_SHORT)
            continue
        # A supplier's export may write a record twice: one article, not a version of itself
        # counted in every pair, verdict and cluster twice.
        content = hashlib.sha256(json.dumps(record, sort_keys=True).encode()).digest()
        if (first := first_read.setdefault(content, where)) != where:
            yield Skipped(where, _read_once(first), SkipReason.IDENTICAL_RECORD)
            continue
        given_ids = (record.get(key) for key in ID_FIELDS)
        record_id = next((key for key in given_ids if key is not None and str(key).strip()), None)
        # An object's or a list's text is Python's ("{'x': 1}"), no key a pipeline can join on.
        if isinstance(record_id, dict | list | bool):
            yield ReadNote(
                where,
                f"gives an id that is {_json_type(record_id)}, not a string or a number: the "
                "record is named by its text, as a record without an id is",
            )
            record_id = None
        given = "" if record_id is None else " ".join(str(record_id).split())
        id_given = bool(given)
        # A feed's records are named by their text even when it holds one, so that an id stays
        # as the feed grows ("feed-3f9a12bc", not "feed" and then another), when a broken line
        # before it is mended and when a supplier re-exports its lines in another order; a file
        # of one object is named by it.
        name = (
            given
            if id_given
            else (origin.stem if one_object else f"{origin.stem}-{text_key(body)}")
        )
        label = name if many else origin.label
        named = any(_field_text(record.get(field)) for field in SOURCE_FIELDS)
        # In a file of several, a record that names no source would be an outlet of its own:
        # its web address's site names it better, as a folder named as a site names its files.
        site = None if named or feed or not many else _address_site(record)
        # The feed's other records at that site name its outlet better still: one outlet's.
        outlet = None if named else feed or site_outlets.get(site or "") or site
        meta = record if outlet is None else record | {"source": outlet}
        claim = _document(
            origin,
            name,
            label,
            body,
            meta,
            written,
            where,
            id_given=id_given,
            in_a_feed=True,
            lines=spanned,
        )
        # A file of one record is labelled by its path, as a text file is (an outlet's folder
        # names its outlet); in a file of several, each record becomes an outlet of its own.
        if many and not (named or feed):
            labels = by_site_name if site in site_outlets else by_site if site else unsourced
            labels.append(claim.document.source)
        records_read += 1
        if claim.document.published is None and not any(
            record.get(key) not in (None, "", []) for key in DATE_FIELDS
        ):
            undated.append((claim.where, record))
        # Named by its id, not its file's name: the file's warning says so.
        yield replace(claim, named_by_file=False) if many else claim
    # Only a file whose every record is undated is warned of: its fields are read for days then.
    dated_otherwise = (
        dict.fromkeys(
            str(key)
            for _, record in undated
            for key, value in record.items()
            if str(key).casefold() not in KNOWN_FIELDS and _holds_a_day(value)
        )
        if many and undated and len(undated) == records_read
        else {}
    )
    if dated_otherwise:
        yield Undated(shown, tuple(where for where, _ in undated), tuple(dated_otherwise))
    if unsourced:
        yield Unsourced(shown, tuple(unsourced))
    if by_site:
        yield Unsourced(shown, tuple(by_site), by_site=True)
    if by_site_name:
        yield Unsourced(shown, tuple(by_site_name), by_site=True, by_site_name=True)


def _holds_a_day(value: object) -> bool:
    """Whether a field's value is text that reads as a day, as a date field's would: "2026-11-24",
    "Tue, 24 Nov 2026 10:00:00 GMT"; not a number, which may be a count or an id.

    >>> _holds_a_day("2026-11-24T10:00:00Z"), _holds_a_day("Ferry"), _holds_a_day(1764000000)
    (True, False, False)
    """
    return isinstance(value, str) and bool((day := date_field(value)) and is_day(day))


def _json_type(value: object) -> str:
    """What JSON calls a value's type, as a warning names it: "an object", "a number".

    >>> _json_type({"x": 1}), _json_type(12345), _json_type(None), _json_type(True)
    ('an object', 'a number', 'null', 'true or false')
    """
    return JSON_TYPES.get(type(value), "null" if value is None else "a number")


def _why_no_text(record: dict[str, Any]) -> str:
    """Why a record gives no text: the first text field given a value no text is in ("text is
    a number, not a string"), else that none of them is given, and the fields it gives that no
    part of an article is read from, so that a feed's renamed field ("story_body") shows: the
    records of one file that give the same such fields share the reason, and its warning.

    >>> _why_no_text({"text": 12345}), _why_no_text({"body": {"foo": "bar"}})
    ('text is a number, not a string', 'body is an object, not a string')
    >>> _why_no_text({"text": None, "title": "Fares rise"})  # doctest: +ELLIPSIS
    'no text in any of the fields text, body, ..., summary'
    >>> _why_no_text({"title": "Fares rise", "story_body": "Fares rose."})  # doctest: +ELLIPSIS
    'no text in any of the fields text, ..., summary; the record gives unknown fields: story_body'
    """
    for field in RECORD_TEXT_FIELDS:
        value = record.get(field)
        if value is not None and not isinstance(_rendered(value), str | list):
            return f"{field} is {_json_type(value)}, not a string"
    tried = f"no text in any of the fields {', '.join(RECORD_TEXT_FIELDS)}"
    unknown = [str(key) for key in record if str(key).casefold() not in KNOWN_FIELDS]
    return f"{tried}; the record gives unknown fields: {', '.join(unknown)}" if unknown else tried


def _json(text: str) -> Any:
    """JSON ``text`` read, an integer of more digits than Python reads as one (4,300) read as a
    float, as a number with an exponent too large is: a field no article needs cannot sink the
    file, and no article's field needs such a number.

    >>> _json('{"views": ' + "1" * 4301 + ', "text": "Talks ended."}')
    {'views': inf, 'text': 'Talks ended.'}
    """
    return json.loads(text, parse_int=_integer)


def _integer(digits: str) -> int | float:
    try:
        return int(digits)
    except ValueError:
        return float(digits)


JSON_DECODER = json.JSONDecoder(parse_int=_integer)
JSON_SPACE = re.compile(r"[ \t\n\r]*")


def _record_lines(text: str, loaded: object, items: list[Any]) -> list[range]:
    """The lines, from 1, each of a JSON file's records spans: ``items``, the list the file
    holds, or the list of records of the object it holds (see :func:`_records_within`).

    >>> text = '{"status": "ok",\\n "articles": [{"text": "Talks ended."},\\n {"title": "Fares",\\n "text": "Fares rose."}]}'
    >>> loaded = json.loads(text)
    >>> _record_lines(text, loaded, loaded["articles"])
    [range(2, 3), range(3, 5)]
    """
    opening = _past_space(text, 0)
    if isinstance(loaded, dict):
        # The list's last key, as json.loads keeps a key given twice.
        opening = [at for key, at, _ in _members(text, opening) if loaded.get(key) is items][-1]
    ends = [found.start() for found in re.finditer("\n", text)]
    return [
        range(bisect_right(ends, start) + 1, bisect_right(ends, end - 1) + 2)
        for _, start, end in _members(text, opening)
    ]


def _members(text: str, opening: int) -> Iterator[tuple[str | None, int, int]]:
    """Of the JSON list or object opening at ``opening`` in ``text``, which parses, each member:
    its key (``None`` in a list), where its value starts, and where it ends."""
    in_object = text[opening] == "{"
    at = _past_space(text, opening + 1)
    while text[at] not in "]}":
        key = None
        if in_object:
            key, at = JSON_DECODER.raw_decode(text, at)
            at = _past_space(text, _past_space(text, at) + 1)  # past the key's colon
        _, end = JSON_DECODER.raw_decode(text, at)
        yield key, at, end
        at = _past_space(text, end)
        if text[at] == ",":
            at = _past_space(text, at + 1)


def _past_space(text: str, at: int) -> int:
    """Where the white space JSON allows that ``text`` holds from ``at`` ends."""
    space = JSON_SPACE.match(text, at)
    return space.end() if space else at


def _known_fields(record: dict[str, Any]) -> dict[str, Any]:
    """A record with the fields it is read by named as they are known, whatever case it writes
    them in ("TITLE", "Text"); a field named as known wins over another case of it.

    >>> _known_fields({"TITLE": "Dam fails", "Text": "Water rose.", "Tags": ["dam"]})
    {'title': 'Dam fails', 'text': 'Water rose.', 'Tags': ['dam']}
    """
    if all(KNOWN_FIELDS.get(str(key).casefold(), key) == key for key in record):
        return record
    known = {KNOWN_FIELDS.get(str(key).casefold(), key): value for key, value in record.items()}
    return known | {key: value for key, value in record.items() if key in known}


def _records_within(loaded: object) -> tuple[list[Any], str | None]:
    """The records of a JSON file holding one object: itself, or, when it has neither text nor
    title of its own, those of its one list holding objects with text (an API's answer:
    NewsAPI's ``"articles"``, beside which an ``"errors"`` list may stand; Telegram Desktop's
    export's ``"messages"``), with the name the object gives their feed, if any (the channel's
    ``"name"``, only over its ``"messages"``); a ``null`` or other value in that list is a
    record skipped, as in a list of records.

    >>> _records_within({"name": "Port News", "messages": [{"text": "Talks ended."}]})
    ([{'text': 'Talks ended.'}], 'Port News')
    >>> _records_within({"name": "scrape-2025-06", "items": [{"text": "Talks ended."}]})
    ([{'text': 'Talks ended.'}], None)

    A JSON Feed's items are its records, though it has a title of its own, which names their
    outlet (see :func:`compare.feeds.is_json_feed`):

    >>> _records_within({"version": "https://jsonfeed.org/version/1.1", "title": "Beacon",
    ...     "home_page_url": "https://beacon.example/", "items": [{"summary": "Talks ended."}]})
    ([{'summary': 'Talks ended.'}], 'Beacon')
    """
    if is_json_feed(loaded):
        title, home = (_field_text(loaded.get(key)) for key in ("title", "home_page_url"))
        return loaded["items"], feed_outlet(title, home)
    if isinstance(loaded, dict) and not any(
        f in _known_fields(loaded) for f in (*TEXT_FIELDS, *TITLE_FIELDS)
    ):
        lists = [
            value
            for value in loaded.values()
            if isinstance(value, list)
            and any(
                isinstance(item, dict)
                and not _known_fields(item).keys().isdisjoint(RECORD_TEXT_FIELDS)
                for item in value
            )
        ]
        if len(lists) == 1:
            posts = lists[0] is loaded.get(TELEGRAM_POSTS_FIELD)
            fields = (*SOURCE_FIELDS, TELEGRAM_NAME_FIELD) if posts else SOURCE_FIELDS
            feed = (_field_text(loaded.get(field)) for field in fields)
            return lists[0], next(filter(None, feed), None)
    return [loaded], None


def _segments_joined(loaded: object) -> object:
    """A speech-to-text transcript given as timed segments, an object with no text of its own
    whose one list holds objects each with a text and the times it starts and ends (see
    ``SEGMENT_TIMES``), as one record: its own fields (its outlet, its date) and the segments'
    texts joined as they run. Any other JSON as it is.

    >>> _segments_joined({"source": "Radio 4B", "segments": [{"start": 0, "end": 2,
    ...     "text": " police arrested"}, {"start": 2, "end": 3, "text": " a man"}]})
    {'source': 'Radio 4B', 'text': 'police arrested a man'}
    >>> _segments_joined({"articles": [{"title": "Talks end", "text": "Talks ended."}]})
    {'articles': [{'title': 'Talks end', 'text': 'Talks ended.'}]}
    """
    if not isinstance(loaded, dict) or any(
        field in _known_fields(loaded) for field in (*TEXT_FIELDS, *TITLE_FIELDS)
    ):
        return loaded
    lists = [value for value in loaded.values() if isinstance(value, list) and value]
    if len(lists) != 1 or not all(
        isinstance(item, dict)
        and item.keys() >= SEGMENT_TIMES
        and isinstance(item.get("text"), str)
        for item in lists[0]
    ):
        return loaded
    record = {key: value for key, value in loaded.items() if value is not lists[0]}
    record["text"] = " ".join(" ".join(segment["text"].split()) for segment in lists[0]).strip()
    return record


def _json_error(error: Exception, *, one_line: bool = False) -> str:
    if isinstance(error, json.JSONDecodeError) and one_line:
        return f"{error.msg} (column {error.colno})"
    if isinstance(error, json.JSONDecodeError):
        return f"{error.msg} (line {error.lineno}, column {error.colno})"
    if isinstance(error, RecursionError):
        return "nested too deeply"
    return str(error)


def _record_text(record: dict[str, Any]) -> tuple[str, str] | None:
    """A record's text, and its text as written: from the first text field given, else from its
    summary (``SUMMARY_FIELDS``). Text given as a string may have been wrapped at a fixed
    width; paragraphs given as a list are lines already, and pieces of one text (Telegram's)
    are joined as they run. A text a feed cut short (NewsAPI's ``content``) gives way to the
    summary where that runs on whole past the cut, else loses the sentence it was cut through,
    and one cut in its first sentence gives way to the summary."""
    cut_away = None
    for field in RECORD_TEXT_FIELDS:
        value = _rendered(record.get(field))
        if isinstance(value, list):
            joined = (
                "".join(_flatten(value))
                if TEXT_PIECES_FIELD in record or _are_pieces(value)
                else "\n".join(_flatten(value))
            )
            written = _unescaped(article_text(_valid_text(joined)))
            if written.strip():
                return written, written
        elif isinstance(value, str) and value.strip():
            # Only a text that ends in the mark is searched: the search takes 0.1 ms a text.
            cut = value.rstrip().endswith(" chars]")
            # A feed may escape its HTML too ("&lt;p&gt;"): read, it is HTML like any other.
            written = _unescaped(
                article_text(_valid_text(CUT_SHORT.sub("", value) if cut else value))
            )
            if HTML_TAG.search(written):
                paragraphs = _html_body(written)
                return paragraphs, paragraphs
            if cut and (fuller := _summary_past_cut(record, written)):
                return _plain_record_text(fuller)
            if cut and not (whole := _without_cut_sentence(written)):
                # Cut in its first sentence: the summary's whole sentences say more, and the
                # words before the cut are kept when they are all the record gives.
                cut_away = cut_away or _plain_record_text(written)
                continue
            return _plain_record_text(whole if cut else written)
    return cut_away


def _summary_past_cut(record: dict[str, Any], cut_text: str) -> str:
    """The whole sentences of a record's summary where it opens with all of a text the feed cut
    short and runs on past the cut: NewsAPI's ``description`` often holds whole the sentence
    its ``content`` was cut through. Nothing where the summary says something else or no more.

    >>> record = {"description": "Fares rise in July. The rise, the first since 2019, adds 40 cents."}
    >>> _summary_past_cut(record, "Fares rise in July. The rise, the first since 2")
    'Fares rise in July. The rise, the first since 2019, adds 40 cents.'
    >>> _summary_past_cut({"description": "Fares will rise."}, "Fares rise in July. The ri")
    ''
    """
    kept = " ".join(cut_text.split())
    for field in SUMMARY_FIELDS:
        value = record.get(field)
        if not isinstance(value, str):
            continue
        summary = _unescaped(article_text(_valid_text(CUT_SHORT.sub("", value))))
        whole = _without_cut_sentence(" ".join(summary.split()))
        if whole.startswith(kept) and len(whole) > len(kept):
            return whole
    return ""


def _plain_record_text(written: str) -> tuple[str, str]:
    """A record's plain text, unwrapped, and as written, without the furniture of a printed
    page that an OCR system's export gives a printed article's text with."""
    written = without_printed_furniture(written)
    return unwrap(written), written


def _without_cut_sentence(text: str) -> str:
    """A text a feed cut short, without the sentence the cut went through: all of it when it
    ends a sentence, nothing when its one sentence is cut.

    >>> _without_cut_sentence("Prosecutors charged him on Thursday. The indictment, filed in federal cou")
    'Prosecutors charged him on Thursday.'
    >>> _without_cut_sentence("Talks ended on Monday."), _without_cut_sentence("The indictment, filed in")
    ('Talks ended on Monday.', '')
    """
    kept = text.rstrip()
    if SENTENCE_ENDED.search(kept):
        return kept
    starts = [start for start, _ in sentence_spans(kept)]
    return kept[: starts[-1]].rstrip() if starts else ""


def _are_pieces(items: list[Any]) -> bool:
    """Whether a list is pieces of one text as Telegram Desktop's export gives them, strings
    between typed objects for its bold words and links, not paragraphs: feeds give paragraphs as
    strings alone or as blocks alone.

    >>> _are_pieces(["Talks on ", {"type": "bold", "text": "Monday"}, " ended."])
    True
    >>> _are_pieces(["Talks ended.", "Officials said little."])
    False
    """
    typed = [
        item
        for item in items
        if isinstance(item, dict)
        and {"type", "text"} <= item.keys()
        and isinstance(item["text"], str)
    ]
    strings = [item for item in items if isinstance(item, str)]
    return bool(typed) and bool(strings) and len(typed) + len(strings) == len(items)


def _rendered(value: object) -> object:
    """A field as a content system gives it: WordPress's ``{"rendered": "<p>...</p>"}``."""
    return value.get("rendered") if isinstance(value, dict) else value


def _flatten(paragraphs: list[Any]) -> Iterator[str]:
    """Paragraphs given as strings, as lists of sentences or as blocks with a text field
    (``{"type": "paragraph", "text": ...}``), one paragraph a line; other values are no text."""
    for paragraph in paragraphs:
        if isinstance(paragraph, list):
            yield " ".join(sentence.strip() for sentence in paragraph if isinstance(sentence, str))
        elif isinstance(paragraph, dict) and isinstance(paragraph.get("text"), str):
            yield paragraph["text"]
        elif isinstance(paragraph, str):
            yield paragraph


def _document(
    origin: _Origin,
    name: str,
    label: str,
    text: str,
    meta: dict[str, Any],
    written: str | None = None,
    where: str | None = None,
    *,
    id_given: bool = False,
    in_a_feed: bool = False,
    lines: range | None = None,
    links: tuple[str, ...] = (),
    own_notes: bool = False,
) -> _Claim:
    """A document of ``text``, without its reference marks and endnotes' numbers (see
    :func:`without_reference_marks`), read at ``where`` (its file unless a record of it:
    ``in_a_feed``, of a .json or .jsonl file, spanning its ``lines``), whose paragraphs link to
    ``links``; ``written`` is the text before unwrapping or Markdown's title went, when they
    differ: credit lines are found in the lines as written. ``own_notes`` says that the page's
    marks link to notes of its own, so that none of them is stray."""

    stray_marks = 0 if own_notes else stray_reference_marks(text)
    text = without_reference_marks(text)

    def first(keys: Sequence[str], *, numbers: bool = True) -> str | None:
        given = (_field_text(meta.get(key), numbers=numbers) for key in keys)
        return next(filter(None, (_without_unseen(field) for field in given if field)), None)

    # A list of dates (front matter's "date: [2024-04-01, 2024-04-02]") gives its first.
    dates = [
        value[0] if isinstance(value, list) else value
        for key in DATE_FIELDS
        if (value := meta.get(key)) not in (None, "", [])
    ]
    published = next(filter(None, map(date_field, dates)), None)
    # A feed may give the day in one field and the moment in another ("date", "published_at").
    timed = published and next(
        (value for value in dates if time_field(value) and date_field(value) == published), None
    )
    published_time = time_field(timed) if timed else None
    published_offset = time_offset(timed) if timed else None
    # WordPress gives the moment in UTC apart, without its zone: "date_gmt"; its day is the
    # article's when no other field gives one.
    if published_time is None and isinstance(in_utc := meta.get("date_gmt"), str):
        published_time = time_field(in_utc.strip() + "Z")
        published = published or date_field(in_utc)
    # Telegram Desktop's export writes a post's "date" by the exporting computer's clock, without
    # its zone, and the moment apart as a Unix time: "date_unixtime".
    if published_time is None and (moment := time_field(meta.get("date_unixtime"))):
        published_time = moment
        published = published or date_field(moment)
    # A content system that writes its times without a zone writes the publication so too: by the
    # feed's clock, it orders a version never modified among those the feed dates so. A page or a
    # text file has no versions beside it by that clock, and beside another site's such time its
    # own would look comparable.
    published_local_time = None
    if in_a_feed and published and published_time is None:
        local = (local_time_field(value) for value in dates if date_field(value) == published)
        published_local_time = next(
            (time for time in local if time and not time.endswith(MIDNIGHT)), None
        )
    modified_time = next(filter(None, (time_field(meta.get(key)) for key in MODIFIED_FIELDS)), None)
    if modified_time is None and isinstance(in_utc := meta.get("modified_gmt"), str):
        modified_time = time_field(in_utc.strip() + "Z")
    # Many content systems write it without a zone: no other outlet's time compares with it, but
    # the feed's other versions of the article, written by the same clock, do.
    modified_local_time = None
    if modified_time is None:
        local = (local_time_field(meta.get(key)) for key in MODIFIED_FIELDS)
        modified_local_time = next(filter(None, local), None)
    url = first([key for key in URL_FIELDS if isinstance(meta.get(key), str)])
    # A web archive's or one's own archiver's capture that gives no modification time dates the
    # version as it was when captured: a later capture of the article is a later version of it.
    # A feed's file name dates the export, not each of its records.
    captured = modified_time is None and modified_local_time is None
    if captured:
        captures = (time_field(meta.get(key)) for key in CAPTURE_FIELDS)
        modified_time = (
            capture_time(url)
            or next(filter(None, captures), None)
            or (None if in_a_feed else named_capture_time(origin.stem))
        )
    # A content system's "author": 3 is a user's number, not a name.
    author = first(AUTHOR_FIELDS, numbers=False)
    if author is not None:
        # A page's date line may be taken for its byline ("Tuesday 14 May 2024 18:10 AEST"),
        # and a content system may give the address of the author's page.
        readable = not is_date_text(author) and not WEB_ADDRESS.fullmatch(author)
        author = (BY.sub("", author) or None) if readable else None
    # A page's metadata may name its writer alone where the byline it shows names the wire
    # too (see _after_opening), and a feed may give both fields: each credits what it names.
    bylines = (first((key,), numbers=False) for key in AUTHOR_FIELDS[1:])
    # A second copy of a file is its outlet's as the first is: "paper_a/rail (1)" is
    # "paper_a/rail"'s. A credit line naming it is its own, no partner's.
    named = _site(first(SOURCE_FIELDS)) or _site_folder(label)
    source = named or COPY_MARK.sub("", label)
    # A record of a feed of several that names no source is labelled by its id, an outlet of its
    # own; a page read from memory has no path.
    from_path = not named and label == origin.label and bool(origin.shown)
    credits = find_credits(text if written is None else written, author, *bylines, outlet=source)
    if forwarded_from := first((FORWARDED_FROM_FIELD,)):
        credits = tuple(sorted({*credits, forwarded_from}))
    # A time of day without its zone compares with no other outlet's: only its day is used, and
    # a report shows it as given, beside the day, said to give no zone.
    unzoned = None
    clock = None
    if published and published_time is None:
        given = (value for value in dates if date_field(value) == published)
        unzoned, clock = next(
            ((_quoted(v), c) for v in given if (c := unzoned_clock(v))), (None, None)
        )
    document = Document(
        # A feed's own key comes back as given, for pipelines to join on; a file's name is made
        # safe to show.
        id=name if id_given else _slug(name),
        path=origin.shown,
        source=source,
        source_from_path=from_path,
        title=_without_own_name(first(TITLE_FIELDS), first(SOURCE_FIELDS))
        if in_a_feed
        else first(TITLE_FIELDS),
        published=published,
        # A number is no address, nor a list of them: a feed's "url": 12 is left out.
        url=url,
        text=text,
        credits=credits,
        links=with_written_links(links, text),
        author=author,
        encoding=origin.encoding_of(lines),
        published_time=published_time,
        published_offset=published_offset,
        modified_time=modified_time,
        captured=captured and modified_time is not None,
        version_label=(
            numbered
            if (numbered := first(VERSION_FIELDS)) and len(numbered) <= MAX_VERSION_LABEL_CHARS
            else None
        ),
        modified_local_time=modified_local_time,
        published_local_time=published_local_time,
        published_unzoned_time=None if published_local_time else clock,
        record=where if where not in (None, origin.shown) else None,
        stray_marks=stray_marks,
        article_id=name if id_given else None,
        language=language_code(first(LANGUAGE_FIELDS, numbers=False)),
        press_release=any(
            lexicon().release_named(value) == ""
            for value in (_field_text(meta.get(key), numbers=False) for key in GENRE_FIELDS)
            if value
        ),
    )
    unread = None if published or not dates else _quoted(dates[0])
    where = where or origin.shown
    place = origin.place + where.removeprefix(origin.shown)
    return _Claim(
        document,
        where,
        label,
        place,
        id_given,
        unread,
        lines=lines,
        unzoned_time=unzoned,
        named_by_file=not named and folder_outlet(label) is None,
    )


def _without_own_name(title: str | None, source: str | None) -> str | None:
    """A record's title without the name of its own outlet that a news API or an aggregator's
    feed sets after every headline, as the page's title did ("Orbitel to cut jobs - Morning
    Gazette" of Morning Gazette's record); another outlet's name there is the headline's own.

    >>> _without_own_name("Orbitel to cut jobs - Morning Gazette", "Morning Gazette")
    'Orbitel to cut jobs'
    >>> _without_own_name("Ferry deal signed | Port News", "Civic Herald")
    'Ferry deal signed | Port News'
    """
    if not title or not source:
        return title
    named = re.search(rf"{TITLE_PARTS.pattern}{re.escape(source)}\Z", title, re.IGNORECASE)
    return title[: named.start()] if named and named.start() else title


def language_code(tag: object) -> str | None:
    """The ISO 639 code of the language a tag names, in lower case: the first of a list
    ("es-MX, en"); ``None`` for no tag, "und" or what is no tag ("Spanish").

    >>> language_code("es-MX"), language_code("pt_BR"), language_code("ES, en"), language_code("Spanish")
    ('es', 'pt', 'es', None)
    """
    if not isinstance(tag, str):
        return None
    found = LANGUAGE_TAG.fullmatch(tag.split(",")[0].strip())
    code = found and found.group(1).casefold()
    return code if code and code != UNKNOWN_LANGUAGE else None


def _quoted(value: object) -> str:
    """A field's value as a warning quotes it: as written in the file, on one line, cut short."""
    written = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    flat = " ".join(_valid_text(written).split())
    return flat if len(flat) <= QUOTED_VALUE else flat[: QUOTED_VALUE - 1] + "\u2026"


def _first_field(meta: Mapping[str, Any], keys: Sequence[str]) -> str | None:
    """The first of ``keys`` whose field reads as text (:func:`_field_text`) in ``meta``."""
    return next(filter(None, (_field_text(meta.get(key)) for key in keys)), None)


def _field_text(value: object, *, numbers: bool = True) -> str | None:
    """A metadata field as text: a string or (unless ``numbers`` is false) a number as it is, a
    list's texts joined (authors), an object's ``name`` (NewsAPI's ``"source": {"id": ...,
    "name": "Reuters"}``); else none. Lists and objects are read one level deep: a field is a
    name, not a document."""
    if isinstance(value, dict):
        rendered = _rendered(value)
        # A rendered title is HTML's text: "Strike&#8217;s end".
        value = value.get("name", html.unescape(rendered) if isinstance(rendered, str) else None)
    if isinstance(value, list):
        names = (
            _scalar_text(v.get("name") if isinstance(v, dict) else v, numbers=numbers)
            for v in value
        )
        return ", ".join(filter(None, names)) or None
    return _scalar_text(value, numbers=numbers)


def _scalar_text(value: object, *, numbers: bool) -> str | None:
    if isinstance(value, str):
        # A field is one line: a title's line break or tab would break a table's row.
        return " ".join(_unescaped(_valid_text(value)).split()) or None
    if numbers and isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def _valid_text(text: str) -> str:
    """``text`` with any lone surrogate (JSON's escape of half an emoji, "\\ud83d") replaced by
    U+FFFD: no such string can be written out as UTF-8."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return LONE_SURROGATE.sub("\ufffd", text)
    return text


def _unescaped(text: str) -> str:
    """``text`` with HTML's character references read: feeds made from RSS, and text files
    dumped from them, keep "&amp;" and "&#8217;" in plain strings, which no article means.
    Only whole references are read: HTML reads a few names without their semicolon too
    ("&copy"), and a name joined by "&" may end in one ("Print&copy").

    >>> _unescaped("Ferry firm fined &amp; told to pay, the court&#8217;s ruling says"), _unescaped("AT&T")
    ('Ferry firm fined & told to pay, the court\u2019s ruling says', 'AT&T')
    >>> _unescaped("Print&copy &amp; AT&T said &quot;no&quot;")
    'Print&copy & AT&T said "no"'
    """
    # Twice at most: a feed may escape text that was escaped already ("&amp;#8217;").
    for _ in range(2):
        if "&" not in text or not CHARACTER_REFERENCE.search(text):
            break
        text = CHARACTER_REFERENCE.sub(lambda found: html.unescape(found.group()), text)
    return text


def _slug(name: str) -> str:
    # "dam - Copy" is "dam-Copy", one dash between words as one space.
    cleaned = re.sub(r"[^\w.]+", "-", name.strip()).strip("-.")
    return cleaned or "document"


def _label_id(label: str) -> str:
    """A source label as an id, each folder's and the file's name made safe to show as a
    file's name is: "paper_a/dam (1)" is "paper_a/dam-1"."""
    return "/".join(map(_slug, label.split("/")))


def _site(source: str | None) -> str | None:
    """A source as a report names it: a web address given for one (a feed's "source" may be
    the story's address) by its site, without "www.".

    >>> _site("https://www.herald.example/news/2024/dam"), _site("The Herald")
    ('herald.example', 'The Herald')
    """
    if source is None or not WEB_ADDRESS.fullmatch(source):
        return source
    return site_host(source) or source


def _address_site(record: Mapping[str, Any]) -> str | None:
    """The site a record's web address (``url`` or ``link``) is on, a web archive's capture's
    the captured page's, else the site its ``domain`` field names, without "www." or a mobile
    site's "m."; ``None`` without either, and for a site where many outlets post (``[names]
    shared_hosts``: an aggregator's link, news.google.com, names no outlet).

    >>> _address_site({"url": "https://m.carrowledger.example/tax"}), _address_site({"url": "x"})
    ('carrowledger.example', None)
    >>> _address_site({"link": "https://web.archive.org/web/2025/https://herald.example/fire"})
    'herald.example'
    >>> _address_site({"url": "https://news.google.com/rss/articles/CBMi"})
    >>> _address_site({"domain": "www.carrowledger.example"})
    'carrowledger.example'
    """
    address = next((value for key in URL_FIELDS if isinstance(value := record.get(key), str)), None)
    if address is None and isinstance(domain := record.get(DOMAIN_FIELD), str):
        address = f"https://{domain.strip()}/"
    host = site_host(archived_page(address) or address) if address else None
    if host is None or "." not in host:
        return None
    host = host.removeprefix("m.").removeprefix("mobile.")
    return None if host in lexicon().shared_hosts else host


def _site_outlets(records: Iterable[object]) -> dict[str, str]:
    """The outlet each site is named as by a feed's ``records`` that name their source and give
    a web address (:func:`_address_site`): the name most of them give, of names as many give the
    first in code point order, so that neither the records' order nor the feed's name moves it.

    >>> rows = [{"source": s, "url": f"https://northstar.example/{n}"}
    ...     for n, s in enumerate(["Northstar News", "Northstar", "Northstar News"])]
    >>> _site_outlets([*rows, {"url": "https://northstar.example/9"}, "broken"])
    {'northstar.example': 'Northstar News'}
    """
    named: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for record in records:
        if not isinstance(record, dict):
            continue
        known = _known_fields(record)
        source = _first_field(known, SOURCE_FIELDS)
        if source and (site := _address_site(known)):
            named[site][source] += 1
    return {
        site: min(names.items(), key=lambda name: (-name[1], name[0]))[0]
        for site, names in sorted(named.items())
    }


def _outlet_of_folder(label: str) -> bool:
    """Whether a folder of ``label`` (a source label: the file's path below the folder given)
    names the file's outlet, before the outlet its text names (a reprint's byline names the
    wire's): a news outlet's (``york_gazette/``, ``reuters/``: :func:`folder_outlet`) or a web
    site's (``newspunch24.com/``: :func:`_site_folder`). A story's or a day's folder names none
    ("Harbour fire/wire/"), so a file's outlet does not change as it is moved into one.

    >>> _outlet_of_folder("papers/york_gazette/flood"), _outlet_of_folder("fire/wire/ap")
    (True, False)
    """
    return folder_outlet(label) is not None or _site_folder(label) is not None


def _site_folder(label: str) -> str | None:
    """The web site a file's folder is named as, the folder nearest the file first: a crawl
    keeps each site's pages in a folder named as its domain, whose files are that site's, as a
    web address given for a record's source is (:func:`_site`); ``None`` when no folder of
    ``label`` (a source label: the file's path below the folder given) is so named (see
    :func:`_is_site_domain`).

    >>> _site_folder("newspunch24.com/dorvansk"), _site_folder("crawl/www.rt.ru/2025/velmar")
    ('newspunch24.com', 'rt.ru')
    >>> _site_folder("strike/fox"), _site_folder("notes.old/fox"), _site_folder("example.net")
    (None, None, None)
    """
    *folders, _ = label.split("/")
    return next((_site(folder) for folder in reversed(folders) if _is_site_domain(folder)), None)


def _is_site_domain(folder: str) -> bool:
    """Whether a folder's name is a web site's domain: one that ends with a country's two
    letters ("rt.ru", "bbc.co.uk") or one of ``site_domain_endings`` ("example.com"). A folder's
    own ending is none ("notes.old/", "notes.zz/"), and nor is a kind of file's that is a
    country's too ("drafts.md/", "notes.py/"), unless the name is a host's: after "www." or
    under a site's ending ("www.point.md", "abc.com.py").

    >>> [_is_site_domain(f) for f in ("lemonde.fr", "drafts.md", "www.point.md", "abc.com.py")]
    [True, False, True, True]
    """
    if not DOMAIN.fullmatch(folder):
        return False
    terms = lexicon()
    *names, ending = folder.casefold().split(".")
    if ending in terms.site_domain_endings:
        return True
    return ending in terms.site_country_endings and (
        ending not in terms.file_kind_endings
        or names[0] == "www"
        or names[-1] in terms.site_domain_endings
    )


def _distinct_ids(claims: Sequence[_Claim]) -> tuple[Document, ...]:
    """The documents, each with an id of its own whatever the input order.

    An id that one document claims stays, and so does one that a record gives as its own key
    (``id``, ``guid``: see ``ID_FIELDS``) while other documents take it from their files' names;
    of several records that give one key (an article's versions), or that give none and one
    text, the earliest keeps it (see :func:`_earliest`), and each other record gets its
    content's key added (``cw-0001@5d41402a``: see :func:`_version_key`), so that neither
    depends on the line a record sits on. The other claimants of a shared id take their files' path below the folder
    given, when no other document has it (``paper_a/dam`` for ``dam.txt`` in a folder per
    outlet); else the place they were read from is added, below the folder holding the paths
    given: ``wire@b/wire.md``. No two documents are read from one place, so these ids are
    distinct too.
    """
    claimants = Counter(claim.document.id for claim in claims)
    given: defaultdict[str, list[_Claim]] = defaultdict(list)
    for claim in claims:
        if _keyed(claim):
            given[claim.document.id].append(claim)
    earliest = {claimed: min(of_id, key=_earliest) for claimed, of_id in given.items()}
    labels = Counter(_label_id(claim.label) for claim in claims)

    def keeps_id(claim: _Claim) -> bool:
        claimed = claim.document.id
        return claimants[claimed] == 1 or earliest.get(claimed) is claim

    kept = {claim.document.id for claim in claims if keeps_id(claim)}

    def new_id(claim: _Claim) -> str:
        label = _label_id(claim.label)
        if not claim.id_given and labels[label] == 1 and label not in kept:
            return label
        if claim.document.record is not None:
            return f"{claim.document.id}{PLACE_SEPARATOR}{_version_key(claim.document)}"
        return f"{claim.document.id}{PLACE_SEPARATOR}{claim.place}"

    documents = [
        claim.document if keeps_id(claim) else replace(claim.document, id=new_id(claim))
        for claim in claims
    ]
    # A feed's id may hold the separator and so be another document's id with its key or place:
    # that feed's document gets its own place added too, which no other document has. So do
    # records of one id that give the same content (``compare check`` reads repeats).
    taken = Counter(d.id for d in documents)
    given_with_separator = {
        d.id
        for d, claim in zip(documents, claims, strict=True)
        if _keyed(claim) and d.id == claim.document.id and PLACE_SEPARATOR in d.id
    }

    def placed(document: Document, claim: _Claim) -> bool:
        if taken[document.id] < 2 or not _keyed(claim):
            return False
        renamed = document.id != claim.document.id
        return not renamed if document.id in given_with_separator else renamed

    return tuple(
        replace(d, id=f"{d.id}{PLACE_SEPARATOR}{claim.place}") if placed(d, claim) else d
        for d, claim in zip(documents, claims, strict=True)
    )


def _keyed(claim: _Claim) -> bool:
    """Whether ``claim``'s id is its record's: the key the record gives, or, for a feed's record
    that gives none, its text's (:func:`text_key`)."""
    return claim.id_given or claim.document.record is not None


def _earliest(claim: _Claim) -> tuple[bool, str, str, str]:
    """The order in which the records that give one id keep it: the earliest version by when
    it was last modified, else published, an undated one after every dated one, then by text
    and outlet, so that the bare id names one version whatever order a feed's lines come in."""
    document = claim.document
    moment = document.modified_time or document.published_time or document.published
    return moment is None, moment or "", document.text, document.source


def _version_key(document: Document) -> str:
    """What tells a version of an article from the others that give its id: a key of its text,
    outlet, title, web address and times, the same wherever its record sits in its feed.

    >>> _version_key(Document("cw-1", "Coastline Wire", "Ferries were cancelled on Monday."))
    'e39fab16'
    """
    return text_key(
        "\0".join(
            value or ""
            for value in (
                document.text,
                document.source,
                document.title,
                document.url,
                document.published,
                document.published_time,
                document.modified_time,
            )
        )
    )


def text_key(text: str) -> str:
    """A short key of ``text`` (8 hex digits of its SHA-1), readable in an id and the same in
    every run: a record that gives no id is named by it, as a version is told from its
    article's others (:func:`_version_key`).

    >>> text_key("Ferries were cancelled on Monday.")
    '2b21ce3b'
    """
    return hashlib.sha1(text.encode(), usedforsecurity=False).hexdigest()[:TEXT_KEY_DIGITS]
