"""The report files of a run: their names, what each holds, and the check before a run that
they may be written."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache, partial
from pathlib import Path

from compare.focus import focus_articles, focus_page_name, is_focus_file_name
from compare.read import reports_written
from compare.records import Result
from compare.report import ReportFormat
from compare.report.framing_table import render_framing
from compare.report.json_report import json_chunks
from compare.report.markdown import (
    INDEX,
    INDEX_PAGES,
    render_focus,
    render_focus_group,
    render_index,
    render_index_page,
    render_story,
    splits_index,
    story_file_name,
)
from compare.report.network import edges, phrased_edges, render_edges
from compare.report.write import RenderedOnRead, check_folder

JSON_REPORT = "report.json"
EDGES = "edges.csv"
FRAMING = "framing.csv"
# The names of the story pages a run may write (see ``markdown.story_file_name``).
STORY_PAGE = re.compile(r"story-\d{3,}(?:-[a-z0-9-]+)?\.md")


def render_reports(
    result: Result,
    format: ReportFormat = ReportFormat.MD,
    *,
    every_match: bool = False,
    focus: str | None = None,
    csv_bom: bool = False,
) -> RenderedOnRead:
    """File name -> content for every report of ``format``, each made when it is read
    (``every_match`` as :func:`~compare.report.json_report.json_chunks` takes it); with
    ``focus``, the id of an article, its focus page (``focus-<id>.md``) too, or the name of a
    live page's file or of an outlet (``focus.focus_articles``), the page of its articles; with ``csv_bom``,
    the CSV files opening with a UTF-8 byte-order mark (U+FEFF), by which Excel reads them as
    UTF-8."""
    renderers: dict[str, Callable[[], Iterable[str]]] = {}
    # The index's outlet table and edges.csv read one list of the run's edges, built when the
    # first of them is written.
    run_edges = cache(partial(edges, result))
    if format.markdown:
        # The pages name the report.json beside them for what they leave out.
        beside = format.json
        for story in result.stories:
            renderers[story_file_name(story)] = partial(
                _whole, render_story, result, story, json_beside=beside
            )
        if focus:
            articles = focus_articles(result.documents, focus)
            focused = tuple(d.id for d in articles)
            renderers[focus_page_name(articles, focus)] = (
                partial(_whole, render_focus, result, focused[0])
                if len(focused) == 1
                else partial(_whole, render_focus_group, result, focus, focused)
            )
        # Written after the pages it links to: a run cut short links to no missing page.
        if splits_index(result):
            for page in INDEX_PAGES:
                renderers[page] = partial(
                    _whole, render_index_page, result, page, json_beside=beside
                )
        renderers[INDEX] = lambda: (
            render_index(result, json_beside=beside, run_edges=run_edges(), focus=focus),
        )
    if format.json:
        renderers[JSON_REPORT] = lambda: json_chunks(
            result, every_match=every_match, focus=focus, run_edges=run_edges()
        )
        # Excel reads a CSV without the mark in the system's code page: Urdu comes out garbled.
        mark = "\ufeff" if csv_bom else ""
        latest = {member.doc: member.latest_version for member in result.clusters}
        renderers[EDGES] = lambda: (
            mark,
            render_edges(phrased_edges(result, run_edges()), latest),
        )
        renderers[FRAMING] = lambda: (mark, render_framing(result, every_match=every_match))
    index_pages = [page for page in INDEX_PAGES if page in renderers]
    return RenderedOnRead(renderers, summaries=(INDEX, *index_pages, JSON_REPORT, EDGES, FRAMING))


def check_out(out: Path, format: ReportFormat = ReportFormat.MD) -> None:
    """Check, before a run, that its reports of ``format`` may be written into ``out``: that
    ``out`` is no file, may be written to, and holds no file of the run's fixed names
    (``index.md`` and its pages, ``report.json``, ``edges.csv``, ``framing.csv``) or named as its story and focus pages are
    (``story-001-*.md``, ``focus-*.md``) that compare did not write, nor one edited since.

    Raises:
        ReportError: one line for the user.
    """
    fixed = (
        (INDEX, format.markdown),
        # Whether the run's index is split is known only at its end: its pages may be written.
        *((page, format.markdown) for page in INDEX_PAGES),
        (JSON_REPORT, format.json),
        (EDGES, format.json),
        (FRAMING, format.json),
    )
    wanted = [name for name, written in fixed if written]
    # Which story pages a run writes is known only at its end: any page of that shape may be one.
    pages = (
        sorted(
            path.name
            for path in out.glob("*.md")
            if STORY_PAGE.fullmatch(path.name) or is_focus_file_name(path.name)
        )
        if format.markdown
        else []
    )
    check_folder(out, [*wanted, *pages])


def reports_present(out: Path) -> set[str]:
    """The names of the reports an earlier run wrote into ``out`` that are there still: those a
    run does not write again it removes, and its summary counts them."""
    return {name for name in reports_written(out) if (out / name).is_file()}


def _whole(render: Callable[..., str], *arguments: object, **options: object) -> tuple[str]:
    return (render(*arguments, **options),)
