"""Compare how different outlets report the same story.

>>> from compare import compare_documents, Document
>>> wire = Document("wire", "wire.txt", "Reuters", None, None, None, "Talks in Geneva ended on Monday without a deal.")
>>> daily = Document("daily", "daily.txt", "Daily", None, None, None, "Talks in Geneva ended on Monday without a deal.")
>>> compare_documents([wire, daily]).pairs[0].verdict.value
'copy'
"""

from compare.align import Judgement, judge
from compare.candidates import propose_pairs
from compare.pipeline import compare_documents, compare_paths, render
from compare.read import InputError
from compare.records import Document, FramingProfile, MatchKind, Result, Verdict
from compare.segment import as_sentence
from compare.settings import Settings, SettingsError

__all__ = [
    "Document",
    "FramingProfile",
    "InputError",
    "Judgement",
    "MatchKind",
    "Result",
    "Settings",
    "SettingsError",
    "Verdict",
    "as_sentence",
    "compare_documents",
    "compare_paths",
    "judge",
    "propose_pairs",
    "render",
]
