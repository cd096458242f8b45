"""Renderers from a Result to report files, and the one function that writes them."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import StrEnum
from functools import partial

from compare.records import Result
from compare.report.json_report import json_chunks
from compare.report.markdown import render_index, render_story, story_file_name
from compare.report.write import RenderedOnRead, ReportError, write_reports


class ReportFormat(StrEnum):
    """Which reports a run writes."""

    MD = "md"
    JSON = "json"
    ALL = "all"


def render_reports(result: Result, format: ReportFormat = ReportFormat.MD) -> RenderedOnRead:
    """File name -> content for every report of ``format``, each made when it is read."""
    renderers: dict[str, Callable[[], Iterable[str]]] = {}
    if format in ("md", "all"):
        renderers["index.md"] = partial(_whole, render_index, result)
        for story in result.stories:
            renderers[story_file_name(story)] = partial(_whole, render_story, result, story)
    if format in ("json", "all"):
        renderers["report.json"] = partial(json_chunks, result)
    return RenderedOnRead(renderers)


def _whole(render: Callable[..., str], *arguments: object) -> tuple[str]:
    return (render(*arguments),)


__all__ = ["RenderedOnRead", "ReportError", "ReportFormat", "render_reports", "write_reports"]
