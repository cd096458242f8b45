"""The near-duplicate listing behind ``compare dedup``: one row per document, for pipelines."""

from __future__ import annotations

import csv
import io
import json
from enum import StrEnum

from tabulate import tabulate

from compare.records import Result

COLUMNS = ("id", "path", "source", "cluster", "canonical", "containment", "title")
# A spreadsheet runs a cell that starts with one of these as a formula: a source named
# '=HYPERLINK("http://evil.example")' would be a link in the editor's sheet.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class DedupFormat(StrEnum):
    """How ``compare dedup`` writes its rows."""

    TABLE = "table"
    CSV = "csv"
    JSON = "json"
    JSONL = "jsonl"


def dedup_rows(result: Result) -> list[dict[str, str | float]]:
    """Every document in input order with its cluster, canonical member and containment in it,
    and its title to recognise it by (empty when it has none).

    >>> from compare import compare_documents, Document
    >>> text = "Talks in Geneva ended on Monday without a deal."
    >>> docs = [Document(d, f"{d}.txt", d.title(), None, None, None, text) for d in ("a", "b")]
    >>> [(row["id"], row["canonical"]) for row in dedup_rows(compare_documents(docs))]
    [('a', 'a'), ('b', 'a')]
    """
    documents = result.by_id
    return [
        {
            "id": member.doc,
            "path": documents[member.doc].path,
            "source": documents[member.doc].source,
            "cluster": member.cluster,
            "canonical": member.canonical,
            "containment": member.containment,
            "title": documents[member.doc].title or "",
        }
        for member in result.clusters
    ]


def render_dedup(result: Result, format: DedupFormat = DedupFormat.TABLE) -> str:
    """The rows of :func:`dedup_rows` as a text table, CSV with a header, a JSON list, or JSON
    lines; always ending with a newline.
    """
    rows = dedup_rows(result)
    if format is DedupFormat.JSON:
        return json.dumps(rows, ensure_ascii=False, indent=1) + "\n"
    if format is DedupFormat.JSONL:
        return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    if format is DedupFormat.CSV:
        out = io.StringIO()
        writer = csv.DictWriter(out, COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: _inert(v) for k, v in row.items()} for row in rows)
        return out.getvalue()
    table = [[_one_line(row[column]) for column in COLUMNS] for row in rows]
    return tabulate(table, headers=list(COLUMNS), disable_numparse=True) + "\n"


def _one_line(value: str | float) -> str | float:
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


def _inert(value: str | float) -> str | float:
    """A CSV cell a spreadsheet shows as written: text starting like a formula gets a leading
    apostrophe, as spreadsheets themselves mark text."""
    return f"'{value}" if isinstance(value, str) and value.startswith(FORMULA_STARTS) else value
