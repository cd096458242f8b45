"""The article a run is read from (``compare run --focus``)."""

from __future__ import annotations

from compare.focus import focus_articles, focus_note, focus_page_name, is_focus_file_name
from compare.records import Document
from tests.helpers import warehouse_versions


def test_an_outlet_whose_documents_are_versions_of_one_article_focuses_its_latest() -> None:
    """An outlet named as the focus whose four documents are versions of one article is read
    from its latest version, and the run says so (acceptance round 30, v12)."""
    gazette = warehouse_versions()[:4]
    assert [d.id for d in focus_articles(gazette, "Harbour Gazette")] == ["gazette-1600"]
    assert focus_note(gazette, "harbour gazette") == (
        '--focus "harbour gazette": its 4 documents are versions of one article; read from the '
        "latest, gazette-1600"
    )
    assert focus_note(gazette, "gazette-0700") is None


def test_an_outlet_of_two_articles_focuses_them_all() -> None:
    """An outlet with a version of one article and a report of another is no one article: the
    focus reads from both, as a live page's editor asks what rivals took from all of it
    (acceptance round 37, R2)."""
    first = warehouse_versions()[0]
    brief = Document("gazette-brief", "Harbour Gazette", "Millbrook council met on Tuesday.")
    assert focus_articles([first, brief], "Harbour Gazette") == (first, brief)


def test_a_live_pages_file_focuses_its_entries_from_every_save() -> None:
    """A live page named by its file (its entries' ids open with it) is all its entries: those
    that file gave and those an earlier save of the page gave first (R2)."""
    page = "https://echo.example/live/ashby-fire"
    early = Document(
        "live-1400-post-0900",
        "Valley Echo",
        "Crews are at the scene.",
        path="saves/live-1400.html",
        url=f"{page}#post-0900",
    )
    late = Document(
        "live-2015-post-1300",
        "Valley Echo",
        "The fire is out.",
        path="saves/live-2015.html",
        url=f"{page}#post-1300",
    )
    rival = Document("gazette-1310", "Ashby Gazette", "The fire is out, crews say.",
                     path="gazette-1310.html", url="https://gazette.example/fire")  # fmt: skip
    assert focus_articles([early, late, rival], "live-2015") == (early, late)


def test_two_hindi_outlets_get_two_focus_pages_named_in_their_script() -> None:
    """Outlets named in Devanagari keep their letters and vowel signs in their focus page's
    name, so two of them never write one file, and a later run knows the page for its own
    (Hindi desk acceptance b11)."""
    desk = [Document(f"dd-{n}", "देश दर्पण", "") for n in (1, 2)]
    rival = [Document(f"kt-{n}", "ख़बर तक", "") for n in (1, 2)]
    names = [focus_page_name(desk, "देश दर्पण"), focus_page_name(rival, "ख़बर तक")]
    assert names == ["focus-देश-दर्पण.md", "focus-ख़बर-तक.md"]
    assert all(map(is_focus_file_name, names))
