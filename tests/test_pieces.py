"""Tests for compare.pieces: speech-to-text cut where the text it reads out ends its sentences."""

from __future__ import annotations

from compare.pieces import cut_as_read
from compare.pipeline import compare_documents
from compare.records import Document, FramingKind, Verdict
from compare.segment import UNPUNCTUATED_PIECE_WORDS, segment

# A wire story, and a radio bulletin that reads it out word for word as speech-to-text writes
# it (lower case, no marks, a filler, figures in words), then goes on with its own reporter.
WIRE = (
    "A burst water main flooded six streets in the Ashgrove district of Millbeck on Friday, "
    "forcing about 200 residents from their homes, the county fire service said. "
    "Crews shut off the supply shortly after midnight and pumped water from basements for "
    "most of the morning, a spokesman for Millbeck Water said. "
    "The company said repairs to the 90-year-old pipe could take until Sunday and that "
    "bottled water would be handed out at the Ashgrove community hall. "
    "Residents were told to boil tap water before drinking it until further notice."
)
READ = (
    "a burst water main flooded six streets in the ashgrove district of millbeck on friday "
    "forcing about two hundred residents from their homes the county fire service said crews "
    "shut off the supply shortly after midnight and uh pumped water from basements for most of "
    "the morning a spokesman for millbeck water said the company said repairs to the "
    "ninety-year-old pipe could take until sunday and that bottled water would be handed out at "
    "the ashgrove community hall residents were told to boil tap water before drinking it until "
    "further notice our reporter spent the afternoon on carrow street where shopkeepers were "
    "sweeping mud out of their doorways and one baker said she had lost a whole day of trade "
    "and did not know who would pay for the damage to her ovens and the stock in her cellar"
)


def documents() -> list[Document]:
    return [
        Document("wire", "Meridian Press Agency", WIRE, published="2026-11-27"),
        Document("radio", "Radio Ashgrove", READ, published="2026-11-27"),
    ]


def test_a_read_out_is_cut_where_the_text_it_reads_ends_its_sentences() -> None:
    """A bulletin's pieces end where the wire it reads ends a sentence, not every 20 words:
    each of the wire's sentences is one piece of the read, and the reporter's own words after
    it are cut into pieces of about a sentence's length."""
    docs = documents()
    cut = cut_as_read(docs, {d.id: segment(d) for d in docs})
    pieces = [s.text for s in cut["radio"]]
    assert pieces[:4] == [
        "a burst water main flooded six streets in the ashgrove district of millbeck on friday "
        "forcing about two hundred residents from their homes the county fire service said",
        "crews shut off the supply shortly after midnight and uh pumped water from basements "
        "for most of the morning a spokesman for millbeck water said",
        "the company said repairs to the ninety-year-old pipe could take until sunday and that "
        "bottled water would be handed out at the ashgrove community hall",
        "residents were told to boil tap water before drinking it until further notice",
    ]
    assert all(len(piece.split()) <= UNPUNCTUATED_PIECE_WORDS for piece in pieces[4:])
    assert " ".join(pieces) == READ
    assert [s.text for s in cut["wire"]] == [s.text for s in segment(docs[0])]


def test_a_word_for_word_read_is_measured_as_copied() -> None:
    """A word-for-word read of wire copy is derived from it with most of its words copied and a
    long copied run, and its pieces give no note for words it said in the next piece (the fire
    service's attribution, the company's)."""
    (pair,) = compare_documents(documents()).pairs
    assert pair.verdict in {Verdict.COPY, Verdict.DERIVED}
    assert (pair.b_in_a >= 0.6, pair.longest_run_words >= 20) == (True, True)
    kinds = {note.kind for match in pair.matches for note in match.framing}
    assert not kinds & {FramingKind.ATTRIBUTION_REMOVED, FramingKind.ATTRIBUTION_ADDED}


def test_a_text_that_ends_its_sentences_is_not_cut_again() -> None:
    """Only a text without sentence punctuation is cut so: two punctuated articles keep the
    sentences the segmenter gives them."""
    docs = [
        Document("wire", "Meridian Press Agency", WIRE),
        Document("paper", "Millbeck Echo", WIRE.replace("Friday", "Friday night")),
    ]
    sentences = {d.id: segment(d) for d in docs}
    assert cut_as_read(docs, sentences) == sentences


def test_a_broadcasts_programme_title_is_no_headline() -> None:
    """A bulletin's title names its programme ("Radio Ashgrove at Six"), not its story: it is
    not read against the wire's headline, where "Six" would be a figure changed."""
    wire, radio = documents()
    titled = [
        Document("wire", wire.source, WIRE, title="Burst main floods two streets in Ashgrove"),
        Document("radio", radio.source, READ, title="Radio Ashgrove at Six"),
    ]
    (pair,) = compare_documents(titled).pairs
    assert (pair.direction is not None, pair.headline_framing) == (True, ())


def test_no_piece_ends_inside_a_number_said_in_words() -> None:
    """A stretch of the bulletin's own words cut evenly is not cut inside a number it says in
    words: "eight hundred and" and "fifty homes" would read as two numbers, and the second as
    the wire's figure changed to fifty (acceptance 35, c5)."""
    head = READ[: READ.index("our reporter")]
    tail = (
        "our reporter spent the afternoon on carrow street where the water board says eight "
        "hundred and fifty homes are still waiting for their supply and one baker said she had "
        "lost a whole day of trade and did not know who would pay for the damage to her ovens"
    )
    docs = [documents()[0], Document("radio", "Radio Ashgrove", head + tail)]
    pieces = [s.text for s in cut_as_read(docs, {d.id: segment(d) for d in docs})["radio"]]
    assert pieces[4:] == [
        "our reporter spent the afternoon on carrow street where the water board says eight "
        "hundred and fifty",
        "homes are still waiting for their supply and one baker said she had lost a",
        "whole day of trade and did not know who would pay for the damage to her ovens",
    ]
