"""The article a run is read from (``compare run --focus``)."""

from __future__ import annotations

import pytest

from compare.focus import FocusError, focus_article, focus_note
from compare.records import Document
from tests.helpers import warehouse_versions


def test_an_outlet_whose_documents_are_versions_of_one_article_focuses_its_latest() -> None:
    """An outlet named as the focus whose four documents are versions of one article is read
    from its latest version, and the run says so (acceptance round 30, v12)."""
    gazette = warehouse_versions()[:4]
    assert focus_article(gazette, "Harbour Gazette").id == "gazette-1600"
    assert focus_note(gazette, "harbour gazette") == (
        '--focus "harbour gazette": its 4 documents are versions of one article; read from the '
        "latest, gazette-1600"
    )
    assert focus_note(gazette, "gazette-0700") is None


def test_an_outlet_of_two_articles_still_needs_an_id() -> None:
    """An outlet with a version of one article and a report of another is no one article: the
    focus asks for an id."""
    first = warehouse_versions()[0]
    brief = Document("gazette-brief", "Harbour Gazette", "Millbrook council met on Tuesday.")
    with pytest.raises(FocusError, match="has 2 articles in this run"):
        focus_article([first, brief], "Harbour Gazette")
