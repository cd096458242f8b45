"""Renderers from a Result to report files, and the one function that writes them."""

from __future__ import annotations

from enum import StrEnum

from compare.records import Result
from compare.report.json_report import render_json
from compare.report.markdown import render_index, render_story, story_file_name
from compare.report.write import ReportError, write_reports


class ReportFormat(StrEnum):
    """Which reports a run writes."""

    MD = "md"
    JSON = "json"
    ALL = "all"


def render_reports(result: Result, format: ReportFormat = ReportFormat.MD) -> dict[str, str]:
    """File name -> content for every report of ``format``."""
    files: dict[str, str] = {}
    if format in ("md", "all"):
        files["index.md"] = render_index(result)
        for story in result.stories:
            files[story_file_name(story)] = render_story(result, story)
    if format in ("json", "all"):
        files["report.json"] = render_json(result)
    return files


__all__ = ["ReportError", "ReportFormat", "render_reports", "write_reports"]
