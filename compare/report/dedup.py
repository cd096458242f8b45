"""The near-duplicate listing behind ``compare dedup``: one row per document, for pipelines."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict

from tabulate import tabulate

from compare.records import ClusterMember, Document, Result, Story
from compare.report import COLUMNS, TABLE_COLUMNS, DedupFormat
from compare.report.json_report import skipped_listing
from compare.report.software import compare_version, software

# A spreadsheet runs a cell that starts with one of these as a formula: a source named
# '=HYPERLINK("http://evil.example")' would be a link in the editor's sheet.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def dedup_rows(result: Result) -> list[dict[str, str | float | None]]:
    """Every document in input order with its cluster, canonical member and containment in it,
    its date (the moment in UTC when it gives one, else its day), when this version of it was
    last modified (in UTC, or by its feed's clock when the feed gives no zone) and published by
    that clock, its address to join it back to its feed by and its title to recognise it by
    (each ``None`` when it gives none, as report.json has it), the cluster's member to show
    (``ClusterMember.current``: keep the rows whose id it is to deduplicate a feed) and how the
    document relates to the canonical member (``canonical``, ``copy``, ``rewrite``, ``version``);
    then its date split as report.json splits it, the day it gives (``published``) and the
    moment in UTC (``published_time``), each ``None`` when it gives none, its record of a feed
    (``feed.jsonl:3``; ``None`` for a file of one article), its story's id, and the latest
    version of its own article (``ClusterMember.latest_version``: keep the rows whose id it is for
    one row per article, its latest version, where ``current`` keeps one per cluster), and the
    id its record gave (``Document.article_id``, before a place was added to keep ids distinct;
    ``None`` for a file or record that gives none), to join the rows back to a feed on, and its
    story's key across runs (``Story.key``): the story's id is its place in this run, renumbered,
    and wider, as a run holds more stories ("story-001", "story-0001"), and whether the times of
    its article's versions name its latest version (``ClusterMember.latest_version_known``:
    ``False`` marks ``latest_version`` a guess).

    >>> from compare import compare_documents, Document
    >>> text = "Talks in Geneva ended on Monday without a deal."
    >>> docs = [Document(d, d.title(), text) for d in ("a", "b")]
    >>> [(row["id"], row["canonical"], row["relation"]) for row in dedup_rows(compare_documents(docs))]
    [('a', 'a', 'canonical'), ('b', 'a', 'copy')]
    """
    documents = result.by_id
    stories = {story.id: story for story in result.stories}
    return [
        _row(member, documents[member.doc], stories[result.story_of[member.doc]])
        for member in result.clusters
    ]


def _row(member: ClusterMember, document: Document, story: Story) -> dict[str, str | float | None]:
    return {
        "id": member.doc,
        "path": document.path,
        "source": document.source,
        "date": document.published_time or document.published,
        "modified_time": document.modified_time,
        "cluster": member.cluster,
        "canonical": member.canonical,
        "containment": member.containment,
        "url": document.url,
        "title": document.title,
        "modified_local_time": document.modified_local_time,
        "published_local_time": document.published_local_time,
        "current": member.current,
        "relation": member.relation.value,
        "published": document.published,
        "published_time": document.published_time,
        "record": document.record,
        "story": story.id,
        "latest_version": member.latest_version,
        "article_id": document.article_id,
        "story_key": story.key,
        "latest_version_known": member.latest_version_known,
    }


def render_dedup(result: Result, format: DedupFormat = DedupFormat.TABLE) -> str:
    """The rows of :func:`dedup_rows` as a text table (of ``TABLE_COLUMNS`` alone), CSV with a
    header, JSON, or JSON lines; always ending with a newline.

    JSON gives the rows (``rows``) with what made them, as report.json names it: the version of
    compare (``version``), the software (``software``), the settings (``settings``) and the
    inputs skipped (``skipped``), for a table made from it to be traced to a configuration.
    The other formats are rows alone, as a spreadsheet or a pipeline reads them.
    """
    rows = dedup_rows(result)
    if format is DedupFormat.JSON:
        listing = {
            "rows": rows,
            "settings": asdict(result.settings),
            "skipped": skipped_listing(result.skipped),
            "software": software(),
            "version": compare_version(),
        }
        return json.dumps(listing, ensure_ascii=False, indent=1) + "\n"
    if format is DedupFormat.JSONL:
        return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    if format is DedupFormat.CSV:
        out = io.StringIO()
        writer = csv.DictWriter(out, COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: inert(v) for k, v in row.items()} for row in rows)
        return out.getvalue()
    table = [[_one_line(row[column]) for column in TABLE_COLUMNS] for row in rows]
    return tabulate(table, headers=list(TABLE_COLUMNS), disable_numparse=True) + "\n"


def _one_line(value: str | float | None) -> str | float | None:
    """A table cell on one line, its columns in line: a file's name may hold a line break,
    which would split the row, a tab, which would shift the cells after it, or another
    character a terminal acts on (a vertical tab, a paragraph separator).

    >>> _one_line("new\\nline.txt"), _one_line("a\\tb.txt"), _one_line(0.5)
    ('new\\\\nline.txt', 'a\\\\tb.txt', 0.5)
    """
    if isinstance(value, str) and not value.isprintable():
        return "".join(c if c.isprintable() else _escaped(c) for c in value)
    return value


def _escaped(character: str) -> str:
    """A character a terminal would act on, as Python writes it: "\\n", "\\t", "\\x0b",
    "\\u2028"."""
    return repr(character)[1:-1]


def inert(value: str | float | None) -> str | float | None:
    """A CSV cell a spreadsheet shows as written: text starting like a formula gets a leading
    apostrophe, as spreadsheets themselves mark text."""
    return f"'{value}" if isinstance(value, str) and value.startswith(FORMULA_STARTS) else value
