"""Renderers from a Result to report files, and the one function that writes them."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from enum import StrEnum
from functools import partial

from compare.records import Result
from compare.report.json_report import render_json
from compare.report.markdown import render_index, render_story, story_file_name
from compare.report.write import ReportError, write_reports


class ReportFormat(StrEnum):
    """Which reports a run writes."""

    MD = "md"
    JSON = "json"
    ALL = "all"


class RenderedOnRead(Mapping[str, str]):
    """File name -> content, each file rendered when it is read: writing the reports then holds
    one of them in memory at a time (the Markdown of 100,000 articles is 1.4 GB).
    """

    def __init__(self, renderers: dict[str, Callable[[], str]]) -> None:
        self._renderers = renderers

    def __getitem__(self, name: str) -> str:
        return self._renderers[name]()

    def __iter__(self) -> Iterator[str]:
        return iter(self._renderers)

    def __len__(self) -> int:
        return len(self._renderers)


def render_reports(result: Result, format: ReportFormat = ReportFormat.MD) -> RenderedOnRead:
    """File name -> content for every report of ``format``."""
    renderers: dict[str, Callable[[], str]] = {}
    if format in ("md", "all"):
        renderers["index.md"] = partial(render_index, result)
        for story in result.stories:
            renderers[story_file_name(story)] = partial(render_story, result, story)
    if format in ("json", "all"):
        renderers["report.json"] = partial(render_json, result)
    return RenderedOnRead(renderers)


__all__ = ["ReportError", "ReportFormat", "render_reports", "write_reports"]
