"""Linking versions of one article by their texts (compare/versions.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from compare.pipeline import compare_paths
from compare.records import Document, same_article
from compare.segment import segment
from compare.settings import Settings
from compare.versions import link_versions
from tests.helpers import word_document

PUBLISHED = "2025-04-10T07:15:00Z"
FIRST = (
    "The Kestrel Bridge was closed to traffic on Thursday after engineers found cracks in two of its steel cables.",
    "About 40,000 vehicles cross the bridge each day, according to the county roads department.",
    "Drivers were told to use the Mill Lane crossing, where queues stretched for two miles by 8 a.m.",
    "County engineer Priya Nandakumar said the cracks were found during a routine inspection on Wednesday night.",
    "The bridge was last repaired in 2019 at a cost of $3.2 million.",
    "Officials said it was too early to say when the bridge would reopen.",
)
# The later version: a re-slugged headline, a softened claim, a sentence cut, an update added.
LATER = (
    FIRST[0],
    FIRST[1],
    "Drivers were told to use the Mill Lane crossing, where queues stretched for three miles by 9 a.m.",
    "County engineer Priya Nandakumar said the cracks may have been missed in an inspection last year.",
    FIRST[4],
    "The county said on Thursday afternoon that the bridge would stay closed for at least a week.",
)
EXPLAINER = (
    "The Kestrel Bridge opened in 1968 and carries the A14 over the River Wend.",
    FIRST[1],
    "It was designed by the engineer Harold Ames, whose firm also built the Selby viaduct.",
    "Its steel cables were last replaced in full in 1994, and inspected every six months since.",
    FIRST[4],
    "A second crossing at Ferris Point has been proposed three times and rejected each time on cost.",
)
HOME_RESULT = (
    "Harbour Town beat Kestrel Rovers 2-0 at the Quay Ground on Saturday.",
    "Sam Okafor scored twice in the second half for the home side.",
    "The win lifts Harbour Town to fourth in the Southern League table.",
    "Kestrel Rovers host Millbrook on Tuesday.",
)
AWAY_RESULT = (
    "Millbrook beat Ashford United 3-1 at Ashford Park on Saturday.",
    "Lewis Grant scored twice in the second half for the away side.",
    "The win lifts Millbrook to sixth in the Southern League table.",
    "Ashford United host Harbour Town on Tuesday.",
)


def page(
    name: str,
    sentences: tuple[str, ...],
    *,
    source: str = "Wend Valley Times",
    published: str = PUBLISHED,
    modified: str | None = None,
    url: str | None = None,
    article_id: str | None = None,
) -> Document:
    return Document(
        name,
        source,
        "\n\n".join(sentences),
        published_time=published,
        modified_time=modified,
        url=url,
        article_id=article_id,
    )


def linked(*documents: Document) -> list[str | None]:
    found = link_versions(documents, {d.id: segment(d) for d in documents}, frozenset(), Settings())
    return [d.version_of for d in found]


def test_a_re_slugged_version_is_a_version_of_the_article() -> None:
    """A later version whose address changed with its headline, published at the same minute
    and modified later, that keeps most of the earlier's text, is a version of the same article:
    both name the first as the article they are versions of."""
    first = page("wvt-0715", FIRST, url="https://wvt.example/news/kestrel-bridge-closed")
    later = page(
        "wvt-1400",
        LATER,
        url="https://wvt.example/news/kestrel-bridge-closed-for-a-week",
        modified="2025-04-10T14:00:00Z",
    )
    assert not same_article(first, later)
    assert linked(first, later) == ["wvt-0715", "wvt-0715"]
    first_found, later_found = link_versions(
        (first, later), {d.id: segment(d) for d in (first, later)}, frozenset(), Settings()
    )
    assert same_article(first_found, later_found)


def test_pages_without_an_address_are_linked_through_one_another() -> None:
    """Saved pages that give no address are versions when they share their text; a third
    version links to the first through the second."""
    first = page("v1", FIRST)
    second = page("v2", LATER, modified="2025-04-10T14:00:00Z")
    third = page(
        "v3",
        (*LATER, "Buses will run across Mill Lane every ten minutes."),
        modified="2025-04-10T18:00:00Z",
    )
    assert linked(third, first, second) == ["v3", "v3", "v3"]


@pytest.mark.parametrize(
    ("first", "other"),
    [
        pytest.param(
            page("wvt-bridge", FIRST),
            page("wvt-explainer", EXPLAINER, modified="2025-04-10T09:00:00Z"),
            id="story_and_its_explainer",
        ),
        pytest.param(
            page("wvt-home", HOME_RESULT),
            page("wvt-away", AWAY_RESULT, modified="2025-04-10T07:16:00Z"),
            id="template_filled_in_for_two_matches",
        ),
        pytest.param(
            page("wvt-0715", FIRST),
            page("courier", LATER, source="Kestrel Courier", modified="2025-04-10T14:00:00Z"),
            id="another_outlets_rewrite",
        ),
        pytest.param(
            page("wvt-0715", FIRST),
            page(
                "wvt-later",
                LATER,
                published="2025-04-10T07:45:00Z",
                modified="2025-04-10T14:00:00Z",
            ),
            id="published_at_another_minute",
        ),
        pytest.param(
            page("wvt-a", FIRST, modified="2025-04-10T14:00:00Z"),
            page("wvt-b", LATER, modified="2025-04-10T14:00:00Z"),
            id="modified_at_one_time",
        ),
        pytest.param(
            page("wvt-a", FIRST, article_id="8812"),
            page("wvt-b", LATER, article_id="8813", modified="2025-04-10T14:00:00Z"),
            id="two_ids_of_its_system",
        ),
    ],
)
def test_articles_that_are_not_versions_stay_apart(first: Document, other: Document) -> None:
    """One outlet's story and its explainer published at once share a paragraph or two, and a
    template filled in for two matches edits every sentence: neither is a version of the other;
    nor is another outlet's rewrite, an article published at another minute, two modified at
    one time, or two records their system gives different ids."""
    assert linked(first, other) == [None, None]


def test_a_minute_is_enough_whatever_the_seconds() -> None:
    """A page that rounds its publication to the minute and a feed that writes its seconds
    give one minute: their versions are linked."""
    first = page("v1", FIRST, published="2025-04-10T07:15:00Z")
    later = page("v2", LATER, published="2025-04-10T07:15:42Z", modified="2025-04-10T14:00:00Z")
    assert linked(first, later) == ["v1", "v1"]


DRAFT = (
    "Harbour Road in Pellow will close for six weeks from Monday while its sea wall is rebuilt, "
    "the county council said.",
    "Buses will be diverted along Quarry Lane, adding about ten minutes to each trip.",
    "Shopkeeper Mina Osei said trade had already fallen since the wall was fenced off in May.",
    "The work will cost about £1.2 million.",
)
# The resubmission: a typo fixed, a figure corrected and a paragraph added.
RESUBMITTED = (
    DRAFT[0],
    DRAFT[1],
    DRAFT[2],
    "The work will cost about £1.4 million, the council said.",
    "The road last closed for repairs in 2019.",
)


def test_a_students_draft_and_its_v2_are_versions_of_one_article_not_two_students(
    tmp_path: Path,
) -> None:
    """Two undated files of one folder, ``Osei_Kofi_story.docx`` and its resubmission
    ``Osei_Kofi_story_v2.docx``, are one student's drafts: versions 1 and 2 of one article and
    one source, so their pair is neither charged nor flagged. A classmate's resubmission, whose
    name differs otherwise, is another student's."""
    folder = tmp_path / "submissions"
    folder.mkdir()
    for name, paragraphs in (
        ("Osei_Kofi_story.docx", DRAFT),
        ("Osei_Kofi_story_v2.docx", RESUBMITTED),
        ("Dale_Ruth_story_v2.docx", (DRAFT[0], "Residents of Pellow fear the closure.")),
    ):
        (folder / name).write_bytes(word_document(paragraphs))
    result = compare_paths([str(folder)])
    labels = {d.id: (d.source, d.version_label) for d in result.documents}
    assert labels == {
        "Osei_Kofi_story": ("Osei_Kofi_story", "1"),
        "Osei_Kofi_story_v2": ("Osei_Kofi_story", "2"),
        "Dale_Ruth_story_v2": ("Dale_Ruth_story_v2", None),
    }
    drafts = next(
        p for p in result.pairs if {p.a, p.b} == {"Osei_Kofi_story", "Osei_Kofi_story_v2"}
    )
    assert drafts.same_article and not (drafts.undisclosed_reuse or drafts.shared_uncredited)
    classmate = next(
        p for p in result.pairs if {p.a, p.b} == {"Osei_Kofi_story", "Dale_Ruth_story_v2"}
    )
    assert not (classmate.same_article or classmate.same_source)
