"""Whether one article's headline is another's, word for word or edited."""

from __future__ import annotations

import pytest

from compare import Document, compare_documents
from compare.framing import framing_notes
from compare.headlines import headline_framing, headline_reuse
from compare.records import FramingKind, HeadlineReuse, PairComparison, Verdict
from compare.segment import as_sentence
from compare.settings import Settings

# The names two articles write inside their sentences (templates.names_inside), one set each.
NAMED_IN = (frozenset({"carrow", "jane", "okafor"}), frozenset({"carrow", "okafor", "mill"}))


@pytest.mark.parametrize(
    ("a_title", "b_title", "expected"),
    [
        pytest.param(
            "Carrow council to rebuild flood-hit footbridge by spring",
            "Carrow council to rebuild flood-hit footbridge by spring",
            HeadlineReuse.SAME,
            id="word_for_word",
        ),
        pytest.param(
            "Council\u2019s plan to rebuild the \u201cflood-hit\u201d footbridge",
            'COUNCIL\'S PLAN TO  REBUILD THE "FLOOD-HIT" FOOTBRIDGE',
            HeadlineReuse.SAME,
            id="case_quotes_and_spacing_aside",
        ),
        pytest.param(
            "Carrow council to rebuild flood-hit footbridge by spring",
            "Council to rebuild flood-hit footbridge by spring",
            HeadlineReuse.EDITED,
            id="a_word_cut",
        ),
        pytest.param(
            "Broccoli compound may help protect against bowel cancer, Harrowgate study suggests",
            "Broccoli compound may help protect against bowel cancer",
            HeadlineReuse.EDITED,
            id="a_clause_cut",
        ),
        pytest.param(
            "Fire at Carrow mill",
            "Firefighters tackle blaze at old Carrow flour mill overnight",
            None,
            id="own_headlines",
        ),
        pytest.param(
            "Fire at Carrow mill",
            "Fire at Ely mill",
            None,
            id="another_place",
        ),
        pytest.param("Jane Okafor", "Jane Okafor", None, id="a_name_alone"),
        pytest.param("Carrow Mill", "Carrow Mill", None, id="a_place_alone"),
        pytest.param("Fire at Carrow mill", None, None, id="no_headline"),
        pytest.param("—", "—", None, id="no_word"),
    ],
)
def test_two_headlines_are_one_when_the_aligner_would_take_them_for_one_sentence(
    a_title: str, b_title: str | None, expected: HeadlineReuse | None
) -> None:
    """Headlines are the same when their words are, edited when one is the other edited as an
    aligned sentence is, and not compared when one names only who or where."""
    assert headline_reuse(a_title, b_title, NAMED_IN, Settings()) is expected


def test_a_headline_is_edited_only_as_alike_as_min_similarity_asks() -> None:
    """A stricter ``min_similarity`` takes fewer headlines for edits of each other, as it takes
    fewer sentences."""
    a, b = "Council approves new budget for Carrow", "Council approves a new budget in Carrow"
    assert headline_reuse(a, b, NAMED_IN, Settings()) is HeadlineReuse.EDITED
    assert headline_reuse(a, b, NAMED_IN, Settings(min_similarity=95)) is None


@pytest.mark.parametrize(
    "title",
    [
        pytest.param("Live updates", id="live_updates"),
        pytest.param("Breaking News", id="breaking_news"),
        pytest.param("In brief", id="in_brief"),
        pytest.param("Letters to the editor", id="letters_to_the_editor"),
        pytest.param("Opinion: The Latest", id="section_words"),
    ],
)
def test_a_headline_that_names_a_page_or_section_is_not_compared(title: str) -> None:
    """Two live blogs or two briefs that share a page's or a section's title, of fewer than three
    telling words, did not take it from each other."""
    assert headline_reuse(title, title, NAMED_IN, Settings()) is None


def test_a_short_headline_of_three_telling_words_is_still_compared() -> None:
    """A headline of three telling words beside function words is a story's, taken word for
    word when two articles print it."""
    title = "Fire at the old Carrow mill"
    assert headline_reuse(title, title, NAMED_IN, Settings()) is HeadlineReuse.SAME


DEPOT_WIRE = (
    "ORLIN, March 24 (NPA) - A drone struck a fuel depot in Orlin overnight, killing four "
    "civilians, regional officials said.\n"
    "Firefighters fought the blaze for six hours before bringing it under control.\n"
    "The regional governor said two of the dead were depot workers."
)


@pytest.mark.parametrize(
    ("dated", "framed"),
    [
        pytest.param(True, True, id="a_copy_retitles_the_wire"),
        pytest.param(False, False, id="two_articles_in_no_known_order"),
    ],
)
def test_a_copys_headline_is_framed_against_its_origins(dated: bool, framed: bool) -> None:
    """A copy that retitles the wire, its figure changed and the blast blamed on no one, gets
    the framing notes of its headline against the wire's, read as it changed them; two
    articles with no known order each wrote their own headline, and get none."""
    undated = DEPOT_WIRE.replace("ORLIN, March 24 (NPA) - ", "")
    wire = Document(
        "wire",
        "Nordic Press Agency",
        DEPOT_WIRE if dated else undated,
        title="Drone strike kills four civilians at Orlin fuel depot",
        published="2025-03-24" if dated else None,
    )
    channel = Document(
        "channel",
        "State TV",
        undated,
        title="Two killed in blast at Orlin fuel depot",
        published="2025-03-25" if dated else None,
    )
    (pair,) = compare_documents([wire, channel]).pairs
    notes = {(n.kind, n.a, n.b) for n in pair.headline_framing}
    if framed:
        assert pair.direction == "a->b"
        assert (FramingKind.NUMBER_CHANGED, "four", "Two") in notes
    else:
        assert pair.direction is None
        assert notes == set()


def test_a_headline_that_labels_a_jailed_reporter_a_spy_is_noted() -> None:
    """A state channel that retitles the wire's "jails journalist" as "spy sentenced" gets a
    loaded term added in its headline's notes: the label is the framing (acceptance round 34,
    a7: no rule read "spy")."""
    text = (
        "VARNO, May 2 (NPA) - A court in Varno jailed reporter Lena Vask for six years on "
        "Friday on espionage charges that she denies, her lawyer said.\n"
        "Vask, who wrote for the independent Coast Herald, was arrested in January.\n"
        "Her lawyer said she would appeal the verdict."
    )
    wire = Document(
        "wire",
        "Nordic Press Agency",
        text,
        title="Varno court jails Coast Herald journalist Lena Vask for six years",
        published="2025-05-02",
    )
    channel = Document(
        "channel",
        "State TV",
        text.replace("VARNO, May 2 (NPA) - ", ""),
        title="Foreign spy Vask sentenced to six years",
        published="2025-05-03",
    )
    (pair,) = compare_documents([wire, channel]).pairs
    assert (FramingKind.LOADED_TERM_ADDED, "", "spy") in {
        (n.kind, n.a, n.b) for n in pair.headline_framing
    }


@pytest.mark.parametrize(
    ("record", "copy", "expected"),
    [
        pytest.param(
            "Lowmoor bookkeeper jailed for taking £186,000 from care home",
            "Greedy bookkeeper locked up for four years",
            [("number_removed", "£186,000", ""), ("number_added", "", "four years")],
            id="money_and_a_term_are_two_figures",
        ),
        pytest.param(
            "Lowmoor bookkeeper jailed for taking £186,000 from care home",
            "Lowmoor bookkeeper jailed over £186,000 care home fraud",
            [],
            id="jailed_over_is_no_more_than",
        ),
        pytest.param(
            "Lowmoor bookkeeper took £186,000 from care home",
            "Lowmoor bookkeeper took over £186,000 from care home",
            [("estimate_changed", "", "over")],
            id="took_over_is_more_than",
        ),
        pytest.param(
            "Kelsey roofing boss charged with manslaughter over fall death",
            "Boss whose failings killed teenage roofer charged",
            [("hedge_removed", "charged with", "")],
            id="a_charge_told_last_cites_no_one",
        ),
        pytest.param(
            "Kelsey roofing boss charged with manslaughter over fall death",
            "Roofer charged over Kelsey warehouse fall",
            [],
            id="charged_over_cites_no_one",
        ),
        pytest.param(
            "Girl, 14, charged after shopkeeper threatened with bat",
            "Teenager charged over Harbury corner shop raid",
            [("number_removed", "14", "")],
            id="threatened_with_cites_no_one",
        ),
        pytest.param(
            "Harbury mayor charged with misconduct over £3.1m bus deal",
            "Harbury mayor steered £3.1m to friend",
            [],
            id="misconduct_over_is_no_more_than",
        ),
        pytest.param(
            "Kelsey roofing boss charged with manslaughter over apprentice death",
            "Roofing boss arrested for manslaughter cut safety corners",
            [("hedge_removed", "charged with", "")],
            id="arrested_for_softens_no_charge",
        ),
        pytest.param(
            "Kelsey roofing boss charged with manslaughter over apprentice death",
            "Manslaughter charge after apprentice's death at Kelsey",
            [],
            id="a_charge_named_by_its_crime_keeps_it",
        ),
    ],
)
def test_a_headline_is_noted_against_the_records_by_what_it_tells(
    record: str, copy: str, expected: list[tuple[str, str, str]]
) -> None:
    """A copy's headline told against the record's: a sum of money and a prison term are two
    figures, not one changed; "jailed over" a fraud says why, not "more than"; a headline's
    closing "charged" is its passive, no attribution; an arrest "for" the crime drops the
    charge's hedge and softens nothing, and a "manslaughter charge" keeps it (acceptance round
    35, b9)."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(record, copy)] == expected


@pytest.mark.parametrize(
    ("copy", "expected"),
    [
        pytest.param("Midfielder on trial over Harbury nightclub punch", [], id="on_trial_over"),
        pytest.param(
            "Harbury star punched bouncer who turned him away",
            [("attribution_removed", "court told", "")],
            id="told_as_the_papers_own",
        ),
    ],
)
def test_a_headline_that_tells_a_trial_keeps_the_courts_attribution(
    copy: str, expected: list[tuple[str, str, str]]
) -> None:
    """A copy's headline that tells its story as a case before a court ("on trial over") keeps
    what the record's headline credits to the court; one that tells the claim in the paper's
    voice drops it (acceptance round 35, b9: the gate held a careful draft on this)."""
    pair = PairComparison(
        "record", "draft", "s", Verdict.DERIVED, "a->b", 0.8, 0.8, 0.7, 0.7, 0.7, 0.7, 20, None,
        (), (), (), 90.0, headline_changed=True,
    )  # fmt: skip
    record = "Footballer punched doorman after being refused entry, court told"
    notes = headline_framing(pair, record, copy)
    assert [(n.kind, n.a, n.b) for n in notes] == expected


DIRECTED = PairComparison(
    "wire", "copy", "s", Verdict.DERIVED, "a->b", 0.8, 0.8, 0.7, 0.7, 0.7, 0.7, 20, None,
    (), (), (), 90.0, headline_changed=True,
)  # fmt: skip


@pytest.mark.parametrize(
    ("origin", "copy", "expected"),
    [
        pytest.param(
            "Police arrest 11 protesters outside Ostrel parliament",
            "11 protesters arrested outside Ostrel parliament",
            [("agent_removed", "Police arrest", "11 protesters arrested")],
            id="passive_without_its_auxiliary",
        ),
        pytest.param(
            "Tarrow police officer shoots, kills man during traffic stop",
            "Man shot dead in Tarrow traffic stop",
            [("agent_removed", "Tarrow police officer shoots", "Man shot")],
            id="participle_before_its_result",
        ),
        pytest.param(
            "Tarrow police officer shoots, kills man during traffic stop",
            "Man dies after police encounter on Route 4",
            [("agent_removed", "Tarrow police officer shoots", "dies")],
            id="death_told_as_an_outcome",
        ),
        pytest.param(
            "Tarrow police officer shoots, kills man during traffic stop",
            "Officer-involved shooting leaves one dead in Tarrow",
            [("agent_removed", "Tarrow police officer shoots", "dead")],
            id="doer_made_an_attribute",
        ),
        pytest.param(
            "11 protesters arrested outside Ostrel parliament",
            "Police arrest 11 protesters outside Ostrel parliament",
            [("agent_added", "11 protesters arrested", "Police arrest")],
            id="actor_named_by_the_copy",
        ),
    ],
)
def test_a_headline_that_leaves_out_who_acted_is_noted(
    origin: str, copy: str, expected: list[tuple[str, str, str]]
) -> None:
    """Headlines drop the auxiliary and tell acts in the present: "11 protesters arrested"
    leaves out the police of "Police arrest 11 protesters", and a death told as an outcome
    alone leaves out who killed (acceptance round 37, d3)."""
    notes = headline_framing(DIRECTED, origin, copy)
    assert [(n.kind, n.a, n.b) for n in notes if n.kind.value.startswith("agent")] == expected


@pytest.mark.parametrize(
    "copy",
    [
        pytest.param("Man killed by police officer in Tarrow traffic stop", id="by_its_doer"),
        pytest.param("Tarrow man, 34, fatally shot by police at traffic stop", id="shot_by"),
        pytest.param("Family demands answers after Tarrow police kill Ade Marr", id="active"),
        pytest.param("Two officers arrested the driver in Tarrow", id="active_with_object"),
    ],
)
def test_a_headline_that_keeps_who_acted_is_not_noted(copy: str) -> None:
    """A headline that names who acted, as the doer of a passive or of an active verb, leaves
    no one out; nor does a participle that has its object."""
    origin = "Tarrow police officer shoots, kills man during traffic stop"
    notes = headline_framing(DIRECTED, origin, copy)
    assert not [n for n in notes if n.kind.value.startswith("agent")]


@pytest.mark.parametrize(
    ("origin", "copy", "expected"),
    [
        pytest.param(
            "Quake of magnitude 6.1 kills at least 37 in Marlow",
            "Nearly 40 killed in Marlow earthquake",
            [("number_removed", "6.1", ""), ("number_rounded", "at least 37", "nearly 40")],
            id="rounded_toward_a_bound",
        ),
        pytest.param(
            "Telvane to cut 1,200 jobs in restructuring",
            "Telvane to shed more than 1,000 jobs",
            [("number_rounded", "1,200", "more than 1,000")],
            id="rounded_down_its_estimate_with_it",
        ),
        pytest.param(
            "Four killed in Harwick derailment",
            "Six killed in Harwick derailment",
            [("number_changed", "Four", "Six")],
            id="changed",
        ),
        pytest.param(
            "Rioters injure 23 officers in Ostrel violence",
            "Hundreds arrested as Ostrel erupts",
            [("number_removed", "23", ""), ("number_added", "", "Hundreds")],
            id="two_counts_of_two_things",
        ),
    ],
)
def test_a_headlines_figures_are_set_against_what_they_count(
    origin: str, copy: str, expected: list[tuple[str, str, str]]
) -> None:
    """Two headlines' figures are paired by what they count: a rounding or an estimate the
    qualifiers allow is no change ("Nearly 40" for "at least 37", "more than 1,000" for
    1,200), and a count of another thing is removed and added, not changed (acceptance round
    37, d8)."""
    notes = headline_framing(DIRECTED, origin, copy)
    numbers = ("number", "estimate")
    assert [(n.kind, n.a, n.b) for n in notes if n.kind.value.startswith(numbers)] == expected


@pytest.mark.parametrize(
    ("origin", "copy", "expected"),
    [
        pytest.param(
            "مقتل 13 شخصا في انفجار مصنع بالزرقاء",
            "مقتل ثلاثة عشر شخصا في انفجار مصنع بالزرقاء",
            [],
            id="a_teen_in_words",
        ),
        pytest.param(
            "الأمم المتحدة ترسل 86 مراقباً إلى الحدود",
            "الأمم المتحدة ترسل ستة وثمانين مراقبا إلى الحدود",
            [],
            id="a_unit_and_its_tens_in_words",
        ),
        pytest.param(
            "نزوح 200 عائلة من قرى الشمال",
            "نزوح مئتي عائلة من قرى الشمال",
            [],
            id="a_dual_hundred",
        ),
        pytest.param(
            "مقتل ثلاثة أشخاص في انفجار مصنع بالزرقاء",
            "4 قتلى في انفجار مصنع بالزرقاء",
            [(FramingKind.NUMBER_CHANGED, "ثلاثة", "4")],
            id="the_dead_counted_in_another_word",
        ),
        pytest.param(
            "مقتل ثلاثة أشخاص وإصابة خمسة في انفجار بالزرقاء",
            "إصابة 5 ومقتل 4 في انفجار بالزرقاء",
            [(FramingKind.NUMBER_CHANGED, "ثلاثة", "4")],
            id="the_dead_counted_after_and",
        ),
        pytest.param(
            "آلاف الجرحى ومقتل 3 في انفجار بالزرقاء",
            "مقتل 4 في انفجار بالزرقاء",
            [(FramingKind.NUMBER_CHANGED, "3", "4")],
            id="an_order_left_out",
        ),
    ],
)
def test_arabic_headlines_figures_are_paired_as_written(
    origin: str, copy: str, expected: list[tuple[FramingKind, str, str]]
) -> None:
    """An Arabic headline's number in words and its digits are one number (a teen, a unit and
    its tens, a dual), and its counts are set against the other's by what they count however
    Arabic words it ("مقتل" and "قتلى", "ومقتل" with "and" glued on): no false "number
    removed"; nor is an order of count left out ("آلاف", thousands), which gave no figure
    (acceptance round 40, R4)."""
    notes = headline_framing(DIRECTED, origin, copy)
    numbers = ("number", "estimate")
    assert [(n.kind, n.a, n.b) for n in notes if n.kind.value.startswith(numbers)] == expected


def test_a_hindi_ordinal_stage_is_the_number_of_its_name() -> None:
    """ "ग्रैप का चौथा चरण" (GRAP's fourth stage) is "ग्रैप-4": no number added (acceptance
    round 40, b10)."""
    notes = headline_framing(
        DIRECTED, "दिल्ली में ग्रैप का चौथा चरण लागू", "दिल्ली में ग्रैप-4 लागू, ट्रकों पर रोक"
    )
    assert [n for n in notes if n.kind.value.startswith("number")] == []


def test_a_portuguese_headline_is_read_in_its_articles_language() -> None:
    """A headline too short to tell its language is read in its article's: Portuguese "regime
    especial" is a legal term, no English loaded "regime", and "no Rio" denies nothing
    (acceptance round 40, a1 and a6)."""
    regime = headline_framing(
        DIRECTED,
        "Governo aprova regime especial de vistos para trabalhadores brasileiros",
        "Governo aprova vistos especiais para brasileiros",
        "pt",
    )
    assert "loaded_term_removed" not in {n.kind for n in regime}
    deaths = headline_framing(
        DIRECTED,
        "Operação policial no Complexo da Penha deixa oito mortos no Rio",
        "Operação no Complexo da Penha deixa oito mortos",
        "pt",
    )
    assert "negation_removed" not in {n.kind for n in deaths}


@pytest.mark.parametrize(
    ("origin", "copy", "copy_text", "expected"),
    [
        pytest.param(
            "Chuvas no RS deixam 29 mortos e 3.200 desalojados",
            "Temporal no RS: sobe para 29 o número de mortos",
            "As chuvas no RS deixaram 29 mortos e 3,2 mil pessoas desalojadas.",
            [],
            id="portuguese_a_figure_its_text_gives_otherwise_written",
        ),
        pytest.param(
            "Floods kill 29 and leave 3,200 homeless in Riverton",
            "Riverton floods: death toll rises to 29",
            "The floods have killed 29 people and left 3,200 homeless, officials said.",
            [],
            id="english",
        ),
        pytest.param(
            "Chuvas no RS deixam 29 mortos e 3.200 desalojados",
            "Tragédia no RS já tem 30 mortos",
            "As chuvas no RS deixaram 30 mortos e 3.200 pessoas desalojadas.",
            [("number_changed", "29", "30")],
            id="a_figure_changed_is_still_noted",
        ),
        pytest.param(
            "Chuvas no RS deixam 29 mortos e 3.200 desalojados",
            "Temporal no RS: sobe para 29 o número de mortos",
            "As chuvas no RS deixaram 29 mortos; milhares estão fora de casa.",
            [("number_removed", "3.200", "")],
            id="a_figure_its_text_does_not_give",
        ),
    ],
)
def test_a_headline_that_leaves_a_figure_to_its_text_removes_none(
    origin: str, copy: str, copy_text: str, expected: list[tuple[str, str, str]]
) -> None:
    """Every outlet writes its own headline: one that leaves out a figure of the other's
    headline that its own article's text gives removes nothing; a figure changed, or left out
    of its text too, is still noted (acceptance round 40, a12: four headlines of their own
    angle each got "number or date removed (3.200)")."""
    bodies = ((as_sentence(origin),), (as_sentence(copy_text),))
    notes = headline_framing(DIRECTED, origin, copy, bodies=bodies)
    assert [(n.kind, n.a, n.b) for n in notes if n.kind.value.startswith("number")] == expected


def test_a_date_only_one_headline_names_is_no_change() -> None:
    """A statistics release's title names the period it covers ("year ending March 2027"); a
    copy's headline that leaves it out changes no figure, though one that changes a count
    still does (acceptance round 41, c10)."""
    release = "Road casualties in Valdoria: year ending March 2027"
    assert headline_framing(DIRECTED, release, "Road deaths fall to lowest level") == ()
    notes = headline_framing(DIRECTED, "Road deaths fall to 1,412", "Road deaths fall to 1,214")
    assert [(n.kind, n.a, n.b) for n in notes] == [("number_changed", "1,412", "1,214")]
