"""Reports of a run: the formats it writes (:class:`ReportFormat`), the renderers of a Result
(``markdown``, ``json_report``, ``dedup``), the files a run writes (``files``) and the writer
that writes them safely (``write``).

This module imports no renderer: the command line reads the formats for its help.
"""

from __future__ import annotations

from enum import StrEnum

# A story of more documents than this is told outlet by outlet: its tables get a row, not a
# column, per outlet, and only pairs that reuse each other's text get a section (one wire story
# carried by 150 outlets made a 31 MB page, a table 155 columns wide and 11,325 pair sections);
# report.json gives no aligned sentences of its pairs whose shared text both took from a third
# article (300 outlets made 44,587 such pairs and a report.json of 493 MB).
WIDE_STORY = 12


class ReportFormat(StrEnum):
    """Which reports a run writes."""

    MD = "md"
    JSON = "json"
    ALL = "all"

    @classmethod
    def _missing_(cls, value: object) -> None:
        # render() takes a plain string too: its error names the formats there are.
        raise ValueError(f"{value!r} is not one of {', '.join(cls)}")

    @property
    def markdown(self) -> bool:
        return self in (ReportFormat.MD, ReportFormat.ALL)

    @property
    def json(self) -> bool:
        return self in (ReportFormat.JSON, ReportFormat.ALL)


class PairFormat(StrEnum):
    """How ``compare pair`` prints its comparison."""

    MD = "md"
    JSON = "json"


# The short fields first, the cluster's beside the times that decide its canonical member (of
# versions of one article, when each was modified); the address and the title, long, last. A
# column added later goes after them all, so a pipeline that reads the columns by their place
# keeps reading the ones it knew: the cluster's member to show, each row's relation to the
# canonical one, the latest version of its own article, the id its record gave and its story's
# key came so.
COLUMNS = (
    "id",
    "path",
    "source",
    "date",
    "modified_time",
    "cluster",
    "canonical",
    "containment",
    "url",
    "title",
    "modified_local_time",
    "published_local_time",
    "current",
    "relation",
    "published",
    "published_time",
    "record",
    "story",
    "latest_version",
    "article_id",
    "story_key",
    "latest_version_known",
)
# The columns of the table a person reads in a terminal, which tell which articles are copies of
# which: all of them made a table over 600 characters wide, each row wrapped over several lines.
TABLE_COLUMNS = ("id", "cluster", "canonical", "relation", "containment")


class DedupFormat(StrEnum):
    """How ``compare dedup`` writes its rows."""

    TABLE = "table"
    CSV = "csv"
    JSON = "json"
    JSONL = "jsonl"
