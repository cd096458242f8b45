"""Compare how different outlets report the same story.

>>> from compare import compare_documents, Document
>>> wire = Document("wire", "wire.txt", "Reuters", None, None, None, "Talks in Geneva ended on Monday without a deal.")
>>> daily = Document("daily", "daily.txt", "Daily", None, None, None, "Talks in Geneva ended on Monday without a deal.")
>>> compare_documents([wire, daily]).pairs[0].verdict.value
'copy'

The names are imported when first used: ``compare --help`` and ``from compare.cli import app``
need not wait for the pipeline's libraries (trafilatura, SciPy, datasketch).
"""

from __future__ import annotations

from importlib import import_module
from importlib.metadata import version
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from compare.align import Judgement as Judgement
    from compare.align import judge as judge
    from compare.candidates import propose_pairs as propose_pairs
    from compare.pipeline import compare_documents as compare_documents
    from compare.pipeline import compare_paths as compare_paths
    from compare.pipeline import render as render
    from compare.read import InputError as InputError
    from compare.records import Document as Document
    from compare.records import FramingProfile as FramingProfile
    from compare.records import MatchKind as MatchKind
    from compare.records import Result as Result
    from compare.records import Verdict as Verdict
    from compare.report import ReportFormat as ReportFormat
    from compare.segment import as_sentence as as_sentence
    from compare.settings import Settings as Settings
    from compare.settings import SettingsError as SettingsError

    __version__: str

_MODULE_OF = {
    "Document": "compare.records",
    "FramingProfile": "compare.records",
    "InputError": "compare.read",
    "Judgement": "compare.align",
    "MatchKind": "compare.records",
    "Result": "compare.records",
    "Settings": "compare.settings",
    "SettingsError": "compare.settings",
    "ReportFormat": "compare.report",
    "Verdict": "compare.records",
    "as_sentence": "compare.segment",
    "compare_documents": "compare.pipeline",
    "compare_paths": "compare.pipeline",
    "judge": "compare.align",
    "propose_pairs": "compare.candidates",
    "render": "compare.pipeline",
}
__all__ = sorted([*_MODULE_OF, "__version__"])


def __getattr__(name: str) -> object:
    if name == "__version__":
        value: object = version("compare")
    elif name in _MODULE_OF:
        value = getattr(import_module(_MODULE_OF[name]), name)
    else:
        raise AttributeError(f"module 'compare' has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
