"""Compare how different outlets report the same story.

>>> from compare import compare_documents, Document
>>> wire = Document("wire", "wire.txt", "Reuters", None, None, None, "Talks in Geneva ended on Monday without a deal.")
>>> daily = Document("daily", "daily.txt", "Daily", None, None, None, "Talks in Geneva ended on Monday without a deal.")
>>> compare_documents([wire, daily]).pairs[0].verdict.value
'copy'
"""

from compare.pipeline import Result, compare_documents, compare_paths
from compare.read import InputError
from compare.records import Document, MatchKind, Verdict
from compare.settings import Settings, SettingsError

__all__ = [
    "Document",
    "InputError",
    "MatchKind",
    "Result",
    "Settings",
    "SettingsError",
    "Verdict",
    "compare_documents",
    "compare_paths",
]
