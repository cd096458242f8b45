"""Compare how different outlets report the same story.

>>> from compare import compare_documents, Document
>>> wire = Document("wire", "Reuters", "Talks in Geneva ended on Monday without a deal.")
>>> daily = Document("daily", "Daily", "Talks in Geneva ended on Monday without a deal.")
>>> compare_documents([wire, daily]).pairs[0].verdict.value
'copy'

The names are imported when first used: ``compare --help`` and ``from compare.cli import app``
need not wait for the pipeline's libraries (trafilatura, SciPy, datasketch). Besides the entry
points, every record a result holds is named here, to annotate code that reads one.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from compare.align import Judgement as Judgement
    from compare.align import judge as judge
    from compare.cache import DiskCache as DiskCache
    from compare.candidates import propose_pairs as propose_pairs
    from compare.live_pages import RemovedEntry as RemovedEntry
    from compare.pipeline import compare_against as compare_against
    from compare.pipeline import compare_documents as compare_documents
    from compare.pipeline import compare_paths as compare_paths
    from compare.pipeline import compare_paths_against as compare_paths_against
    from compare.pipeline import render as render
    from compare.read import BrokenFrontMatter as BrokenFrontMatter
    from compare.read import InputError as InputError
    from compare.read import NotUtf8Lines as NotUtf8Lines
    from compare.read import ReadNote as ReadNote
    from compare.read import ReadResult as ReadResult
    from compare.read import Renamed as Renamed
    from compare.read import Undated as Undated
    from compare.read import Unsourced as Unsourced
    from compare.read import UnzonedTime as UnzonedTime
    from compare.read import document_from_html as document_from_html
    from compare.read import document_from_record as document_from_record
    from compare.records import AddedTerms as AddedTerms
    from compare.records import AlteredQuotation as AlteredQuotation
    from compare.records import ArticleNote as ArticleNote
    from compare.records import CarriedChange as CarriedChange
    from compare.records import ClusterMember as ClusterMember
    from compare.records import Credit as Credit
    from compare.records import CreditKind as CreditKind
    from compare.records import DateSetAside as DateSetAside
    from compare.records import DifferingFigure as DifferingFigure
    from compare.records import DirectionBasis as DirectionBasis
    from compare.records import DirectionCycle as DirectionCycle
    from compare.records import Document as Document
    from compare.records import FigureGiven as FigureGiven
    from compare.records import FilledFor as FilledFor
    from compare.records import FilledTemplate as FilledTemplate
    from compare.records import FramingKind as FramingKind
    from compare.records import FramingNote as FramingNote
    from compare.records import FramingProfile as FramingProfile
    from compare.records import HeadlineReuse as HeadlineReuse
    from compare.records import JoinedBy as JoinedBy
    from compare.records import KeptApart as KeptApart
    from compare.records import Match as Match
    from compare.records import MatchKind as MatchKind
    from compare.records import NoteKind as NoteKind
    from compare.records import PairComparison as PairComparison
    from compare.records import PressRelease as PressRelease
    from compare.records import Progress as Progress
    from compare.records import Relation as Relation
    from compare.records import Result as Result
    from compare.records import Retold as Retold
    from compare.records import RunPlace as RunPlace
    from compare.records import Sentence as Sentence
    from compare.records import SentenceGroup as SentenceGroup
    from compare.records import SharedQuotation as SharedQuotation
    from compare.records import Skipped as Skipped
    from compare.records import SkipReason as SkipReason
    from compare.records import Span as Span
    from compare.records import StaleCopy as StaleCopy
    from compare.records import Staleness as Staleness
    from compare.records import Story as Story
    from compare.records import StoryLink as StoryLink
    from compare.records import Taken as Taken
    from compare.records import TakenThrough as TakenThrough
    from compare.records import UnorderedVersions as UnorderedVersions
    from compare.records import UnreadDate as UnreadDate
    from compare.records import Verdict as Verdict
    from compare.records import Version as Version
    from compare.records import WordEdit as WordEdit
    from compare.report import ReportFormat as ReportFormat
    from compare.report.json_report import json_chunks as json_chunks
    from compare.report.json_report import report_json as report_json
    from compare.report.write import ReportError as ReportError
    from compare.run_warnings import comparison_warnings as comparison_warnings
    from compare.run_warnings import read_warnings as read_warnings
    from compare.segment import as_sentence as as_sentence
    from compare.segment import sentences as sentences
    from compare.settings import Settings as Settings
    from compare.settings import SettingsError as SettingsError

    __version__: str

# The records every result is made of, named where a caller annotates what it reads.
_RECORDS = (
    "AddedTerms",
    "AlteredQuotation",
    "ArticleNote",
    "CarriedChange",
    "ClusterMember",
    "Credit",
    "CreditKind",
    "DateSetAside",
    "DifferingFigure",
    "DirectionBasis",
    "DirectionCycle",
    "Document",
    "FigureGiven",
    "FilledFor",
    "FilledTemplate",
    "FramingKind",
    "FramingNote",
    "FramingProfile",
    "HeadlineClaim",
    "HeadlineReuse",
    "JoinedBy",
    "KeptApart",
    "Match",
    "MatchKind",
    "NoteKind",
    "PairComparison",
    "PressRelease",
    "Progress",
    "Relation",
    "Result",
    "Retold",
    "RunPlace",
    "Sentence",
    "SentenceGroup",
    "SharedQuotation",
    "SkipReason",
    "Skipped",
    "Span",
    "StaleCopy",
    "Staleness",
    "Story",
    "StoryLink",
    "Taken",
    "TakenThrough",
    "UnorderedVersions",
    "UnreadDate",
    "Verdict",
    "Version",
    "WordEdit",
)
# What a read gives a script's ``on_read`` (``ReadResult``), and the records it holds.
_READ_RECORDS = (
    "BrokenFrontMatter",
    "NotUtf8Lines",
    "ReadNote",
    "ReadResult",
    "Renamed",
    "Undated",
    "Unsourced",
    "UnzonedTime",
)
_MODULE_OF = {
    "as_sentence": "compare.segment",
    "compare_against": "compare.pipeline",
    "comparison_warnings": "compare.run_warnings",
    "compare_documents": "compare.pipeline",
    "compare_paths": "compare.pipeline",
    "compare_paths_against": "compare.pipeline",
    "DiskCache": "compare.cache",
    "document_from_html": "compare.read",
    "document_from_record": "compare.read",
    "InputError": "compare.read",
    "json_chunks": "compare.report.json_report",
    "judge": "compare.align",
    "Judgement": "compare.align",
    "propose_pairs": "compare.candidates",
    "read_warnings": "compare.run_warnings",
    "render": "compare.pipeline",
    "RemovedEntry": "compare.live_pages",
    "sentences": "compare.segment",
    "report_json": "compare.report.json_report",
    "ReportError": "compare.report.write",
    "ReportFormat": "compare.report",
    "Settings": "compare.settings",
    "SettingsError": "compare.settings",
    **dict.fromkeys(_RECORDS, "compare.records"),
    **dict.fromkeys(_READ_RECORDS, "compare.read"),
}
__all__ = sorted(_MODULE_OF)

# Hidden from type checkers, which then take a misspelled name (``from compare import Setings``)
# for the error it is, not for an attribute of type ``object``.
if not TYPE_CHECKING:

    def __getattr__(name: str) -> object:
        """A public name, imported from its module when first asked for; ``__version__``, the
        installed package's version."""
        if name == "__version__":
            # Imported here: importlib.metadata takes longer to load than the rest of the
            # package, before the `compare` command can say Ctrl-C as it does (compare.entry).
            from importlib.metadata import PackageNotFoundError, version

            try:
                value: object = version("compare")
            except PackageNotFoundError:
                raise AttributeError("compare is not installed: it has no __version__") from None
        elif name in _MODULE_OF:
            value = getattr(import_module(_MODULE_OF[name]), name)
        else:
            raise AttributeError(f"module 'compare' has no attribute {name!r}")
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    """The package's public names, those not imported yet included, and the module's own
    (``__doc__``, ``__version__``, ...): not the names it imports to find them."""
    return sorted({*__all__, "__version__", *filter(_is_dunder, globals())})


def _is_dunder(name: str) -> bool:
    return name.startswith("__") and name.endswith("__")
