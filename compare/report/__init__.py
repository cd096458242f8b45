"""Reports of a run: the formats it writes (:class:`ReportFormat`), the renderers of a Result
(``markdown``, ``json_report``, ``dedup``), the files a run writes (``files``) and the writer
that writes them safely (``write``).

This module imports no renderer: the command line reads the formats for its help.
"""

from __future__ import annotations

from enum import StrEnum


class ReportFormat(StrEnum):
    """Which reports a run writes."""

    MD = "md"
    JSON = "json"
    ALL = "all"

    @property
    def markdown(self) -> bool:
        return self in (ReportFormat.MD, ReportFormat.ALL)

    @property
    def json(self) -> bool:
        return self in (ReportFormat.JSON, ReportFormat.ALL)
