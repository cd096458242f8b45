"""Renderers from a Result to report files, and the one function that writes them."""

from __future__ import annotations

from compare.pipeline import Result
from compare.report.json_report import render_json
from compare.report.markdown import render_index, render_story, story_file_name
from compare.report.write import ReportError, write_reports

FORMATS = ("md", "json", "all")


def render_reports(result: Result, format: str = "md") -> dict[str, str]:
    """File name -> content for every report of ``format`` (``md``, ``json`` or ``all``)."""
    files: dict[str, str] = {}
    if format in ("md", "all"):
        files["index.md"] = render_index(result)
        for story in result.stories:
            files[story_file_name(story)] = render_story(result, story)
    if format in ("json", "all"):
        files["report.json"] = render_json(result)
    return files


__all__ = ["FORMATS", "ReportError", "render_reports", "write_reports"]
