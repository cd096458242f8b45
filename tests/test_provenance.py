"""Who copied whom: sentence origins and per-outlet shares, directed by dates."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import replace

import pytest

from compare.pipeline import compare_documents, compare_paths
from compare.provenance import (
    CopyOrder,
    Precedence,
    _Likeness,
    _Reused,
    across_common_origins,
    direction_cycles,
    sources_of,
    taken_from,
    without_links,
)
from compare.records import (
    DateSetAside,
    DirectionBasis,
    DirectionCycle,
    Document,
    MatchKind,
    PairComparison,
    Result,
    SentenceGroup,
    Story,
    Taken,
    TakenThrough,
    Verdict,
    Version,
    first_published_keys,
)
from compare.report.network import edges
from tests.helpers import (
    CYCLING_RELEASE,
    CYCLING_WIRE,
    DOG_RELEASE,
    DOG_WIRE,
    GRAIN_PORT_AGENCY,
    PORT_STRIKE,
    agua_chain,
    aligned_pair,
    circular_credits,
    document,
    grain_port_story,
    library_closure,
    live_page,
    phones_story,
)


@pytest.fixture(scope="module")
def port_strike() -> Result:
    return compare_paths([str(PORT_STRIKE)])


def story_groups(result: Result, n: int) -> list[SentenceGroup]:
    return [g for g in result.groups if g.story == result.stories[n].id]


def test_every_outlet_takes_from_an_earlier_one(port_strike: Result) -> None:
    """In the port-strike story reuse points at the wire, published first, or at an earlier
    copy of it, never at a later article."""
    documents = {d.id: d for d in port_strike.documents}
    taken = taken_from(port_strike, port_strike.stories[0], story_groups(port_strike, 0))
    assert {t.origin for t in taken} == {"coastal_wire", "northern_post"}
    for t in taken:
        copied, origin = documents[t.copy].published, documents[t.origin].published
        assert copied is None or (origin is not None and origin <= copied)


def test_a_copy_of_a_copy_points_at_the_copy_it_took(port_strike: Result) -> None:
    """Valley News carries Northern Post's edits of two wire sentences word for word: it
    copied Northern Post, and took from it the sentences all three carry unchanged too."""
    taken = taken_from(port_strike, port_strike.stories[0], story_groups(port_strike, 0))
    valley = {t.origin: t.share for t in taken if t.copy == "valley_news"}
    assert valley == {"northern_post": pytest.approx(1.0, abs=0.002)}


def test_a_verbatim_copy_of_a_reprint_took_all_of_it_from_the_reprint() -> None:
    """A site reprints a blog's post with two words changed and credits it; an aggregator
    runs the reprint word for word and credits the reprint. The aggregator took everything
    from the reprint, the sentences the reprint left as they were too."""
    blog = [
        "A Fairhaven mother says she has never been this worried about her kitchen tap.",
        "Last month she sent a sample of the city's tap water to a private lab in Dayton.",
        "The lab says the sample held 2.1 milligrams of fluoride per liter, three times the "
        "legal limit.",
        "A neighbor on Elm Street said her two children have had stomach aches since October.",
        "The city water department refused to say whether the plant had changed its dosing.",
    ]
    reprint = list(blog)
    reprint[2] = reprint[2].replace("per liter,", "per liter, reportedly")
    reprint[3] = reprint[3].replace(" said ", " claimed ")
    documents = [
        document("\n".join(blog), "blog", "Fairhaven Notes", published="2025-01-06"),
        document(
            "\n".join([*reprint, "Via Fairhaven Notes."]),
            "reprint",
            "Patriot Daily",
            published="2025-01-07",
        ),
        document(
            "\n".join([*reprint, "This article was originally published at Patriot Daily."]),
            "aggregator",
            "QuickReads",
            published="2025-01-08",
        ),
    ]
    result = compare_documents(documents)
    taken = taken_from(result, result.stories[0], result.groups)
    assert [t for t in taken if t.copy == "aggregator"] == [
        Taken("aggregator", "reprint", 1.0, credited=True, sentences=(0, 1, 2, 3, 4))
    ]


LEAD_LINES = (
    "The City of Marlow Falls on Tuesday announced an $18.4 million program to replace all 3,200 "
    "known lead service lines in the city by the end of 2028.",
    "The Lead-Free Marlow program will be funded by an $11.2 million federal grant from the "
    "Drinking Water State Revolving Fund, $4.1 million in city bond proceeds and a 6 percent "
    "increase in residential water rates that takes effect July 1.",
    "Crews will begin work in April in the Eastgate and Mill Street neighborhoods, where testing "
    "last fall found lead levels above the federal action level in 41 of 212 homes sampled.",
)
LEAD_RELEASE = replace(
    document("\n\n".join(LEAD_LINES), "release", "City of Marlow Falls", published="2025-03-04"),
    press_release=True,
)
# A classmate and another student put the release's funding sentence in their own words, one of
# them as a list.
LEAD_CLASSMATE = document(
    "Residents of two east-side Marlow Falls neighborhoods should filter their drinking water "
    "until the lead pipes under their homes are dug up, Mayor Denise Okafor said Tuesday.\n\n"
    "Replacement work starts in April in those neighborhoods. The money comes from an $11.2 "
    "million federal grant, $4.1 million in bonds and a rate increase of 6 percent on July 1.",
    "classmate",
)
LEAD_LISTING = document(
    "Marlow Falls will spend $18.4 million to dig up its lead water lines, and families will "
    "cover part of it through their water bills, Mayor Denise Okafor said Tuesday.\n\n"
    "The money comes from three places:\n\n"
    "- $11.2 million from a federal Drinking Water State Revolving Fund grant\n"
    "- $4.1 million from city bonds\n- a 6 percent water rate increase starting July 1",
    "listing",
)


def test_a_paste_of_a_release_took_every_sentence_from_it_where_others_paraphrase_them() -> None:
    """A student pastes a city's press release whole; a classmate and another student put its
    funding sentence in their own words, one of them as a list. Every pasted sentence is traced
    to the release, though the release's sentence and the paste's are both paraphrased by a
    third article's sentence that the group shows (acceptance round 30, x3: 60%, not 100%)."""
    paste = document("\n\n".join(LEAD_LINES), "paste")
    result = compare_documents([LEAD_RELEASE, paste, LEAD_CLASSMATE, LEAD_LISTING])
    taken = taken_from(result, result.stories[0], result.groups)
    assert [(t.origin, t.share, t.sentences) for t in taken if t.copy == "paste"] == [
        ("release", 1.0, (0, 1, 2))
    ]


def test_a_paste_handed_in_twice_took_every_sentence_from_the_release_in_both_drafts() -> None:
    """A student pastes the release and hands it in again with a line added, the two files
    versions of one article; a third student's shortening of the classmate's funding sentence
    makes the group show the classmate's, which both drafts paraphrase. Each draft still took
    all three sentences from the release, not two (retest of round 38, R1: Kowalski's drafts
    88% and 66% of the release fell to 36% and 32% once linked as versions)."""
    draft, resubmitted = (
        replace(
            document("\n\n".join(lines), id, "Paste"),
            version_of="paste",
            version_label=label,
        )
        for id, label, lines in (
            ("paste", "1", LEAD_LINES),
            (
                "paste_v2",
                "2",
                (*LEAD_LINES, "Residents can look up whether their home has a lead line online."),
            ),
        )
    )
    shortened = document(
        "Families on the east side were told to filter their tap water.\n\n"
        "The money comes from a federal grant, city bonds and a rate increase on July 1.",
        "shortened",
    )
    result = compare_documents(
        [LEAD_RELEASE, draft, resubmitted, LEAD_CLASSMATE, LEAD_LISTING, shortened]
    )
    taken = taken_from(result, result.stories[0], result.groups)
    assert [(t.copy, t.origin, t.sentences) for t in taken if t.copy.startswith("paste")] == [
        ("paste", "release", (0, 1, 2)),
        ("paste_v2", "release", (0, 1, 2)),
    ]


def test_a_paste_and_a_wire_of_one_day_share_the_phrases_of_the_release_of_that_day() -> None:
    """A city's press release, a wire story that rewords it and a student's paste of its first
    paragraphs, all of one day without times: the phrases the paste shares with the wire are
    the release's, which came out before the wire that draws on it, so their pair names the
    release their common origin and charges the paste with no undisclosed reuse of the wire
    (retest R1 of acceptance round 30: the release and the wire tied, and the paste was
    flagged against the wire)."""
    lede = (
        "Mayor Teresa Alvarez today announced that Riverton Transit will offer free bus rides to "
        "all students aged 12 to 18 from June 16 through August 29, a pilot program funded by a "
        "$640,000 grant from the state Department of Transportation."
    )
    passes = (
        "Students will ride free on all 14 city bus routes by showing a school ID or the new "
        "Riverton Summer Pass, which will be available at every public library branch beginning "
        "June 9."
    )
    riders = (
        "The city expects about 9,000 students to use the program and will track ridership on "
        "every route to decide whether to extend free fares into the school year."
    )
    release_rest = (
        "The pilot builds on the city's Youth Mobility Plan, adopted in 2023, which set a goal of "
        "cutting the cost of getting to work and school for families that do not own a car.\n\n"
        '"Our drivers see these kids every day during the school year, and we want to keep seeing '
        'them in July," said Transit Director Marcus Bell.\n\n'
        "Riverton Transit will post updated summer schedules on its website and at all major "
        "stops by June 12. Parents with questions can call the transit customer line on "
        "weekdays.\n\n"
        "Councilmember Lena Ortiz, who chairs the council's transportation committee, said she "
        "would ask staff for a report on ridership, costs and safety by the end of September.\n\n"
        "The mayor will launch the pass on June 14 at the Riverside Library, with sign-up tables "
        "for summer job programs run by the Riverton Workforce Board."
    )
    release = replace(
        document(
            "\n\n".join([f"RIVERTON - {lede}", passes, riders, release_rest]),
            "release",
            "City of Riverton, Office of the Mayor",
            published="2025-06-03",
        ),
        press_release=True,
    )
    wire = document(
        "RIVERTON (Lakeshore Wire) - Riverton will let teenagers ride city buses without paying "
        "this summer under a pilot program announced Tuesday by Mayor Teresa Alvarez.\n\n"
        "The program covers students aged 12 to 18 from June 16 through August 29 and is paid "
        "for with a $640,000 state transportation grant, the mayor's office said.\n\n"
        "Riders will need a school ID or a new summer pass, available at every public library "
        "branch from next week.\n\n"
        "City officials expect roughly 9,000 students to take part. Ridership figures will help "
        "decide whether free fares continue once school starts, officials said.\n\n"
        "The council signed off on the grant last month over the objection of one member, "
        "Councilman Ray Dunmore, who called the program a giveaway the city could not sustain."
        "\n\nSimilar summer programs in Ashford and Port Delmar drew more riders than expected "
        "in their first year, and both cities later made them permanent.\n\n"
        "Transit advocates have pushed for years for lower fares for young riders, arguing that "
        "the cost of a monthly pass keeps many low-income teenagers from taking summer jobs "
        "across town.\n\n"
        "The state grant program that pays for the pilot was created last year and has funded "
        "projects in 11 cities so far.",
        "wire",
        "Lakeshore Wire",
        published="2025-06-03",
    )
    paste = document(
        "\n\n".join([lede, passes, riders]), "okonkwo", "Okonkwo", published="2025-06-03"
    )
    pairs = {frozenset((p.a, p.b)): p for p in compare_documents([release, wire, paste]).pairs}
    shared = pairs[frozenset(("okonkwo", "wire"))]
    assert shared.shared_phrases
    assert (shared.common_origin, shared.origin) == ("release", None)
    assert not shared.undisclosed_reuse
    assert pairs[frozenset(("okonkwo", "release"))].origin == "release"


def asthma_study() -> tuple[Document, Document, Document, Document]:
    """A study's abstract, the record (``Document.of_record``); the university's press
    release of it; a wire's rewrite of the release; and a paper written from the abstract."""
    abstract = replace(
        document(
            "Background. Traffic pollution has been linked to asthma in adults, but evidence "
            "in young children is limited.\n\n"
            "Methods. We followed 52,418 children born in the Elmbridge Birth Cohort from birth "
            "to the age of eight years.\n\n"
            "Results. Living within 200 metres of a major road in the first year of life was "
            "associated with a higher risk of asthma by the age of eight (hazard ratio 1.18; "
            "95% CI 1.07 to 1.30).\n\n"
            "Conclusions. Early exposure to traffic pollution was associated with a modestly "
            "increased risk of childhood asthma. Residual confounding by household income "
            "cannot be excluded.",
            "abstract",
            "Journal of Paediatric Epidemiology",
            published="2026-03-04",
        ),
        of_record=True,
    )
    release = released(
        [
            "Babies who live near a busy road are 18% more likely to develop asthma before they "
            "start school, according to a study led by researchers at Ashcombe University.",
            "The study, published today in the Journal of Paediatric Epidemiology, followed "
            "52,418 children in the Elmbridge Birth Cohort for eight years.",
            "Living within 200 metres of a major road in the first year of life was associated "
            "with an 18% higher risk of asthma in early childhood.",
            "\u201cParents should not panic, but councils should think hard about where they put "
            "new homes,\u201d said Dr Rosa Kettering, the study\u2019s lead author.",
            "The study was funded by the Lung Health Foundation.",
        ],
        "Ashcombe University",
        "2026-03-04T00:01:00Z",
    )
    wire = timed(
        [
            "LONDON, March 4 (Northgate News) - Babies who live near a busy road are 18% more "
            "likely to develop asthma before they start school, a British study published on "
            "Wednesday found.",
            "Babies whose homes were within a short walk of a busy road had an 18% higher risk "
            "of asthma in early childhood, researchers at Ashcombe University said.",
            "The team tracked 52,418 children in the Elmbridge Birth Cohort for eight years.",
            "\u201cParents should not panic, but councils should think hard about where they put "
            "new homes,\u201d said Dr Rosa Kettering, the study\u2019s lead author.",
        ],
        "wire",
        "Northgate News",
        "2026-03-04T00:10:00Z",
    )
    paper = timed(
        [
            "Living within 200 metres of a major road in the first year of life was associated "
            "with a hazard ratio of 1.18 for asthma by the age of eight, according to a paper in "
            "the Journal of Paediatric Epidemiology.",
            "Put simply, babies who live near a busy road were about 18% more likely to develop "
            "asthma before starting school.",
            "The authors write that residual confounding by household income cannot be excluded.",
        ],
        "paper",
        "The Examiner",
        "2026-03-04T11:00:00Z",
    )
    return abstract, release, wire, paper


def test_a_paper_written_from_the_recorded_abstract_shares_the_releases_phrases() -> None:
    """A study's abstract given as the record, the university's release, a wire's rewrite of
    the release and a paper written from the abstract: the phrases the paper shares with the
    wire ("babies who live near a busy road") are the release's, which the abstract lacks, so
    their pair names the release their common origin and charges the paper with no
    undisclosed reuse of the wire (acceptance 35, a2: with the abstract as `--record`, the
    paper was flagged against the wire)."""
    abstract, release, wire, paper = asthma_study()
    pairs = {
        frozenset((p.a, p.b)): p for p in compare_documents([abstract, release, wire, paper]).pairs
    }
    shared = pairs[frozenset(("wire", "paper"))]
    assert shared.shared_phrases
    assert (shared.common_origin, shared.origin) == ("release", None)
    assert not shared.undisclosed_reuse
    assert pairs[frozenset(("abstract", "paper"))].origin == "abstract"


def test_of_two_records_neither_reuses_the_other() -> None:
    """The study's abstract and the university's release both given as the record: a record
    reuses nothing, so their pair has no direction and charges neither, while each stays the
    origin of its pairs with the wire and the paper (acceptance 35, a3: the abstract was told
    as reusing the release, by the release's kind)."""
    abstract, release, wire, paper = asthma_study()
    pairs = {
        frozenset((p.a, p.b)): p
        for p in compare_documents([abstract, replace(release, of_record=True), wire, paper]).pairs
    }
    records = pairs[frozenset(("abstract", "release"))]
    assert records.verdict is not Verdict.INDEPENDENT
    assert (records.direction, records.direction_basis, records.undisclosed_reuse) == (
        None,
        None,
        False,
    )
    assert pairs[frozenset(("release", "wire"))].origin == "release"
    assert pairs[frozenset(("abstract", "paper"))].origin == "abstract"


def test_an_outlets_own_edit_that_words_a_sentence_as_a_rivals_copy_took_nothing_from_it() -> None:
    """A rival copies a broadcaster's 06:30 story and drops its hedge ("may have been travelling
    too fast"); at 15:30 the broadcaster's own edit drops it too. The edit came from the
    broadcaster's own story, not from the rival (retest of acceptance round 30: ABN's 15:30
    version "took" a sentence from the Daily Courier since 86747a9)."""
    hedged = [
        "Four people died and at least 30 were injured after a passenger train derailed near "
        "Harwick in North Yorkshire early on Saturday, emergency services said.",
        "The 05:42 service from York to Scarborough left the tracks at about 06:10 near the "
        "Calder viaduct.",
        "Network Rail said the line between York and Scarborough would remain closed until at "
        "least Monday.",
        "Passengers described being thrown from their seats as the carriages tipped onto the "
        "embankment.",
        "Initial reports suggest the train may have been travelling too fast on a curve with a "
        "50mph limit.",
    ]
    edited = [*hedged[:4], "The train was travelling too fast on a curve with a 50mph limit."]
    address = "https://abn.example/derailment"
    first, later = (
        replace(
            timed(lines, id, "abn_news", "2025-06-14T06:30:00Z"),
            url=address,
            modified_time=modified,
        )
        for lines, id, modified in (
            (hedged, "abn-0630", "2025-06-14T06:30:00Z"),
            (edited, "abn-1530", "2025-06-14T15:30:00Z"),
        )
    )
    courier = timed(edited, "courier", "daily_courier", "2025-06-14T08:00:00Z")
    result = compare_documents([first, later, courier], single_story=True)
    assert sorted((t.copy, t.origin) for t in result.taken[result.stories[0].id]) == [
        ("abn-1530", "abn-0630"),
        ("courier", "abn-0630"),
    ]


def test_uncredited_reuse_is_flagged(port_strike: Result) -> None:
    """Harbor Times names Coastal Wire in a credit line; Bay Gazette reuses it silently."""
    taken = {
        t.copy: t
        for t in taken_from(port_strike, port_strike.stories[0], story_groups(port_strike, 0))
    }
    assert taken["harbor_times"].credited
    assert not taken["bay_gazette"].credited
    assert taken["bay_gazette"].share == 1.0


def test_credited_is_the_copys_own_credit() -> None:
    """Two papers print one text, Courier a day after Herald; Herald credits AP, Courier
    nobody, so neither credits the other (AP's credit names no paper's own text): Courier is
    the copy, and it credits nothing."""
    text = (
        "Talks in Geneva ended on Monday without a deal.\n"
        "Both delegations left the city by the evening train, officials said."
    )
    herald = document(
        f"{text}\nThe Associated Press contributed to this report.",
        "herald",
        published="2025-01-02",
    )
    courier = document(text, "courier", published="2025-01-03")
    result = compare_documents([replace(herald, credits=("AP",)), courier])
    (pair,) = result.pairs
    assert (pair.b, pair.direction, pair.undisclosed_reuse, pair.crediting) == (
        "courier",
        "a->b",
        True,
        (),
    )
    assert taken_from(result, result.stories[0], result.groups) == (
        Taken("courier", "herald", 1.0, credited=False, sentences=(0, 1)),
    )


def test_words_a_copy_adds_to_a_sentence_are_its_own() -> None:
    """A paper runs the wire's two sentences, adding a clause of its own to the first: its
    share taken from the wire leaves the clause out."""
    wire = (
        "The Riverside city council approved a 48 million euro budget for a new tram line.\n"
        "Mayor Helena Varga said construction would begin in the spring."
    )
    daily = (
        "The Riverside city council approved a 48 million euro budget for a new tram line, "
        "ending a year of debate.\n"
        "Mayor Helena Varga said construction would begin in the spring."
    )
    result = compare_documents(
        [
            document(wire, "wire", "Wire", published="2025-03-10"),
            document(daily, "daily", "Daily", published="2025-03-11"),
        ]
    )
    (taken,) = taken_from(result, result.stories[0], result.groups)
    words = sum(len(s.tokens) for s in result.sentences["daily"])
    own_clause = 5  # "ending a year of debate"
    assert (taken.copy, taken.origin) == ("daily", "wire")
    assert taken.share == round((words - own_clause) / words, 3)


def test_independent_reports_quoting_one_line_take_nothing() -> None:
    """Two reports of a flood quote the mayor's same words and share nothing else: their pair
    is independent, and neither is said to take its quotation from the other."""
    quote = '"We will rebuild every home that was lost, whatever it costs," the mayor said.'
    wire = "\n".join(
        [
            "Floodwater swept through the centre of Tarrow on Monday after the River Lune burst "
            "its banks following three days of rain.",
            "Emergency crews rescued 40 people from their homes overnight.",
            quote,
        ]
    )
    daily = "\n".join(
        [
            "Residents of Tarrow began clearing mud from their houses on Tuesday as the water "
            "receded from streets near the river.",
            quote,
            "The county council has opened two shelters at local schools.",
        ]
    )
    result = compare_documents(
        [
            document(wire, "wire", "Wire", published="2025-03-10"),
            document(daily, "daily", "Daily", published="2025-03-11"),
        ],
        single_story=True,
    )
    (pair,) = result.pairs
    assert pair.verdict is Verdict.INDEPENDENT
    assert any(m.kind is MatchKind.VERBATIM for m in pair.matches)
    assert taken_from(result, result.stories[0], result.groups) == ()


def test_a_single_outlet_story_takes_nothing() -> None:
    """A story only Dock Review tells has no origin and no copy."""
    result = compare_paths([str(PORT_STRIKE / "dock_review.md")])
    (story,) = result.stories
    assert taken_from(result, story, result.groups) == ()


@pytest.mark.parametrize(
    ("dates", "direction", "origin"),
    [
        pytest.param({"a": "2025-03-11", "b": "2025-03-10"}, None, "b", id="earliest_date"),
        pytest.param({}, "b->a", "b", id="undated_by_pair_direction"),
        pytest.param({}, None, "a", id="undated_no_direction_first_listed"),
    ],
)
def test_origin_is_earliest_then_named_by_directions(
    dates: dict[str, str], direction: str | None, origin: str
) -> None:
    """Dates decide first; without them the pair direction; without that, story order."""
    docs = {
        d: document("x", d, published=dates[d]) if d in dates else document("x", d) for d in "ab"
    }
    pair = replace(aligned_pair("a", "b"), direction=direction)
    a, b = Version("a", (0,), None), Version("b", (0,), MatchKind.EDITED)
    precedence = Precedence.of(docs, [pair], Story("s", "t", ("a", "b")))
    assert precedence.origin(SentenceGroup("s", a, (a, b))) == origin


def test_paraphrases_have_no_origin() -> None:
    """A fact two outlets word independently was not copied from either."""
    a, b = Version("a", (0,), None), Version("b", (0,), MatchKind.PARAPHRASE)
    docs = {d: document("x", d) for d in "ab"}
    precedence = Precedence.of(docs, [], Story("s", "t", ("a", "b")))
    assert precedence.origin(SentenceGroup("s", a, (a, b))) is None


def test_outlets_in_other_time_zones_agree_on_who_was_first() -> None:
    """Tokyo published on the 11th local time, an hour before New York's evening of the 10th
    (in UTC): New York's pair direction, every sentence's origin, what each took and the dedup
    cluster's canonical member all name Tokyo first; London, which copied New York's reprint,
    took Tokyo's text through it."""
    text = "\n".join(
        [
            "Dockworkers at the Port of Calder walked off the job on Monday over pay.",
            "The union said about 4,000 members joined the strike after talks collapsed.",
            "Port operator Calder Maritime said it had offered a 6 percent raise.",
            "Dozens of container ships were anchored offshore by Monday afternoon.",
        ]
    )
    local = "\nLocal shops in Brantford said they were worried about deliveries."
    tokyo = replace(
        document(text, "tokyo", "Tokyo Wire", published="2025-03-11"),
        published_time="2025-03-11T01:00:00Z",
    )
    new_york = replace(
        document(text + local, "ny", "New York Daily", published="2025-03-10"),
        published_time="2025-03-11T04:30:00Z",
    )
    london = replace(
        document(text + local, "london", "London Post", published="2025-03-11"),
        published_time="2025-03-11T06:00:00Z",
    )
    result = compare_documents([new_york, london, tokyo])
    origins = {(p.a, p.b): p.direction for p in result.pairs}
    assert origins[("ny", "tokyo")] == "b->a"
    assert origins[("ny", "london")] == "a->b"
    assert [p.taken_through for p in result.pairs if {p.a, p.b} == {"london", "tokyo"}] == [
        TakenThrough("london", "ny")
    ]
    assert {g.origin for g in result.groups if len(g.versions) == 3} == {"tokyo"}
    taken = {(t.copy, t.origin) for t in taken_from(result, result.stories[0], result.groups)}
    assert ("ny", "tokyo") in taken
    assert not [pair for pair in taken if pair[0] == "tokyo"]
    assert {m.canonical for m in result.clusters} == {"tokyo"}


def test_of_one_day_a_timed_article_is_shown_first_but_named_no_origin() -> None:
    """Two copies of one day, one with a time: no pair direction can tell, and none names the
    timed one the origin: the date alone may be of a moment before that time, and who copied
    whom charges neither, as their pair does. Nor is the timed one's sentence shown for its
    time: of two that nothing orders, and no headline tells apart, the lower id's is
    (stories.in_lead_order; retest of 14207e69, R3). Dedup still keeps the timed one."""
    text = "Talks in Geneva ended on Monday without a deal.\nThe port stays shut until Friday."
    untimed = document(text, "a", "Alpha", published="2025-03-10")
    timed = replace(
        document(text, "b", "Beta", published="2025-03-10"), published_time="2025-03-10T09:00:00Z"
    )
    result = compare_documents([untimed, timed])
    assert [p.direction for p in result.pairs] == [None]
    assert {(g.origin, g.representative.doc) for g in result.groups} == {(None, "a")}
    assert {m.canonical for m in result.clusters} == {"b"}
    assert taken_from(result, result.stories[0], result.groups) == ()


def test_a_new_york_evening_is_the_same_day_as_a_date_without_a_time() -> None:
    """A wire's story of 8 p.m. on April 1 in New York is April 2 in UTC; a paper dated April 1
    without a time ran it with a paragraph of its own. They are of one day, so the wire rule
    decides: every stage names the wire first."""
    text = "\n".join(
        [
            "Dockworkers at the Port of Calder walked off the job on Monday over pay.",
            "The union said about 4,000 members joined the strike after talks collapsed.",
            "Port operator Calder Maritime said it had offered a 6 percent raise.",
        ]
    )
    wire = replace(
        document(text, "wire", "Associated Press", published="2024-04-01"),
        published_time="2024-04-02T00:00:00Z",
    )
    local = "\nLocal shops in Calder said they were worried about deliveries."
    daily = document(text + local, "daily", "Metro Daily", published="2024-04-01")
    result = compare_documents([daily, wire])
    assert [p.direction for p in result.pairs] == ["b->a"]
    assert {g.origin for g in result.groups if len(g.versions) == 2} == {"wire"}
    assert {m.canonical for m in result.clusters} == {"wire"}


def test_two_times_order_a_story_with_an_untimed_article_whatever_days_were_printed() -> None:
    """New York at 8 p.m. on April 1 and Berlin at 1:30 a.m. on April 2 (earlier, in UTC), with
    a paper dated April 2 and no time: the two times say Berlin came first, whatever day each
    outlet printed, and every table names Berlin first; the paper, of a day New York's
    printed day precedes, comes after New York."""
    text = "\n".join(
        [
            "Dockworkers at the port of Calder ended their three-week strike on Friday.",
            "The agreement raises wages by 12 percent over three years, the union said.",
        ]
    )
    new_york = replace(
        document(text, "ny", "NY", published="2024-04-01"), published_time="2024-04-02T00:00:00Z"
    )
    berlin = replace(
        document(text, "berlin", "Berlin", published="2024-04-02"),
        published_time="2024-04-01T23:30:00Z",
    )
    daily = document(text, "daily", "Daily", published="2024-04-02")
    result = compare_documents([berlin, daily, new_york])
    directions = {(p.a, p.b): (p.direction, p.direction_basis) for p in result.pairs}
    assert directions[("berlin", "ny")] == ("a->b", DirectionBasis.PUBLISHED_TIME)
    assert directions[("daily", "ny")] == ("b->a", DirectionBasis.PUBLISHED_DATE)
    assert {g.origin for g in result.groups if len(g.versions) == 3} == {"berlin"}
    taken = taken_from(result, result.stories[0], result.groups)
    assert {t.origin for t in taken} == {"berlin"}
    assert {m.canonical for m in result.clusters} == {"berlin"}


FERRY_WIRE = [
    "A passenger ferry carrying 212 people ran aground off the island of Skarholm on Saturday "
    "night, the coast guard said.",
    "All passengers were taken off the vessel by lifeboats and fishing boats within four hours, "
    "coast guard spokesman Henrik Dahl said.",
    "Eleven people were treated in hospital for hypothermia and minor injuries.",
    "The ferry was sailing from Tarvik to Skarholm in strong winds when it struck a reef at "
    "about 9:30 p.m.",
    "The operator, Vestline, said it had suspended the route and would cooperate with "
    "investigators.",
    "It is the second grounding on the route since 2021.",
]
# Published before the wire, with two of its sentences.
FERRY_EARLY = [
    "Weather forecasters had issued a gale warning for the whole coast on Saturday afternoon.",
    FERRY_WIRE[0],
    "Fishermen in the harbour said the sea had been rough since midday.",
    FERRY_WIRE[2],
    "Residents of Skarholm opened the community hall to the rescued passengers overnight.",
]
FERRY_REWRITE = [
    FERRY_WIRE[0],
    FERRY_WIRE[1].replace("the vessel", "the ship"),
    FERRY_WIRE[2],
    FERRY_WIRE[3].replace("strong winds", "heavy winds").replace("struck", "hit"),
    *FERRY_WIRE[4:],
]


def timed(lines: list[str], id: str, outlet: str, time: str) -> Document:
    """An article of ``outlet``'s folder, published at ``time`` (UTC)."""
    return replace(
        document("\n\n".join(lines), id, outlet, published=time[:10]),
        path=f"{outlet}/{id}.txt",
        published_time=time,
    )


@pytest.mark.parametrize(
    ("copy", "verdict"),
    [
        pytest.param("reprint", Verdict.COPY, id="verbatim_reprint"),
        pytest.param("rewrite", Verdict.DERIVED, id="edited_rewrite"),
    ],
)
def test_an_early_partial_article_is_no_common_origin_of_the_wire_and_its_copy(
    copy: str, verdict: Verdict
) -> None:
    """The wire saved twice, and a paper that had two of its six sentences before it: an
    uncredited reprint or rewrite of the wire still reuses the wire, undisclosed, once, against
    the copy of the smaller id. The early paper holds two of the six sentences the two share,
    so it is not what both reuse."""
    docs = [
        timed(FERRY_WIRE, "copy_of_ferry", "apex_wire", "2025-06-07T10:00:00Z"),
        timed(FERRY_WIRE, "ferry", "apex_wire", "2025-06-07T10:00:00Z"),
        timed(FERRY_EARLY, "early", "hill_news", "2025-06-07T04:35:00Z"),
        timed(FERRY_WIRE, "reprint", "bay_observer", "2025-06-07T12:07:00Z"),
        timed(FERRY_REWRITE, "rewrite", "river_courier", "2025-06-07T13:07:00Z"),
    ]
    pairs = {(p.a, p.b): p for p in compare_documents(docs, single_story=True).pairs}
    pair = pairs[("copy_of_ferry", copy)]
    assert (pair.verdict, pair.direction, pair.undisclosed_reuse, pair.common_origin) == (
        verdict,
        "a->b",
        True,
        None,
    )
    assert not pairs[("ferry", copy)].undisclosed_reuse


def test_a_brief_in_the_wires_words_reuses_the_wire_not_its_reprints() -> None:
    """A brief that takes no sentence of the wire, only its phrasing, shares that phrasing as
    much with each full reprint as with the wire: it took it from the wire, once, undisclosed,
    and from none of the reprints, whose text is the wire's."""
    brief = [
        "A ferry with 212 people on board ran aground off the island of Skarholm late on Saturday.",
        "Eleven people were treated in hospital, the coast guard said.",
        "The operator suspended the route.",
    ]
    docs = [
        timed(FERRY_WIRE, "ferry", "apex_wire", "2025-06-07T10:00:00Z"),
        timed(FERRY_WIRE, "reprint", "bay_observer", "2025-06-07T12:07:00Z"),
        timed(FERRY_WIRE[:5], "trimmed", "hill_news", "2025-06-07T12:30:00Z"),
        timed(brief, "brief", "river_courier", "2025-06-07T13:07:00Z"),
    ]
    pairs = compare_documents(docs, single_story=True).pairs
    charged = {(p.a, p.b): (p.direction, p.common_origin) for p in pairs if p.b == "brief"}
    assert charged == {
        ("ferry", "brief"): ("a->b", None),
        ("reprint", "brief"): (None, "ferry"),
        ("trimmed", "brief"): (None, "ferry"),
    }
    assert [(p.a, p.b) for p in pairs if p.undisclosed_reuse] == [
        ("ferry", "reprint"),
        ("ferry", "trimmed"),
        ("ferry", "brief"),
    ]
    brief_matches = [m for p in pairs if p.b == "brief" for m in p.matches]
    assert brief_matches and not any(m.kind.is_reuse for m in brief_matches)


def test_an_undated_paste_placed_after_the_release_is_not_before_a_dated_draft() -> None:
    """A student's draft dated March 5 (a Word file's properties) and a classmate's undated
    copy of it, both taking a line from the council's release of March 3 (the record): the
    copy's place right after the release says nothing of it coming before the draft, so the
    draft took its line from the release and nothing from the copy, whose pair with it tells
    no order either (retest of round 38, R2: "Xu took 13% from Young", the other way round)."""
    release = replace(
        document(
            "Harlow Town Council on Monday approved a £2.4 million plan to rebuild the Quayside "
            "footbridge, which has been closed since storm damage in January.\n\n"
            "Work will begin in May and the bridge is expected to reopen by the end of October."
            "\n\nCouncillor Maya Brandt, who chairs the transport committee, said the crossing "
            "was used by about 1,800 people a day before it shut.",
            "release",
            "Harlow Town Council",
            published="2026-03-03",
        ),
        of_record=True,
    )
    lines = [
        "Pedestrians who have walked an extra mile to cross the river since January will get "
        "their footbridge back this autumn.",
        "Harlow Town Council on Monday approved a £2.4 million plan to rebuild the Quayside "
        "footbridge, which has been closed since storm damage in January.",
        "Shop owners on Quay Street say trade has fallen by a third since the bridge closed.",
        '"We have lost the lunchtime crowd from the offices across the water," said Tom Reyes, '
        "who runs a sandwich bar on the street.",
        "The council expects the bridge to reopen by the end of October.",
        "Some residents at Monday's meeting asked why the repairs had taken so long to approve.",
    ]
    draft = document("\n\n".join(lines), "draft", published="2026-03-05")
    copied = document(
        "\n\n".join([lines[0].replace("this autumn", "in the autumn"), *lines[1:]]), "copied"
    )
    result = compare_documents([release, draft, copied], single_story=True)
    pair = next(p for p in result.pairs if {p.a, p.b} == {"draft", "copied"})
    assert pair.direction is None and pair.shared_uncredited
    assert [(t.copy, t.origin) for t in result.taken[result.stories[0].id]] == [
        ("draft", "release"),
        ("copied", "release"),
    ]


WATER_MAIN_WIRE = [
    "KESBY (Meridian Wire) \u2014 A water main burst under Harbour Road in Kesby early on "
    "Thursday, flooding a dozen shops and cutting supply to about 3,000 homes, the water "
    "company said.",
    "Crews shut the 24-inch main at about 5 a.m. and expected to restore supply by the evening.",
    '"The pipe is more than 80 years old and was due to be replaced next spring," said Lena '
    "Voss, a spokeswoman for Kesby Water.",
    "Harbour Road will stay closed between the ferry terminal and Mill Street until Saturday.",
    "Residents were told to boil tap water for 48 hours once supply returns.",
]


def test_an_undated_wire_is_the_origin_of_the_papers_that_reuse_it() -> None:
    """A wire story that gives no date, reprinted by one paper and rewritten by another on one
    day, neither crediting it: the pair directions name the wire the origin of both, and every
    table agrees. Each sentence comes from the wire, each paper took its text from the wire,
    the two papers both reuse it rather than each other, the wire gives the story its title, and
    dedup keeps it as canonical: the pairs name it the origin because it is a news agency's, as
    who copied whom does (acceptance round 27: the papers' copy was canonical, the wire its copy)."""
    reprint = [WATER_MAIN_WIRE[0].split("\u2014 ", 1)[1], *WATER_MAIN_WIRE[1:]]
    rewrite = [
        reprint[0].replace("about 3,000", "nearly 3,000").replace("said", "claimed"),
        WATER_MAIN_WIRE[1].replace("expected", "hoped"),
        WATER_MAIN_WIRE[3],
        WATER_MAIN_WIRE[4],
        "Shopkeepers on Harbour Road spent the morning sweeping water out of their doorways.",
    ]
    result = compare_documents(
        [
            document("\n\n".join(text), id, source, title=title, **dated)
            for text, id, source, title, dated in [
                (reprint, "post", "Kesby Post", "Shops flooded", {"published": "2024-09-12"}),
                (rewrite, "herald", "Harbour Herald", "Homes dry", {"published": "2024-09-12"}),
                (WATER_MAIN_WIRE, "wire", "Meridian Wire", "Kesby main bursts", {}),
            ]
        ]
    )
    (story,) = result.stories
    pairs = {frozenset((p.a, p.b)): p for p in result.pairs}
    assert [pairs[frozenset(("wire", paper))].origin for paper in ("post", "herald")] == [
        "wire",
        "wire",
    ]
    assert {g.origin for g in result.groups if len(g.versions) > 1} == {"wire"}
    assert {(t.copy, t.origin) for t in result.taken[story.id]} == {
        ("post", "wire"),
        ("herald", "wire"),
    }
    papers = pairs[frozenset(("post", "herald"))]
    assert (papers.direction, papers.common_origin, papers.undisclosed_reuse) == (
        None,
        "wire",
        False,
    )
    assert story.title == "Kesby main bursts"
    assert {m.canonical for m in result.clusters} == {"wire"}


SCHOOL_WIRE = [
    "HOLTBY (Meridian Wire) \u2014 The Holtby school board voted 5-2 on Tuesday to close two "
    "primary schools at the end of the year, citing falling enrolment.",
    'Board chair Ruth Okafor said the decision would "keep every remaining classroom full and '
    'every teacher paid."',
    "Parents at both schools said they had not been consulted before the vote.",
    "The savings reportedly include $2 million for new school buses, according to two board "
    "members familiar with the budget.",
    "About 340 pupils will move to three other schools in September.",
    "The board will hold a public meeting on the plan next month.",
]


# Two undated rewrites of SCHOOL_WIRE: one hedges its "reportedly include" as "may include", the
# other drops the hedge, so that its sentence is nearer the first's than the wire's.
SCHOOL_HEDGING = [
    SCHOOL_WIRE[0].split("\u2014 ", 1)[1].replace("voted", "decided"),
    SCHOOL_WIRE[1],
    SCHOOL_WIRE[2].replace("said", "complained"),
    SCHOOL_WIRE[3].replace("reportedly include", "may include"),
    SCHOOL_WIRE[4],
    "Teachers at the two schools will be offered posts elsewhere in the district.",
]
SCHOOL_PLAIN = [
    SCHOOL_WIRE[0].split("\u2014 ", 1)[1].replace("close", "shut"),
    SCHOOL_WIRE[1].replace("said", "claimed"),
    SCHOOL_WIRE[2],
    SCHOOL_WIRE[3].replace("reportedly include", "include"),
    SCHOOL_WIRE[4],
    "Some parents said they would ask the state to overturn the decision.",
]


@pytest.mark.parametrize("hedged", ["courier", "zcourier"])
def test_two_undated_rewrites_of_the_wire_both_reuse_it_whatever_their_names(
    hedged: str,
) -> None:
    """Two undated papers rewrite the undated wire; one hedges the wire's "reportedly
    includes" as "may include", the other drops the hedge, so that its sentence is nearer the
    first paper's than the wire's. Nothing tells which paper came first: neither took from the
    other, whichever file name sorts first; both reuse the wire, uncredited, and only it."""
    result = compare_documents(
        [
            document("\n\n".join(SCHOOL_WIRE), "wire", "Meridian Wire"),
            document("\n\n".join(SCHOOL_HEDGING), hedged, "Daily Courier"),
            document("\n\n".join(SCHOOL_PLAIN), "post", "Holtby Post"),
        ]
    )
    (story,) = result.stories
    assert {(t.copy, t.origin, t.credited) for t in result.taken[story.id]} == {
        (hedged, "wire", False),
        ("post", "wire", False),
    }
    papers = next(p for p in result.pairs if {p.a, p.b} == {hedged, "post"})
    assert (papers.direction, papers.common_origin, papers.undisclosed_reuse) == (
        None,
        "wire",
        False,
    )


# Two paragraphs of local reporting that two papers carry and the wire does not.
SCHOOL_VIGIL = [
    "Parents from both schools held a candlelight vigil outside the board offices on Tuesday "
    "night, drawing about 200 people who carried photos of their children's classrooms.",
    "Local pastor Samuel Adeyemi told the crowd that closing the schools would break up "
    "neighbourhoods that had shared them for generations.",
]


@pytest.mark.parametrize("hedged", ["courier", "zcourier"])
def test_a_rewrite_nearer_another_rewrite_than_the_wire_reuses_the_wire_alone(hedged: str) -> None:
    """Three undated papers rewrite the undated wire; one hedges its "reportedly includes" as
    "may include", nearer another paper's "includes" than the wire's, and that paper, which adds
    two local paragraphs, holds most of it, so that their pair names it the origin. The hedging
    paper took none of that paper's own words: it reuses the wire alone, and the two papers both
    reuse the wire, with no charge between them. The paragraphs the other two papers share come
    from no wire: their pair stays a rewrite, and one of them took those paragraphs."""
    local = [
        SCHOOL_WIRE[0].split("\u2014 ", 1)[1].replace("citing", "blaming"),
        SCHOOL_WIRE[1].replace("said", "insisted"),
        SCHOOL_WIRE[2],
        *SCHOOL_WIRE[4:],
        *SCHOOL_VIGIL,
    ]
    result = compare_documents(
        [
            document("\n\n".join(SCHOOL_WIRE), "wire", "Meridian Wire"),
            document("\n\n".join(SCHOOL_HEDGING), hedged, "Daily Courier"),
            document("\n\n".join([*SCHOOL_PLAIN, *SCHOOL_VIGIL]), "post", "Holtby Post"),
            document("\n\n".join(local), "gazette", "Holtby Gazette"),
        ]
    )
    (story,) = result.stories
    assert {(t.copy, t.origin) for t in result.taken[story.id]} == {
        (hedged, "wire"),
        ("post", "wire"),
        ("gazette", "wire"),
        ("gazette", "post"),
    }
    pairs = {frozenset((p.a, p.b)): p for p in result.pairs}
    papers = pairs[frozenset((hedged, "post"))]
    assert (papers.direction, papers.common_origin, papers.undisclosed_reuse) == (
        None,
        "wire",
        False,
    )
    local_papers = pairs[frozenset(("post", "gazette"))]
    assert (local_papers.verdict, local_papers.common_origin) == (Verdict.DERIVED, None)


def test_copies_of_an_undated_agency_story_and_its_update_trace_to_the_version_they_copy() -> None:
    """An agency files a story and, later, an update with a higher count and a line more,
    neither dated; one paper reprints the story word for word, another the update. Nothing
    tells which version came first: they have no direction, each paper took every sentence
    from the version it copies (not the sentences the update left as they were from the
    update), and the two papers both reuse the agency's report, not each other."""
    update = [
        FERRY_WIRE[0].replace("212", "214"),
        *FERRY_WIRE[1:5],
        "Divers will inspect the hull on Monday before the ferry is towed to Tarvik.",
        FERRY_WIRE[5],
    ]
    result = compare_documents(
        [
            replace(
                document("\n\n".join(text), id, "Apex Wire"),
                path=f"apex_wire/{id}.txt",
                author="Apex Wire staff",
            )
            for text, id in ((FERRY_WIRE, "ferry-v1"), (update, "ferry-v2"))
        ]
        + [
            document("\n\n".join(FERRY_WIRE), "observer", "Bay Observer"),
            document("\n\n".join(update), "courier", "River Courier"),
        ]
    )
    (story,) = result.stories
    assert {(t.copy, t.origin, t.share) for t in result.taken[story.id]} == {
        ("observer", "ferry-v1", 1.0),
        ("courier", "ferry-v2", 1.0),
    }
    pairs = {frozenset((p.a, p.b)): p for p in result.pairs}
    versions = pairs[frozenset(("ferry-v1", "ferry-v2"))]
    assert (versions.same_source, versions.direction) == (True, None)
    papers = pairs[frozenset(("observer", "courier"))]
    assert (papers.direction, papers.undisclosed_reuse) == (None, False)
    assert papers.common_origin in {"ferry-v1", "ferry-v2"}


WILDFIRE = [
    "A wildfire in the hills above Corrow forced about 1,500 residents from their homes on "
    "Sunday, fire officials said.",
    "Strong winds pushed the flames across the Dunlin Ridge road shortly after noon.",
    "More than 300 firefighters and four water-dropping helicopters were sent to the blaze.",
    "No injuries have been reported, but at least six barns were destroyed.",
    "Officials said the cause of the fire was under investigation.",
]
WILDFIRE_UPDATE = [
    WILDFIRE[0].replace("1,500", "2,300"),
    *WILDFIRE[1:],
    "An evacuation centre opened at Corrow High School on Sunday evening.",
]


def test_copies_of_a_dated_agency_update_trace_to_the_update_not_the_story_it_replaced() -> None:
    """An agency files a story at 9 and an update at 11 (a higher count, a line more); a paper
    runs the story at 10, another the update word for word at 12, a third the update's first
    three sentences at 13. Each paper took every sentence from the version it runs, the ones
    the update left as they were too (the update took them from the story, its own), and the
    two that run the update both reuse it, not the story it replaced."""
    docs = [
        timed(WILDFIRE, "fire", "tarn_wire", "2025-08-03T09:00:00Z"),
        timed(WILDFIRE_UPDATE, "fire_update", "tarn_wire", "2025-08-03T11:00:00Z"),
        timed(WILDFIRE, "gazette", "corrow_gazette", "2025-08-03T10:00:00Z"),
        timed(WILDFIRE_UPDATE, "courier", "ridge_courier", "2025-08-03T12:00:00Z"),
        timed(WILDFIRE_UPDATE[:3], "herald", "valley_herald", "2025-08-03T13:00:00Z"),
    ]
    result = compare_documents(docs, single_story=True)
    (story,) = result.stories
    assert {
        (t.copy, t.origin, t.share) for t in result.taken[story.id] if t.copy != "fire_update"
    } == {
        ("gazette", "fire", 1.0),
        ("courier", "fire_update", 1.0),
        ("herald", "fire_update", 1.0),
    }
    papers = next(p for p in result.pairs if {p.a, p.b} == {"courier", "herald"})
    assert (papers.direction, papers.common_origin) == (None, "fire_update")


@pytest.mark.parametrize(
    ("dates", "directions", "order"),
    [
        pytest.param(
            {"daily": "2024-05-14", "post": "2024-05-14"},
            [("wire", "daily"), ("wire", "post")],
            ["wire", "daily", "post"],
            id="before_the_papers_it_is_the_origin_of",
        ),
        pytest.param(
            {"daily": "2024-05-13", "post": "2024-05-15"},
            [("daily", "wire"), ("wire", "post")],
            ["daily", "wire", "post"],
            id="between_its_origin_and_its_copy",
        ),
        pytest.param(
            {"daily": "2024-05-14", "post": "2024-05-13"},
            [("daily", "wire"), ("wire", "post")],
            ["post", "daily", "wire"],
            id="after_its_origin_when_a_copy_is_earlier",
        ),
        pytest.param(
            {"daily": "2024-05-14"},
            [("wire", "post"), ("post", "daily")],
            ["wire", "post", "daily"],
            id="before_its_undated_reprint",
        ),
        pytest.param(
            {"daily": "2024-05-14", "post": "2024-05-15"},
            [("wire", "reprint"), ("reprint", "daily"), ("wire", "post")],
            ["wire", "reprint", "daily", "post"],
            id="before_its_undated_reprint_whatever_its_later_copies",
        ),
    ],
)
def test_an_undated_article_takes_its_place_from_the_pair_directions(
    dates: dict[str, str], directions: list[tuple[str, str]], order: list[str]
) -> None:
    """An undated article goes right before the first dated article the pair directions name
    its copy (or the first undated one placed so), but never before one they name its origin:
    a reprint that carries a paper's edits took them from that paper, even when a brief of the
    day before, which shares one line with it, seems to have taken that line from the reprint."""
    names = sorted({d for pair in directions for d in pair})
    docs = {
        d: document("x", d, published=dates[d]) if d in dates else document("x", d) for d in names
    }
    pairs = [
        replace(
            aligned_pair(min(origin, copy), max(origin, copy)),
            direction="a->b" if origin < copy else "b->a",
        )
        for origin, copy in directions
    ]
    versions = tuple(Version(d, (0,), None if d == "daily" else MatchKind.EDITED) for d in names)
    precedence = Precedence.of(docs, pairs, Story("s", "t", tuple(names)))
    assert [
        v.doc for v in precedence.copy_order(SentenceGroup("s", versions[0], versions))
    ] == order


def water_main_story(*, reprint: list[str], copy: list[str], copy_credit: str = "") -> Result:
    """The water-main wire, a reprint of it a day later and a copy of the reprint two days
    later, as ``reprint`` and ``copy`` give their sentences."""
    return compare_documents(
        [
            document("\n".join(WATER_MAIN_WIRE), "wire", "Meridian Wire", published="2025-05-01"),
            document("\n".join(reprint), "ledger", "Kesby Ledger", published="2025-05-02"),
            document(
                "\n".join([*copy, copy_credit] if copy_credit else copy),
                "digest",
                "Harbour Digest",
                published="2025-05-03",
            ),
        ]
    )


LOCAL_PARAGRAPH = (
    "Shopkeepers on Harbour Road said they had lost a day's trade and feared damage to their "
    "stock, the Ledger has learned."
)


def test_a_copy_of_a_reprint_that_added_a_paragraph_took_all_of_it_from_the_reprint() -> None:
    """A paper reprints the wire with a local paragraph of its own; a digest runs the reprint
    word for word. The digest took everything from the reprint, whose paragraph it carries,
    not the wire's sentences from the wire."""
    reprint = [*WATER_MAIN_WIRE[:3], LOCAL_PARAGRAPH, *WATER_MAIN_WIRE[3:]]
    result = water_main_story(reprint=reprint, copy=reprint)
    taken = taken_from(result, result.stories[0], result.groups)
    assert [(t.origin, t.share) for t in taken if t.copy == "digest"] == [("ledger", 1.0)]


def test_a_copy_of_the_wire_with_one_sentence_of_a_reprint_took_the_rest_from_the_wire() -> None:
    """The reprint adds to one of the wire's sentences and changes a word of another; the
    digest takes the first but keeps the wire's words where the reprint changed the second: it
    worked from the wire, and took one sentence from the reprint."""
    reprint = list(WATER_MAIN_WIRE)
    reprint[1] = reprint[1].replace("by the evening", "by the evening, or by Friday at the latest")
    reprint[3] = reprint[3].replace("until Saturday", "until next Saturday")
    copy = list(WATER_MAIN_WIRE)
    copy[1] = reprint[1]
    result = water_main_story(reprint=reprint, copy=copy)
    taken = taken_from(result, result.stories[0], result.groups)
    shares = {t.origin: t.share for t in taken if t.copy == "digest"}
    assert set(shares) == {"wire", "ledger"}
    assert shares["wire"] > shares["ledger"]


def test_a_copy_of_a_reprint_that_credits_the_wire_credits_whose_text_it_is() -> None:
    """The digest runs the reprint, its one changed word too, and credits the wire: the text it
    took from the reprint is the wire's, credited."""
    reprint = list(WATER_MAIN_WIRE)
    # The reprint drops the wire's dateline, which names whose text it is.
    reprint[0] = reprint[0].removeprefix("KESBY (Meridian Wire) \u2014 ")
    reprint[4] = reprint[4].replace("boil tap water", "boil drinking water")
    result = water_main_story(
        reprint=reprint, copy=reprint, copy_credit="Meridian Wire contributed to this report."
    )
    taken = taken_from(result, result.stories[0], result.groups)
    assert [(t.origin, t.share, t.credited) for t in taken if t.copy == "digest"] == [
        ("ledger", 1.0, True)
    ]


def test_two_copies_of_a_reprint_that_share_its_own_paragraph_are_not_both_the_wires() -> None:
    """A paper reprints the wire with a local paragraph; an undated digest carries the reprint
    word for word. Their shared text is more than the wire's: the pair is not two reprints of
    the wire that took nothing from each other."""
    reprint = [*WATER_MAIN_WIRE[:3], LOCAL_PARAGRAPH, *WATER_MAIN_WIRE[3:]]
    result = compare_documents(
        [
            document("\n".join(WATER_MAIN_WIRE), "wire", "Meridian Wire", published="2025-05-01"),
            document("\n".join(reprint), "ledger", "Kesby Ledger", published="2025-05-02"),
            document("\n".join(reprint), "digest", "Harbour Digest"),
        ]
    )
    (pair,) = [p for p in result.pairs if {p.a, p.b} == {"ledger", "digest"}]
    assert pair.common_origin is None


def test_a_copy_that_credits_the_wire_does_not_credit_a_papers_own_reporting() -> None:
    """The Ledger writes its own story around one sentence of the wire; a digest runs the
    Ledger's story whole and credits only the wire: what it took is mostly the Ledger's own
    reporting, uncredited."""
    own = [
        WATER_MAIN_WIRE[0].removeprefix("KESBY (Meridian Wire) \u2014 "),
        LOCAL_PARAGRAPH,
        "The Ledger counted eleven shops with water damage along the waterfront by noon.",
        "Traders said the same main had burst twice in the last five years without repair.",
        "A council meeting on Monday is expected to discuss compensation for businesses.",
    ]
    result = water_main_story(
        reprint=own, copy=own, copy_credit="Meridian Wire contributed to this report."
    )
    taken = taken_from(result, result.stories[0], result.groups)
    assert [(t.origin, t.credited) for t in taken if t.copy == "digest"] == [("ledger", False)]


def test_a_copy_of_a_reprint_with_a_line_of_a_third_paper_took_the_rest_from_the_reprint() -> None:
    """A digest runs the Ledger's reprint whole, its local paragraph too, and adds one line of
    the Gazette's own reporting: the line is the Gazette's, the rest still the Ledger's."""
    reprint = [*WATER_MAIN_WIRE[:3], LOCAL_PARAGRAPH, *WATER_MAIN_WIRE[3:]]
    gazette_line = "Kesby Water has had three bursts on the Harbour Road main since 2019."
    gazette = [WATER_MAIN_WIRE[0], gazette_line, "Buses will be diverted along Quay Lane."]
    result = compare_documents(
        [
            document("\n".join(WATER_MAIN_WIRE), "wire", "Meridian Wire", published="2025-05-01"),
            document("\n".join(reprint), "ledger", "Kesby Ledger", published="2025-05-02"),
            document("\n".join(gazette), "gazette", "Kesby Gazette", published="2025-05-02"),
            document("\n".join([*reprint, gazette_line]), "digest", published="2025-05-03"),
        ]
    )
    taken = taken_from(result, result.stories[0], result.groups)
    assert sorted(t.origin for t in taken if t.copy == "digest") == ["gazette", "ledger"]


@pytest.mark.parametrize(
    ("dateline", "agency_line", "flagged"),
    [
        pytest.param("(Reuters)", [], False, id="the_wires_words_alone"),
        pytest.param("-", [], False, id="the_wires_words_alone_uncredited"),
        pytest.param(
            "(Reuters)", [GRAIN_PORT_AGENCY[2]], True, id="with_a_line_only_the_agency_has"
        ),
    ],
)
def test_a_reprint_shares_the_wires_words_with_another_agency_through_the_wire(
    dateline: str, agency_line: list[str], flagged: bool
) -> None:
    """A paper reprints a Reuters story, dated; TASS's story, undated as the wire's, opens with
    the wire's phrase "the grain terminal at the Black Sea port of Kesby early on Thursday", and
    the two wires' pair has no direction. The paper took the phrase from Reuters, whichever wire
    had it first: no direction says it reuses TASS, nor is it flagged for not crediting TASS,
    whether or not it credits Reuters. A sentence of TASS's that Reuters lacks it took from
    TASS."""
    result = compare_documents(grain_port_story(dateline, agency_line))
    pairs = {frozenset((p.a, p.b)): p for p in result.pairs}
    assert pairs[frozenset(("wire", "tass"))].direction is None
    assert pairs[frozenset(("herald", "wire"))].origin == "wire"
    assert pairs[frozenset(("herald", "wire"))].undisclosed_reuse is (dateline == "-")
    paper_and_agency = pairs[frozenset(("herald", "tass"))]
    assert paper_and_agency.verdict is not Verdict.INDEPENDENT
    assert (paper_and_agency.origin, paper_and_agency.undisclosed_reuse) == (
        ("tass", True) if flagged else (None, False)
    )
    assert paper_and_agency.taken_through == (None if flagged else TakenThrough("herald", "wire"))


RENTS_RELEASE = [
    "A study by the Fenwick Trust suggests that rising rents may be pushing up to 12,000 young "
    "workers out of the city each year, according to preliminary estimates published on Tuesday.",
    "The trust surveyed 2,400 renters aged 18 to 30 across eight districts between May and "
    "September.",
    "Average rents in the city rose from £980 to £1,140 a month over the period, an increase of "
    "16%.",
    "Nearly half of those surveyed said they had cut back on food or heating to cover the rent.",
    "The study did not find that short-term lets caused the rise.",
]
RENTS_BLOG = [
    "A new study proves that soaring rents are driving 12,000 young workers out of the city "
    "every year.",
    "The trust surveyed 2,400 renters aged 18 to 30 in eight districts from May to September.",
    *RENTS_RELEASE[2:4],
    "Short-term lets are to blame, and the council has done nothing to stop them.",
]


@pytest.mark.parametrize(
    ("survey_line", "through_the_blog"),
    [
        pytest.param(RENTS_BLOG[1], True, id="the_blogs_text_alone"),
        pytest.param(RENTS_RELEASE[1], False, id="with_the_releases_wording_the_blog_changed"),
    ],
)
def test_a_copy_of_a_rewrite_of_a_release_took_the_releases_words_through_the_rewrite(
    survey_line: str, through_the_blog: bool
) -> None:
    """A blog rewrites a think tank's press release without credit; an aggregator copies the
    blog a day later and credits it. The aggregator took the release's words from the blog: no
    direction says it reuses the release, nor is it flagged for not crediting the release (the
    blog is, once). An aggregator that kept the survey sentence as the release wrote it, where
    the blog reworded it, worked from the release too: it stays the release's uncredited copy."""
    hub = [
        RENTS_BLOG[0],
        survey_line,
        *RENTS_BLOG[2:],
        "This story first appeared on the Civic Bugle.",
    ]
    result = compare_documents(
        [
            replace(document("\n\n".join(RENTS_RELEASE), "release", "Fenwick Trust",
                             title="Rents study", published="2025-04-01"), press_release=True),
            document("\n\n".join(RENTS_BLOG), "bugle", "Civic Bugle",
                     title="Study proves rent exodus", published="2025-04-02"),
            document("\n\n".join(hub), "hub", "Newsline Hub",
                     title="Study proves rent exodus", published="2025-04-03"),
        ]
    )  # fmt: skip
    pairs = {(p.a, p.b): p for p in result.pairs}
    release_and_blog = pairs[("release", "bugle")]
    assert (release_and_blog.direction, release_and_blog.undisclosed_reuse) == ("a->b", True)
    blog_and_hub = pairs[("bugle", "hub")]
    assert (blog_and_hub.direction, blog_and_hub.undisclosed_reuse) == ("a->b", False)
    release_and_hub = pairs[("release", "hub")]
    assert release_and_hub.verdict is not Verdict.INDEPENDENT
    assert (
        release_and_hub.direction,
        release_and_hub.undisclosed_reuse,
        release_and_hub.taken_through,
    ) == ((None, False, TakenThrough("hub", "bugle")) if through_the_blog else ("a->b", True, None))


@pytest.mark.parametrize(
    ("blog_adds", "through"),
    [
        pytest.param([], None, id="the_blog_holds_one_phrase_of_three"),
        pytest.param(
            [
                "Teenagers on their phones after midnight sleep badly, says Ana Reyes, the "
                "study's lead author."
            ],
            TakenThrough("post", "blog"),
            id="the_blog_holds_every_phrase",
        ),
    ],
)
def test_phrasing_a_copy_took_through_articles_none_of_which_holds_it_has_a_route_not_known(
    blog_adds: list[str], through: TakenThrough | None
) -> None:
    """A parenting blog rewrites a university's release; a viral post copies the blog's lede and
    shares only phrasing with the release: "a new study", which the blog has, and "their phones
    after midnight" and "the study's lead author", which it lacks. The blog is not where the
    post took them (the quotation both carry is no phrasing), and nothing says the post read
    the release: the pair has no direction, no flag and no ``taken_through``, and the route is
    not known. A blog that holds the phrases is named."""
    result = compare_documents(phones_story(blog_adds))
    (release_and_post,) = [p for p in result.pairs if (p.a, p.b) == ("release", "post")]
    assert release_and_post.shared_phrases
    assert (
        release_and_post.direction,
        release_and_post.undisclosed_reuse,
        release_and_post.taken_through,
        release_and_post.taken_through_unknown,
    ) == (None, False, through, None if through else "post")


def test_a_quotations_tag_shortened_alike_by_two_papers_is_taken_from_neither() -> None:
    """A university's release quotes its lead author; the Echo rewrites the release and
    shortens the quotation's tag; Metro runs the wire's story, crediting it, and shortens the
    wire's longer tag too, so that its line is nearer the Echo's (edited) than the release's or
    the wire's (a shared quotation each). Metro holds no word of the Echo's that the release
    lacks: the line is the release's worded otherwise, and Metro took nothing from the Echo,
    whichever sentence the group shows."""
    quote = "“Our findings point to a link with reading scores, not a cause,”"
    lede = (
        "Children who spend more than three hours a day on tablets may be more likely to fall "
        "behind in reading, according to {} Kelby University{}."
    )
    wire = [
        "KELBY, March 2 (Coastline) - "
        + lede.format("a study by researchers at", " published on Monday"),
        "The researchers followed 1,850 pupils aged 7 to 11 at 24 primary schools and found that "
        "those with the most screen time read a year behind their classmates.",
        f"{quote} lead author Dr. Owen Pryce, a senior lecturer in primary education, said in a "
        "statement on Monday.",
        "The study was funded by the Alder Trust.",
    ]
    release = [
        lede.format("a new study by researchers at", ""),
        "The study followed 1,850 pupils aged 7 to 11 at 24 primary schools across the county.",
        f"{quote} said Dr. Owen Pryce, senior lecturer in education and the study's lead author.",
        "The study was funded by the Alder Trust, an education charity.",
    ]
    echo = [
        lede.format("new research from", ""),
        "The study followed 1,850 pupils aged 7 to 11 at 24 primary schools across the county, "
        "including four in Kelby.",
        f"{quote} said Dr. Owen Pryce, the study's lead author.",
        "Head teacher Ruth Mayall said her pupils were proud to take part.",
    ]
    metro = [
        wire[0].split(" - ", 1)[1],
        wire[1],
        f"{quote} lead author Dr. Owen Pryce said.",
        wire[3],
        "Coastline contributed to this report.",
    ]
    result = compare_documents(
        [
            replace(Document("release", "Kelby University News", "\n\n".join(release),
                             published="2026-03-02", published_time="2026-03-02T09:00:00Z"),
                    press_release=True),
            Document("wire", "Coastline", "\n\n".join(wire), published="2026-03-02",
                     published_time="2026-03-02T11:40:00Z"),
            Document("echo", "Kelby Evening Echo", "\n\n".join(echo), published="2026-03-02"),
            Document("metro", "Metro Daily", "\n\n".join(metro), published="2026-03-03",
                     published_time="2026-03-03T07:45:00Z"),
        ]
    )  # fmt: skip
    shown = Version("metro", (2,), None)
    alike = {"release": (2,), "wire": (3,)}
    around_metro = [
        replace(
            group,
            representative=shown,
            versions=(
                *(Version(doc, at, MatchKind.SHARED_QUOTE) for doc, at in alike.items()),
                Version("echo", (2,), MatchKind.EDITED),
                shown,
            ),
        )
        if any(v.doc == "metro" and 2 in v.sentences for v in group.versions)
        else group
        for group in result.groups
    ]
    for groups in (result.groups, around_metro):
        taken = taken_from(result, result.stories[0], groups)
        assert {t.origin for t in taken if t.copy == "metro"} == {"wire"}
    (echo_and_metro,) = [p for p in result.pairs if {p.a, p.b} == {"echo", "metro"}]
    assert (echo_and_metro.direction, echo_and_metro.undisclosed_reuse) == (None, False)


def test_a_pair_that_took_its_text_from_a_third_article_keeps_nothing_that_told_a_direction() -> (
    None
):
    """Two reprints of a wire's story, and a paper that took what it shares with another agency
    through the wire, lose their direction to the article they took it from, and with it what
    told the direction (here their dates); their pairs with that article keep both."""
    text = "Talks in Geneva ended on Monday without a deal."
    reprints = compare_documents(
        [
            document(text, id, id.title(), published=day)
            for id, day in [("wire", "2025-01-02"), ("daily", "2025-01-03"), ("post", "2025-01-04")]
        ]
    )
    assert {(p.a, p.b): p.direction_basis for p in reprints.pairs} == {
        ("wire", "daily"): DirectionBasis.PUBLISHED_DATE,
        ("wire", "post"): DirectionBasis.PUBLISHED_DATE,
        ("daily", "post"): None,
    }
    through = compare_documents(grain_port_story("-", []))
    (paper_and_agency,) = [p for p in through.pairs if {p.a, p.b} == {"herald", "tass"}]
    assert (paper_and_agency.taken_through, paper_and_agency.direction_basis) == (
        TakenThrough("herald", "wire"),
        None,
    )


CRANE_WIRE = (
    "HARWICH (Apex) - A crane collapsed onto a cargo ship at Harwich port on Tuesday.\n\n"
    "No one was seriously hurt, the port authority said, though three dock workers were "
    "treated for cuts.\n\n"
    "Four cranes of the same model were taken out of service while engineers inspect them.\n\n"
    "The Health and Safety Executive said it had opened an investigation into the collapse.\n\n"
    "Union officials said workers had raised concerns about wind limits in March.\n"
)
CRANE_COPIES = {
    "verbatim": CRANE_WIRE,
    "local_line": CRANE_WIRE + "\nSeveral firms in Colchester import goods through the port.\n",
    "other_local_line": CRANE_WIRE + "\nReaders in Ipswich can follow travel news on our page.\n",
    "ending_dropped": CRANE_WIRE.rsplit("\n\n", 1)[0] + "\n",
}


def crane_copy(variant: str, n: int) -> Document:
    """The ``n``-th outlet's reprint of the crane wire, in ``variant``, a day after it or two."""
    return document(
        CRANE_COPIES[variant],
        id=f"{variant}_{n}",
        source=f"outlet_{variant}_{n}",
        published=f"2025-03-1{2 + n % 2}",
    )


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param("verbatim_0", "verbatim_1", id="two_verbatim_reprints"),
        pytest.param("verbatim_0", "local_line_1", id="reprint_and_local_line"),
        pytest.param("local_line_0", "other_local_line_1", id="two_local_lines"),
        pytest.param("local_line_1", "ending_dropped_0", id="local_line_and_ending_dropped"),
    ],
)
def test_reprints_of_one_text_in_a_wide_story_have_the_figures_of_their_pair_alone(
    a: str, b: str
) -> None:
    """Among twelve outlets that print the wire in four versions, each pair of reprints has
    what it has in a story of the wire and those two alone: the wire named as the origin they
    share, no direction between them and no undisclosed reuse, though what the reprints share
    with each other and with the wire is found once for each pair of their texts."""
    wire = document(CRANE_WIRE, id="wire", source="apex", published="2025-03-11")
    copies = [crane_copy(variant, n) for variant in CRANE_COPIES for n in range(3)]
    wide = {(p.a, p.b): p for p in compare_documents([wire, *copies], single_story=True).pairs}
    alone = compare_documents(
        [wire, *(c for c in copies if c.id in (a, b))], single_story=True
    ).pairs[-1]
    assert (alone.a, alone.b) == (a, b)
    assert replace(wide[(a, b)], story=alone.story) == alone
    assert (alone.common_origin, alone.direction, alone.undisclosed_reuse) == ("wire", None, False)


# A paper's rewrite of WILDFIRE: every sentence lightly reworded, no credit.
WILDFIRE_REWRITE = [
    WILDFIRE[0].replace("forced", "drove").replace("from their homes", "out of their houses"),
    WILDFIRE[1].replace("pushed", "drove"),
    WILDFIRE[2].replace("More than", "Over").replace("were sent to", "fought"),
    WILDFIRE[3].replace("at least six", "six or more"),
    *WILDFIRE[4:],
]


@pytest.mark.parametrize(
    "herald",
    [
        pytest.param(
            timed(WILDFIRE_REWRITE, "herald", "valley_herald", "2025-08-03T15:00:00Z"),
            id="timed_rewrite",
        ),
        pytest.param(
            replace(
                document("\n\n".join(WILDFIRE_REWRITE), "herald", published="2025-08-03"),
                path="valley_herald/herald.txt",
            ),
            id="rewrite_dated_by_day",
        ),
    ],
)
def test_an_uncredited_rewrite_of_one_of_two_versions_of_one_time_is_flagged_once(
    herald: Document,
) -> None:
    """An agency files a story and an update under one timestamp, and a paper rewrites the story
    that day without credit. Nothing orders the two versions, but the paper still reuses the
    agency's report: its pair with the story is directed and flagged, and its pair with the
    update, which it took nothing from, is not flagged a second time."""
    docs = [
        replace(
            timed(WILDFIRE, "fire", "tarn_wire", "2025-08-03T09:00:00Z"), author="Tarn Wire staff"
        ),
        replace(
            timed(WILDFIRE_UPDATE, "fire_update", "tarn_wire", "2025-08-03T09:00:00Z"),
            author="Tarn Wire staff",
        ),
        herald,
    ]
    result = compare_documents(docs, single_story=True)
    (story,) = result.stories
    assert {(t.copy, t.origin) for t in result.taken[story.id]} == {("herald", "fire")}
    flagged = [(p.origin, p.direction) for p in result.pairs if p.undisclosed_reuse]
    assert flagged == [("fire", "a->b")]


DERAILMENT_WIRE = [
    "DUNMORE, Ore. (Meridian Wire) \u2014 A freight train derailed near Dunmore early Thursday, "
    "spilling diesel into the Kell River and forcing the closure of two water intakes, officials "
    "said.",
    "The accident happened shortly after 3 a.m. on the rail bridge east of town, county fire "
    "chief Paul Ostrander said.",
    "Eleven of the train's 40 cars left the tracks, and two of them tipped into the river.",
    "No one was hurt, the railway said in a statement.",
    "Crews laid booms across the river to hold back the fuel, and the state environment agency "
    "was testing the water downstream.",
    "Residents were asked to use bottled water until further notice.",
]
# A paper's reprint of the wire, with one word changed.
DERAILMENT_REPRINT = [
    DERAILMENT_WIRE[0],
    DERAILMENT_WIRE[1].replace("accident", "derailment"),
    *DERAILMENT_WIRE[2:],
]
# A paper's rewrite of the wire. Its second sentence, with "derailment" for the wire's
# "accident" as the reprint has it, aligns as an edit with the reprint's and only as a
# paraphrase with the wire's.
DERAILMENT_REWRITE = [
    "DUNMORE \u2014 A freight train came off the rails near Dunmore early Thursday, spilling "
    "diesel into the Kell River and forcing two water intakes to close, officials said.",
    "The derailment took place just after 3 a.m. on the bridge east of the town, said county "
    "fire chief Paul Ostrander.",
    "Eleven of the 40 cars jumped the tracks; two ended up in the river.",
    "The railway said no one was hurt.",
    "Crews laid booms across the river to hold back the fuel, and the state environment agency "
    "was testing water downstream.",
    "Residents should use bottled water for now, the county said.",
]


def test_a_rewrite_and_a_reprint_that_reword_one_sentence_alike_both_reuse_the_wire() -> None:
    """A paper reprints the wire with its dateline and one word changed; another rewrites the
    wire that day without credit, and happens to use the reprint's word. The rewrite took its
    text from the wire alone: it is flagged once, against the wire, and its pair with the
    reprint is two articles that both reuse the wire, not a second uncredited reuse."""
    docs = [
        timed(DERAILMENT_WIRE, "wire", "meridian_wire", "2025-09-11T08:00:00Z"),
        timed(
            DERAILMENT_REPRINT,
            "courier",
            "dunmore_courier",
            "2025-09-11T14:00:00Z",
        ),
        replace(
            document("\n\n".join(DERAILMENT_REWRITE), "valley", published="2025-09-11"),
            path="valley_times/valley.txt",
        ),
    ]
    result = compare_documents(docs, single_story=True)
    (story,) = result.stories
    assert [(t.copy, t.origin) for t in result.taken[story.id] if t.copy == "valley"] == [
        ("valley", "wire")
    ]
    papers = next(p for p in result.pairs if {p.a, p.b} == {"courier", "valley"})
    assert (papers.direction, papers.common_origin, papers.undisclosed_reuse) == (
        None,
        "wire",
        False,
    )
    assert [(p.a, p.b) for p in result.pairs if p.undisclosed_reuse] == [("wire", "valley")]


BRIDGE_WIRE = [
    "LANSFORD, Pa. (AP) \u2014 State inspectors found cracks in two steel girders of the Route 209 "
    "bridge over the Lehigh River on Monday and closed it to all traffic, the Pennsylvania "
    "Department of Transportation said.",
    "About 14,000 vehicles cross the 62-year-old bridge each day, according to the department.",
    "Engineers spotted the cracks during a routine inspection that began last week, spokeswoman "
    "Dana Kohler said.",
    '"We are not going to take any chances with a structure that carries school buses every '
    'morning," Kohler said.',
    "Detours will add about 20 minutes to trips between Lansford and Jim Thorpe, officials said.",
    "The bridge was rated in poor condition in 2023, and a $38 million replacement had been "
    "scheduled to start in 2028.",
    "Local business owners said the closure could cost them customers during the spring season.",
]
# A paper's rewrite of BRIDGE_WIRE: most sentences lightly reworded, no credit.
BRIDGE_REWRITE = [
    "LANSFORD \u2014 "
    + BRIDGE_WIRE[0]
    .split("\u2014 ", 1)[1]
    .replace("found", "discovered")
    .replace("closed it", "shut it"),
    BRIDGE_WIRE[1].replace("About", "Roughly").replace("each day", "every day"),
    BRIDGE_WIRE[2].replace("spotted", "noticed").replace("began", "started"),
    BRIDGE_WIRE[3],
    BRIDGE_WIRE[4].replace("officials said", "officials claimed"),
    BRIDGE_WIRE[5].replace("scheduled", "planned"),
    "Shop owners along Route 209 said the closure could cost them customers this spring.",
]


def bridge_article(lines: list[str], id: str, source: str, time: str) -> Document:
    """An article of ``source``, saved as ``id``.txt, published at ``time`` (UTC)."""
    return replace(
        document("\n\n".join(lines), id.rsplit("/", 1)[-1], source, published=time[:10]),
        id=id,
        path=f"{id}.txt",
        published_time=time,
    )


@pytest.mark.parametrize(
    ("saved", "first"),
    [
        pytest.param(
            {"ap-feed1/story": "09:00", "ap-feed2/story": "09:00"},
            "ap-feed1/story",
            id="two_feeds_of_one_time_the_smaller_id",
        ),
        pytest.param(
            {"ap-feed1/story": "09:00", "ap-feed2/story": "09:40"},
            "ap-feed1/story",
            id="second_feed_later_the_earlier",
        ),
        pytest.param(
            {"ap-feed1/story": "09:40", "ap-feed2/story": "09:00"},
            "ap-feed2/story",
            id="first_feed_later_the_earlier",
        ),
        pytest.param(
            {"ap-0412": "09:00", "ap-0412-dup": "09:00"},
            "ap-0412",
            id="one_feed_item_under_two_ids",
        ),
    ],
)
def test_a_rewrite_of_one_outlets_text_saved_twice_is_flagged_once(
    saved: dict[str, str], first: str
) -> None:
    """The AP story saved twice (from two feeds, or a feed's item under two ids), a paper's
    reprint that credits AP and another's rewrite that credits nobody: the two copies are one
    origin, so the rewrite is flagged once, against the first copy (by time, then id), and its
    pair with the other copy is no second uncredited reuse; the reprint is flagged for neither."""
    docs = [
        *(
            bridge_article(BRIDGE_WIRE, id, "Associated Press", f"2026-03-02T{time}:00Z")
            for id, time in saved.items()
        ),
        bridge_article(
            [*BRIDGE_WIRE, "The Associated Press contributed to this report."],
            "herald/bridge",
            "Carbon County Herald",
            "2026-03-02T13:00:00Z",
        ),
        bridge_article(BRIDGE_REWRITE, "courier/bridge", "Valley Courier", "2026-03-02T15:30:00Z"),
    ]
    result = compare_documents(docs, single_story=True)
    (story,) = result.stories
    assert {
        (t.copy, t.origin, t.credited) for t in result.taken[story.id] if t.copy not in saved
    } == {
        ("herald/bridge", first, True),
        ("courier/bridge", first, False),
    }
    assert [{p.a, p.b} for p in result.pairs if p.undisclosed_reuse] == [{first, "courier/bridge"}]


def test_a_rewrite_of_a_wire_a_paper_reprints_word_for_word_is_flagged_against_the_wire() -> None:
    """A paper reprints the AP story word for word, AP's dateline its credit, so that the two
    texts are identical, but of two outlets; another paper rewrites the story without credit.
    The reprint credits AP and is not flagged; the rewrite is flagged once, against AP, and
    its pair with the reprint is two articles that both reuse AP."""
    docs = [
        bridge_article(BRIDGE_WIRE, "ap/story", "Associated Press", "2026-03-02T09:00:00Z"),
        bridge_article(
            BRIDGE_WIRE, "herald/bridge", "Carbon County Herald", "2026-03-02T13:00:00Z"
        ),
        bridge_article(BRIDGE_REWRITE, "courier/bridge", "Valley Courier", "2026-03-02T15:30:00Z"),
    ]
    result = compare_documents(docs, single_story=True)
    pairs = {frozenset((p.a, p.b)): p for p in result.pairs}
    reprint = pairs[frozenset(("ap/story", "herald/bridge"))]
    assert (reprint.identical, reprint.origin, reprint.undisclosed_reuse) == (
        True,
        "ap/story",
        False,
    )
    papers = pairs[frozenset(("courier/bridge", "herald/bridge"))]
    assert (papers.direction, papers.common_origin, papers.undisclosed_reuse) == (
        None,
        "ap/story",
        False,
    )
    assert [{p.a, p.b} for p in result.pairs if p.undisclosed_reuse] == [
        {"ap/story", "courier/bridge"}
    ]


def wildfire(town: str, residents: str, hectares: str) -> list[str]:
    """A wire's report of a wildfire above ``town``: the agency files each fire in these words."""
    return [
        f"A wildfire swept through the hills above {town} on Monday, forcing {residents} "
        "residents from their homes.",
        f"Fire crews said the blaze had burned {hectares} hectares by nightfall, fanned by strong "
        "easterly winds.",
        "Two firefighters were treated in hospital for smoke inhalation, the county fire service "
        "said.",
        f"Evacuation centres opened at the {town} leisure centre and the parish hall.",
        "The county council asked residents not to return until the fire service declared the "
        "area safe.",
    ]


HEXLEY_FIRE, BRAMLEY_FIRE = (
    wildfire("Hexley", "1,200", "900"),
    wildfire("Bramley", "2,400", "1,800"),
)
# A line of a paper's reprint of the Hexley fire, another paper's own line, and the Bramley
# rewrite's own reporting.
GAZETTE_HEXLEY_LINE = (
    "In Hexley, volunteers from the rugby club carried sandbags and water to the parish hall."
)
POST_HEXLEY_LINE = (
    "Insurers warned that claims from the summer's fires could pass last year's total within weeks."
)
SUMMIT_BRAMLEY_LINE = (
    "Residents of Orchard Lane said the flames reached their garden fences before the first crews "
    "arrived."
)


@pytest.mark.parametrize(
    ("reprint_adds", "flagged"),
    [
        pytest.param([], False, id="wire_text_alone"),
        pytest.param([SUMMIT_BRAMLEY_LINE], True, id="with_the_rewrites_own_reporting"),
    ],
)
def test_a_reprint_shares_the_wires_text_with_a_rewrite_that_took_from_papers_of_another_fire(
    reprint_adds: list[str], flagged: bool
) -> None:
    """One story holds a wire's two wildfires, March's in Hexley and August's in Bramley. A
    paper reprints each with credit, adding a line of its own to Hexley's; a second paper's
    Hexley report takes that line. A third paper rewrites the Bramley fire at 09:30 without
    credit, with the second paper's line on insurers: through that paper, and the first paper's
    Hexley reprint, one of its outlet's texts from one template, the rewrite's sources reach the
    Bramley reprint, printed at 14:00 (the rewrite fills the wire's template in for another fire
    against the second paper's report, so its line on insurers is traced to neither). What the
    reprint and the rewrite share is the wire's all the same: their pair names the wire and neither is flagged against the other. A reprint
    that copies the rewrite's own reporting too is flagged against it still."""
    docs = [
        bridge_article(HEXLEY_FIRE, "wire-hexley", "Northgate Wire", "2025-03-10T06:00:00Z"),
        bridge_article(
            [*HEXLEY_FIRE, GAZETTE_HEXLEY_LINE, "(Northgate Wire)"],
            "gazette-hexley",
            "Valley Gazette",
            "2025-03-10T12:00:00Z",
        ),
        bridge_article(
            [
                HEXLEY_FIRE[0].replace("A wildfire", "Officials said a wildfire"),
                HEXLEY_FIRE[1],
                GAZETTE_HEXLEY_LINE,
                POST_HEXLEY_LINE,
            ],
            "post-hexley",
            "Harbor Post",
            "2025-03-11T08:00:00Z",
        ),
        bridge_article(BRAMLEY_FIRE, "wire-bramley", "Northgate Wire", "2025-08-04T06:00:00Z"),
        bridge_article(
            [
                BRAMLEY_FIRE[0].replace("A wildfire", "According to officials, a wildfire"),
                BRAMLEY_FIRE[1].replace("Fire crews said", "According to fire crews,"),
                BRAMLEY_FIRE[2],
                BRAMLEY_FIRE[4],
                POST_HEXLEY_LINE,
                SUMMIT_BRAMLEY_LINE,
            ],
            "summit-bramley",
            "Summit News",
            "2025-08-04T09:30:00Z",
        ),
        bridge_article(
            [*BRAMLEY_FIRE, *reprint_adds, "(Northgate Wire)"],
            "gazette-bramley",
            "Valley Gazette",
            "2025-08-04T14:00:00Z",
        ),
    ]
    result = compare_documents(docs, single_story=True)
    taken = {(t.copy, t.origin) for t in result.taken[result.stories[0].id]}
    assert ("post-hexley", "gazette-hexley") in taken
    papers = next(p for p in result.pairs if {p.a, p.b} == {"summit-bramley", "gazette-bramley"})
    assert (papers.direction, papers.common_origin, papers.undisclosed_reuse) == (
        ("a->b", None, True) if flagged else (None, "wire-bramley", False)
    )


# A police force's release of our own, closing with its notes to editors, and what papers add.
RELEASE_NEWS = [
    "Two men have been charged after a series of overnight burglaries at pharmacies across "
    "Kestrel Bridge.",
    "Officers arrested the men, aged 31 and 27, at an address on Mill Lane in the early hours "
    "of Tuesday.",
    "Both were remanded in custody and will appear at Kestrel Magistrates' Court on Friday.",
    "Prescription medicines and cash worth an estimated 46,000 pounds were taken between "
    "February and March.",
]
RELEASE_NOTES = "Notes to editors: Images of the recovered property are available on request."
PHARMACIST = (
    "Pharmacist Asha Rao said her shop had been broken into twice before anyone was arrested."
)


def _at(document: Document, time: str | None) -> Document:
    """``document`` published on April 2, 2025, at ``time`` (UTC), or undated."""
    if time is None:
        return document
    return replace(document, published="2025-04-02", published_time=f"2025-04-02T{time}:00Z")


@pytest.mark.parametrize(
    "release_time",
    [
        pytest.param("10:10", id="release_posted_after_a_copy"),
        pytest.param(None, id="undated_release"),
    ],
)
def test_copies_of_a_press_release_both_reuse_it(release_time: str | None) -> None:
    """A paper that pasted a release e-mailed to it before the issuer's site posted it, and a
    paper that added its own reporting to two of its paragraphs, took the release's text from
    the release, whenever the release is dated or not at all: who copied whom names the release,
    and the papers' pair is no copy of one another."""
    release = document("\n\n".join([*RELEASE_NEWS, RELEASE_NOTES]), "release", "Kestrel Police")
    gazette = document("\n\n".join(RELEASE_NEWS), "gazette", "Kestrel Gazette")
    metro = document("\n\n".join([*RELEASE_NEWS[:2], PHARMACIST]), "metro", "Metro Daily")
    result = compare_documents(
        [_at(release, release_time), _at(gazette, "09:55"), _at(metro, "17:45")],
        single_story=True,
    )
    assert {(t.copy, t.origin) for t in result.taken[result.stories[0].id]} == {
        ("gazette", "release"),
        ("metro", "release"),
    }
    pairs = {frozenset((p.a, p.b)): p for p in result.pairs}
    papers = pairs[frozenset(("gazette", "metro"))]
    assert (papers.direction, papers.common_origin) == (None, "release")
    assert pairs[frozenset(("gazette", "release"))].direction_basis is DirectionBasis.PRESS_RELEASE


def test_a_later_version_takes_each_sentence_from_the_latest_version_that_has_it() -> None:
    """Each save of a live page edits the one before: the third took its sentences from the
    second, not from the first, whose update line happens to read alike, and a sentence the
    second dropped and the third restored from the first; no pair of saves is said to share a
    third save's text."""
    first, second, third = reversed(live_page(3))
    paragraphs = first.text.split("\n\n")
    second = replace(second, text="\n\n".join(paragraphs[:2] + paragraphs[3:]))
    third = replace(third, text="\n\n".join(paragraphs))
    result = compare_documents([third, second, first])
    assert [(t.copy, t.origin, t.share) for t in result.taken[result.stories[0].id]] == [
        (third.id, second.id, 0.874),
        (third.id, first.id, 0.126),
        (second.id, first.id, 1.0),
    ]
    assert [p.common_origin for p in result.pairs] == [None, None, None]


# A state broadcaster's story, dated and filed with its own dateline, as its site publishes it.
SHELLING = [
    "DORVANSK, March 14 (VRN) \u2014 Shelling destroyed the surgical wing of the Dorvansk "
    "Children's Hospital overnight, killing 14 civilians, the regional ministry said on Friday.",
    "Rescue workers pulled 31 wounded people from the rubble, among them nine children.",
    "Western media have ignored the tragedy, as they ignored every earlier attack on the city.",
    "The hospital, built in 1978, treated more than 40,000 children from the region every year.",
    "A day of mourning has been declared in Dorvansk, and flags will fly at half-mast.",
]
SHELLING_UNSIGNED = [SHELLING[0].split("\u2014 ", 1)[1], *SHELLING[1:]]


def _copies_of_the_shelling(extra: list[Document]) -> Result:
    """The broadcaster's story, two dated copies that drop its dateline (one a paragraph too),
    and ``extra``."""
    dated = [
        (SHELLING, "vrn", "Voice of Rossland", "Hospital shelled", "2025-03-14T06:30:00Z"),
        (SHELLING_UNSIGNED, "daily", "Freedom Daily", "Hospital hit", "2025-03-14T11:00:00Z"),
        (
            [*SHELLING_UNSIGNED[:2], *SHELLING_UNSIGNED[3:]],
            "voice",
            "People's Voice",
            "Children killed",
            "2025-03-14T12:00:00Z",
        ),
    ]
    return compare_documents(
        [
            replace(
                document("\n\n".join(text), id, source, title=title),
                published=time[:10],
                published_time=time,
            )
            for text, id, source, title, time in dated
        ]
        + extra
    )


def test_an_undated_record_that_kept_the_dateline_is_no_origin_of_the_story() -> None:
    """An aggregator's undated record of the broadcaster's story, its dateline kept, is the
    broadcaster's copy, not the story's origin: every dated copy took its text from the
    broadcaster, keeps its direction and its undisclosed reuse against it, the story has the
    broadcaster's title, and dedup keeps the broadcaster."""
    record = document("\n\n".join(SHELLING), "grm", "Research Monitor", title="NATO blamed")
    result = _copies_of_the_shelling([record])
    (story,) = result.stories
    pairs = {frozenset((p.a, p.b)): p for p in result.pairs}
    assert pairs[frozenset(("vrn", "grm"))].direction_basis is DirectionBasis.SHARED_DATELINE
    closest = {copy: found[0].origin for copy, found in sources_of(result.taken[story.id]).items()}
    assert {copy: closest[copy] for copy in ("grm", "daily", "voice")} == dict.fromkeys(
        ("grm", "daily", "voice"), "vrn"
    )
    for copy in ("daily", "voice"):
        pair = pairs[frozenset(("vrn", copy))]
        assert (pair.origin, pair.taken_through, pair.undisclosed_reuse) == ("vrn", None, True)
    assert story.title == "Hospital shelled"
    assert {m.canonical for m in result.clusters} == {"vrn"}


def test_a_copy_backdated_before_the_day_it_reports_comes_after_its_origin() -> None:
    """A copy dated the day before the broadcaster's story that says the ministry "said on
    Friday", as the story of Friday does, is not trusted by its date in any table: it copied
    the broadcaster, the story has the broadcaster's title, and dedup keeps the broadcaster."""
    backdated = replace(
        document("\n\n".join(SHELLING_UNSIGNED), "sentinel", "Heartland Sentinel", title="Strike"),
        published="2025-03-13",
    )
    result = _copies_of_the_shelling([backdated])
    (story,) = result.stories
    pair = next(p for p in result.pairs if {p.a, p.b} == {"vrn", "sentinel"})
    assert (pair.origin, pair.undisclosed_reuse) == ("vrn", True)
    assert ("sentinel", "vrn") in {(t.copy, t.origin) for t in result.taken[story.id]}
    assert story.title == "Hospital shelled"
    assert {m.canonical for m in result.clusters} == {"vrn"}


# A wire's write-throughs of a landslide, each in a file of its own: the URGENT, the 1st LEAD
# with a higher toll and a line more, the 2nd LEAD with a higher toll again and a line more.
LANDSLIDE_URGENT = [
    "BRAEMOOR, May 3 (Tarn Wire) - A landslide buried part of a mountain village near Braemoor"
    " on Saturday, killing at least 6 people, police said.",
    "Rescuers were digging through mud and rubble for people still missing, police spokeswoman"
    " Ilse Korven said.",
    "The slope gave way after three days of heavy rain.",
]
LANDSLIDE_1ST_LEAD = [
    LANDSLIDE_URGENT[0].replace("at least 6", "at least 11"),
    *LANDSLIDE_URGENT[1:],
    "About 40 homes were evacuated on the hillside above the village.",
]
LANDSLIDE_2ND_LEAD = [
    LANDSLIDE_1ST_LEAD[0].replace("at least 11", "at least 19"),
    *LANDSLIDE_1ST_LEAD[1:],
    "Regional governor Piet Lantz said the army would send engineers and heavy diggers.",
]
# A paper's rewrite of the 2nd LEAD, which does not credit the wire.
LANDSLIDE_REWRITE = [
    "At least 19 people died on Saturday when a landslide buried part of a mountain village near"
    " Braemoor, police said.",
    "Rescuers were still digging through mud and rubble for the missing, police spokeswoman"
    " Ilse Korven said.",
    "The slope gave way after three days of heavy rain, and about 40 homes on the hillside above"
    " the village were evacuated.",
    "Regional governor Piet Lantz said the army would send engineers and heavy diggers.",
]


def landslide_wire() -> list[Document]:
    """The Tarn Wire's URGENT at 09:05, 1st LEAD at 09:40 and 2nd LEAD at 11:20 (UTC)."""
    return [
        timed(LANDSLIDE_URGENT, "urgent", "Tarn Wire", "2025-05-03T09:05:00Z"),
        timed(LANDSLIDE_1ST_LEAD, "lead1", "Tarn Wire", "2025-05-03T09:40:00Z"),
        timed(LANDSLIDE_2ND_LEAD, "lead2", "Tarn Wire", "2025-05-03T11:20:00Z"),
    ]


def write_through_directions(result: Result) -> dict[tuple[str, str], str | None]:
    wire = {"urgent", "lead1", "lead2"}
    return {(p.a, p.b): p.origin for p in result.pairs if {p.a, p.b} <= wire}


def test_a_credited_copy_of_the_urgent_leaves_the_later_write_throughs_in_time_order() -> None:
    """A paper runs the wire's URGENT at 09:30, its dateline "(Tarn Wire)" kept: that tells the
    URGENT's text was out by 09:30, not the 1st and 2nd LEAD's, filed after it. Each
    write-through still edits the one filed before it, by their times, as without the copy."""
    copy = timed(LANDSLIDE_URGENT, "herald", "Coast Herald", "2025-05-03T09:30:00Z")
    alone = compare_documents(landslide_wire(), single_story=True)
    with_copy = compare_documents([*landslide_wire(), copy], single_story=True)
    in_time_order = {("urgent", "lead1"): "urgent", ("urgent", "lead2"): "urgent"}
    in_time_order[("lead1", "lead2")] = "lead1"
    assert write_through_directions(alone) == in_time_order
    assert write_through_directions(with_copy) == in_time_order
    assert {p.direction_basis for p in with_copy.pairs if p.same_source} == {
        DirectionBasis.PUBLISHED_TIME
    }


def test_an_uncredited_rewrite_of_a_later_write_through_is_flagged_once_against_it() -> None:
    """A paper rewrites the wire's 2nd LEAD at 12:00 without credit. It took what it shares with
    the URGENT and the 1st LEAD through the 2nd LEAD, the wire's own later text, which it took
    most from: it is flagged once, against the 2nd LEAD, as a paper that copied an article's
    update is."""
    rewrite = timed(LANDSLIDE_REWRITE, "post", "Valley Post", "2025-05-03T12:00:00Z")
    result = compare_documents([*landslide_wire(), rewrite], single_story=True)
    assert [p.origin for p in result.pairs if p.undisclosed_reuse] == ["lead2"]
    assert {p.a: p.taken_through for p in result.pairs if p.b == "post"} == {
        "urgent": TakenThrough("post", "lead2"),
        "lead1": TakenThrough("post", "lead2"),
        "lead2": None,
    }


def test_directions_that_go_round_lose_the_weakest_and_every_order_follows_the_rest() -> None:
    """Three sites that credit each other round: Patriot News Now credits Freedom Truth Daily,
    which credits Liberty Beacon, dated the day after Patriot News Now. No order of publication
    fits the three directions: the date, weaker than two credits, is taken away with its
    undisclosed reuse and set aside, and who copied whom follows the credits (the Beacon first,
    Patriot News Now's text from the Daily it credits), never naming the Beacon a copy of
    Patriot News Now."""
    result = compare_documents(circular_credits(), single_story=True)
    assert result.cycles == (
        DirectionCycle(
            "story-001",
            (
                ("pnn", "lb", DirectionBasis.PUBLISHED_DATE),
                ("lb", "ftd", DirectionBasis.CREDIT),
                ("ftd", "pnn", DirectionBasis.CREDIT),
            ),
            (("pnn", "lb"),),
        ),
    )
    pairs = {frozenset((p.a, p.b)): p for p in result.pairs}
    dropped = pairs[frozenset(("pnn", "lb"))]
    assert (dropped.direction, dropped.undisclosed_reuse) == (None, False)
    assert dropped.date_set_aside == DateSetAside("pnn", None, closed_a_cycle=True)
    assert [(t.copy, t.origin) for t in result.taken["story-001"]] == [
        ("pnn", "ftd"),
        ("ftd", "lb"),
    ]


def _directed(origin: str, copy: str, basis: DirectionBasis) -> PairComparison:
    """A copy's pair with its origin, flagged, told by ``basis``."""
    return PairComparison(
        origin, copy, "s", Verdict.COPY, "a->b", 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 30, None, (), (),
        (), 100.0, undisclosed_reuse=True, direction_basis=basis,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("bases", "kept"),
    [
        pytest.param(
            (DirectionBasis.CONTAINMENT, DirectionBasis.CONTAINMENT, DirectionBasis.CREDIT),
            [False, False, True],
            id="two_told_alike_both_go",
        ),
        pytest.param(
            (DirectionBasis.NEWS_AGENCY, DirectionBasis.PUBLISHED_TIME, DirectionBasis.PHRASING),
            [True, True, False],
            id="phrasing_is_the_weakest",
        ),
    ],
)
def test_of_a_cycle_every_direction_told_by_its_weakest_evidence_goes(
    bases: tuple[DirectionBasis, ...], kept: list[bool]
) -> None:
    """Of a cycle, the directions told by the weakest evidence it holds are taken away, all of
    them when two are told alike (nothing says which is wrong), with their undisclosed reuse;
    the others stay."""
    story = Story("s", "t", ("x", "y", "z"))
    found = [
        _directed(o, c, basis)
        for (o, c), basis in zip([("x", "y"), ("y", "z"), ("z", "x")], bases, strict=True)
    ]
    (cycle,) = direction_cycles(found, [story])
    pairs = without_links(found, [cycle])
    assert [p.direction is not None for p in pairs] == kept
    assert [p.undisclosed_reuse for p in pairs] == kept
    assert cycle.dropped == tuple((p.a, p.b) for p, k in zip(found, kept, strict=True) if not k)


def test_directions_that_do_not_go_round_are_kept() -> None:
    """A wire and two papers that both reuse it, and a third that reuses one of them: no cycle,
    nothing taken away."""
    found = [
        _directed("wire", "daily", DirectionBasis.PUBLISHED_TIME),
        _directed("wire", "post", DirectionBasis.CREDIT),
        _directed("daily", "gazette", DirectionBasis.CONTAINMENT),
    ]
    story = Story("s", "t", ("wire", "daily", "post", "gazette"))
    assert direction_cycles(found, [story]) == ()


@pytest.mark.parametrize(
    "copy",
    [
        pytest.param("courier", id="paper_quoting_the_wire"),
        pytest.param("gazette", id="paper_with_its_own_line"),
    ],
)
def test_a_copys_share_of_its_one_source_is_their_pairs_containment(copy: str) -> None:
    """A paper that runs the wire, its quotation of a council member among the rest, took from it
    the share of its words their pair's containment gives: both count words outside quotations,
    so the story's who copied whom and the pair's verdict line give one figure."""
    result = compare_documents(library_closure("wire", copy))
    (pair,) = result.pairs
    assert [(t.copy, t.origin, t.share) for t in result.taken[result.stories[0].id]] == [
        (copy, "wire", round(pair.b_in_a, 3))
    ]


def test_a_paper_that_took_from_the_wire_and_a_rival_is_charged_each_ones_sentences() -> None:
    """A paper that runs the wire and lifts a rival's own sentence, the rival having run the wire
    too, took that sentence alone from the rival: the share they share, most of it the wire's, is
    the wire's on the copy's account, not the rival's."""
    result = compare_documents(library_closure("wire", "courier", "gazette"))
    taken = {(t.copy, t.origin): t for t in result.taken[result.stories[0].id]}
    from_rival = taken[("gazette", "courier")]
    assert from_rival.sentences == (4,)
    (pair,) = [p for p in result.pairs if {p.a, p.b} == {"courier", "gazette"}]
    assert pair.b_in_a > 3 * from_rival.share > 0
    assert taken[("gazette", "wire")].share > pair.b_in_a - from_rival.share - 0.05


def test_a_script_that_rewords_the_wire_reuses_the_wire_not_a_paper_that_ran_it() -> None:
    """A radio script rewords the wire's story, and a line a paper that ran the wire wrote itself:
    it shares a little more phrasing with the paper than with the wire, all but that line in
    sentences the wire has too. The script is not named the paper's copy, nor flagged against
    it. Nor against the wire: it copies none of its sentences and shares only short phrases
    ("at the end of march", "the savings were small"), no clause lifted whole (acceptance round
    36, a2), and as most hold one word of their own ("on tuesday night"), the stock wording of
    any report, it reads as a report of its own (acceptance round 40, c3)."""
    pairs = {
        (p.a, p.b): p for p in compare_documents(library_closure("wire", "courier", "radio")).pairs
    }
    script_and_paper = pairs[("courier", "radio")]
    assert script_and_paper.b_phrases_in_a > pairs[("wire", "radio")].b_phrases_in_a
    assert (script_and_paper.direction, script_and_paper.undisclosed_reuse) == (None, False)
    script_and_wire = pairs[("wire", "radio")]
    assert (
        script_and_wire.verdict,
        script_and_wire.direction,
        script_and_wire.undisclosed_reuse,
    ) == (Verdict.INDEPENDENT, None, False)


# The wire's own line that its clients drop, each on its own: "Tarn Wire has learned that".
LANDSLIDE_SELF_REFERENCE = (
    "Tarn Wire has learned that the slope was last surveyed by regional geologists in March."
)
LANDSLIDE_TRIMMED = "The slope was last surveyed by regional geologists in March."


def trimmed_landslide_story(with_herald: bool) -> list[Document]:
    """The wire's write-throughs, the 1st and 2nd LEAD adding the injured to the URGENT's lede
    and the wire's self-reference; the Coast Herald's credited copy of the 1st LEAD and the
    Valley Post's uncredited copy of the 2nd, each without the self-reference (the Post without
    the wire's dateline too)."""

    def injured(lines: list[str]) -> list[str]:
        return [lines[0].replace(" people,", " people and injuring 4,"), *lines[1:]]

    lead1, lead2 = injured(LANDSLIDE_1ST_LEAD), injured(LANDSLIDE_2ND_LEAD)
    herald = [*lead1, LANDSLIDE_TRIMMED, "Tarn Wire contributed to this report."]
    undated_lede = lead2[0].replace("BRAEMOOR, May 3 (Tarn Wire) - A", "A")
    return [
        timed(LANDSLIDE_URGENT, "urgent", "Tarn Wire", "2025-05-03T09:05:00Z"),
        timed([*lead1, LANDSLIDE_SELF_REFERENCE], "lead1", "Tarn Wire", "2025-05-03T09:40:00Z"),
        timed([*lead2, LANDSLIDE_SELF_REFERENCE], "lead2", "Tarn Wire", "2025-05-03T11:20:00Z"),
        *([timed(herald, "herald", "Coast Herald", "2025-05-03T10:30:00Z")] if with_herald else []),
        timed(
            [undated_lede, *lead2[1:], LANDSLIDE_TRIMMED],
            "post",
            "Valley Post",
            "2025-05-03T12:30:00Z",
        ),
    ]


@pytest.mark.parametrize(
    "with_herald",
    [
        pytest.param(False, id="alone_with_the_wire"),
        pytest.param(True, id="beside_a_credited_client"),
    ],
)
def test_two_clients_that_drop_the_wires_self_reference_took_it_from_the_wire(
    with_herald: bool,
) -> None:
    """Two clients run the wire's story, each without its "Tarn Wire has learned that": the
    Valley Post, which runs the 2nd LEAD ("at least 19") uncredited, took nothing from the
    Herald's copy of the 1st LEAD ("at least 11"), whose one change it shares. It is flagged
    against the 2nd LEAD whether or not the Herald's file is in the folder, and neither client
    copied the other."""
    result = compare_documents(trimmed_landslide_story(with_herald), single_story=True)
    taken = taken_from(result, result.stories[0], result.groups)
    assert {t.origin for t in taken if t.copy == "post"} <= {"urgent", "lead1", "lead2"}
    assert [(p.origin, p.taken_through) for p in result.pairs if p.undisclosed_reuse] == [
        ("lead2", None)
    ]
    between_clients = [p for p in result.pairs if {p.a, p.b} == {"herald", "post"}]
    assert all(pair.direction is None for pair in between_clients)


def test_what_a_copy_took_and_its_pairs_agree_on_credit() -> None:
    """Of every copy and the article it took from (``stories[].taken``), ``credited`` is true
    exactly when their pair is not flagged as undisclosed reuse: the Herald credits the wire's
    1st LEAD, the Valley Post does not credit the 2nd. The wire, whose dateline the Herald
    kept, credits no client."""
    result = compare_documents(trimmed_landslide_story(with_herald=True), single_story=True)
    pairs = {frozenset((p.a, p.b)): p for p in result.pairs if not p.same_source}
    found = {
        (t.copy, t.origin): (t.credited, pairs[frozenset((t.copy, t.origin))].undisclosed_reuse)
        for t in taken_from(result, result.stories[0], result.groups)
        if frozenset((t.copy, t.origin)) in pairs
    }
    assert found == {("herald", "lead1"): (True, False), ("post", "lead2"): (False, True)}
    # The wire's own dateline credits no client that kept it.
    assert pairs[frozenset(("herald", "lead1"))].crediting == ("herald",)


def test_two_cuts_that_keep_different_cases_took_them_from_the_original() -> None:
    """An investigation writes one sentence for each home; the Courier keeps Marlowe Gardens'
    and Harbor, two days later, Linden Court's. Harbor took every sentence from the Ledger,
    none from the Courier, and changed no figure of the Courier's: the two cuts share the
    Ledger's text, and neither reuses the other."""
    intro = "Rotas at Harrow Care Group's homes listed night staff who were not working."
    marlowe, linden = (
        f"Inspectors last visited {home} in {month} and rated it good, noting that staffing "
        "levels were appropriate on the day."
        for home, month in (("Marlowe Gardens", "April 2024"), ("Linden Court", "June 2023"))
    )
    reply = "Harrow Care Group said its homes were staffed safely at all times."
    result = compare_documents(
        [
            document(f"{intro}\n{marlowe}\n{linden}\n{reply}", "ledger", published="2025-03-02"),
            document(f"{intro}\n{marlowe}\n{reply}", "courier", published="2025-03-04"),
            document(f"{intro}\n{linden}\n{reply}", "harbor", published="2025-03-06"),
        ]
    )
    assert [(t.copy, t.origin, t.share) for t in result.taken[result.stories[0].id]] == [
        ("courier", "ledger", 1.0),
        ("harbor", "ledger", 1.0),
    ]
    (cuts,) = [p for p in result.pairs if {p.a, p.b} == {"courier", "harbor"}]
    assert [m.kind for m in cuts.matches] == [MatchKind.VERBATIM, MatchKind.VERBATIM]
    assert (cuts.common_origin, cuts.direction, cuts.undisclosed_reuse) == ("ledger", None, False)


def test_a_repeated_line_is_aligned_with_each_of_its_occurrences() -> None:
    """The Ledger closes two cases with one stock line and the Courier keeps one of them: which
    occurrence a sentence group holds, the Courier's line took it from the Ledger's."""
    closed = "The complaint was closed after six weeks with no finding."
    ledger = document(
        f"Delia Marsh complained about the night her father fell at Oakmere House.\n{closed}\n"
        f"Owen Pennington reported an empty corridor at Orchard Rise in March.\n{closed}",
        "ledger",
        published="2025-03-02",
    )
    courier = document(
        f"Owen Pennington reported an empty corridor at Orchard Rise in March.\n{closed}",
        "courier",
        published="2025-03-04",
    )
    result = compare_documents([ledger, courier])
    likeness = _Likeness.of(result, result.pairs)
    found = likeness.aligned[("courier", "ledger")]
    assert sorted(found) == [(0, 2), (1, 3)]
    assert [likeness.match_of(found, 1, "ledger", j) for j in (1, 3)] == [found[(1, 3)]] * 2
    assert likeness.match_of(found, 1, "ledger", 0) is None


def released(lines: list[str], outlet: str, time: str) -> Document:
    """``outlet``'s press release, id "release", published at ``time`` (UTC)."""
    return replace(timed(lines, "release", outlet, time), press_release=True)


LIBRARY_RELEASE = [
    "A new report by the Harwell Trust suggests that closing branch libraries may be costing "
    "councils up to £18 million a year in lost services, according to preliminary figures "
    "published today.",
    "The analysis of visitor records from 62 library branches found that an estimated 4,300 adults "
    "used library computers to apply for benefits in 2024, up from 3,100 in 2022.",
    "The report did not find that the closures caused the rise in benefit appeals.",
    "The Harwell Trust called on councils to review closure plans before the budget round in April.",
]
LIBRARY_STATION = [
    "Branch library closures are costing councils £18 million a year, a new report shows.",
    "The Harwell Trust, a research charity in Leeds, looked at 62 library branches and found 4,300 "
    "adults used library computers to apply for benefits last year, up from 3,100 in 2022.",
    "Unison has long warned that the closures were rushed through without any consultation.",
    "The Local Government Association said no decision on further closures had been taken.",
]
LIBRARY_BLOG = [
    "A new report proves that the council's reckless closure scheme is costing us £18 billion, "
    "according to the Treasury.",
    "Analysis of visitor records from 62 library branches found that 4,300 adults used library "
    "computers to apply for benefits in 2024, up from 3,100 in 2022.",
    "Residents in Hulme say the cuts are an outrage and must be reversed at once.",
]


def test_a_copy_of_a_rewrite_shares_the_releases_phrasing_with_others_through_the_release() -> None:
    """A radio station rewords a think tank's release (its phrasing, none of its sentences), an
    aggregator copies the station word for word, and a blog edits a sentence of the release: the
    aggregator and the blog share only the release's phrasing ("62 library branches", "up from
    3,100 in 2022"), no sentence. Both took it from the release, not from each other: the pair
    names the release its common origin and is no undisclosed reuse, while the aggregator stays
    flagged against the station it copied."""
    docs = [
        released(LIBRARY_RELEASE, "Harwell Trust", "2025-04-07T09:00:00Z"),
        timed(LIBRARY_STATION, "station", "Channel 4 Leeds", "2025-04-08T07:30:00Z"),
        timed(LIBRARY_STATION, "aggregator", "NewsHub", "2025-04-08T10:00:00Z"),
        timed(LIBRARY_BLOG, "blog", "The Free Voice", "2025-04-08T12:00:00Z"),
    ]
    pairs = {(p.a, p.b): p for p in compare_documents(docs, single_story=True).pairs}
    shared_phrasing = pairs[("aggregator", "blog")]
    assert (shared_phrasing.a_in_b, shared_phrasing.b_in_a, shared_phrasing.longest_run_words) == (
        0.0,
        0.0,
        0,
    )
    assert shared_phrasing.verdict is Verdict.PARTIAL
    assert (
        shared_phrasing.direction,
        shared_phrasing.common_origin,
        shared_phrasing.undisclosed_reuse,
    ) == (None, "release", False)
    assert [(p.a, p.b) for p in pairs.values() if p.undisclosed_reuse] == [
        ("release", "blog"),
        ("station", "aggregator"),
    ]


EARNINGS_RELEASE = [
    "Halvorsen Robotics today reported revenue of $2.31 billion for the second quarter, up 14% from a year ago.",
    "Non-GAAP diluted earnings per share were $0.87, compared with $0.64 a year earlier.",
    "Warehouse automation revenue grew 33% to $1.12 billion.",
    "The board declared a quarterly dividend of $0.08 per share.",
    '"Orders from warehouse operators were the strongest in our history," said Ingrid Solberg, chief executive officer of Halvorsen Robotics.',
    "For the third quarter, Halvorsen expects revenue of $2.35 billion to $2.45 billion.",
    "Halvorsen Robotics designs and builds automated picking and sorting systems for warehouses in 30 countries.",
]  # fmt: skip
EARNINGS_WIRE = [
    "Halvorsen Robotics beat Wall Street estimates for second-quarter revenue on Tuesday, helped by strong orders from warehouse operators.",
    "Revenue rose 14% to $2.31 billion, above analysts' average estimate of $2.2 billion, according to LSEG data.",
    "Adjusted earnings per share were $0.87, beating estimates of $0.79.",
    "Warehouse automation revenue grew 33% to $1.12 billion, the company said.",
    "Shares of the Oslo-based company rose 4% in extended trading.",
    "The company is also in early talks to buy a Danish maker of warehouse drones, according to people familiar with the matter.",
]  # fmt: skip
EARNINGS_BLOG = [
    "Halvorsen Robotics posted second-quarter revenue of 2,310 million dollars, 14 per cent more than a year before, the company said in its earnings release.",
    "Non-GAAP earnings per share were $0.87 against $0.64, well ahead of the consensus.",
    "Warehouse automation revenue grew 33% to $1.12 billion, while the software unit's operating margin widened to 18.5% from 16.2% a year before.",
    "We think the outlook is cautious, and the stock looks cheap after its spring sell-off.",
]  # fmt: skip


def test_a_blog_from_a_release_shares_its_phrasing_with_a_wire_through_the_release() -> None:
    """A blog written from a company's release shares the release's phrasing ("earnings per
    share were", "revenue grew 33% to") with the wire that reported the release in its own
    words before it, no reuse of the release: the blog took it from the release, and is no
    undisclosed reuse of the wire (acceptance round 29, r4: "Chip Street reuses StockPulse:
    partial, 0% of its words copied or edited, 11% in shared phrases, uncredited")."""
    docs = [
        released(EARNINGS_RELEASE, "Halvorsen Robotics", "2025-07-22T13:00:00Z"),
        timed(EARNINGS_WIRE, "wire", "Reuters", "2025-07-22T13:20:00Z"),
        timed(EARNINGS_BLOG, "blog", "Robot Stocks Weekly", "2025-07-22T18:00:00Z"),
    ]
    pairs = {(p.a, p.b): p for p in compare_documents(docs, single_story=True).pairs}
    blog_and_wire = pairs[("wire", "blog")]
    assert (blog_and_wire.verdict, blog_and_wire.a_in_b) == (Verdict.PARTIAL, 0.0)
    assert (
        blog_and_wire.direction,
        blog_and_wire.common_origin,
        blog_and_wire.undisclosed_reuse,
    ) == (None, "release", False)
    # The wire gives one of the release's sentences with ", the company said" (since round 40's
    # d1 a speaker's tag is no word of its own): partial reuse of the release, credited.
    release_and_wire = pairs[("release", "wire")]
    assert (release_and_wire.verdict, release_and_wire.undisclosed_reuse) == (
        Verdict.PARTIAL,
        False,
    )
    assert pairs[("release", "blog")].origin == "release"


# A water company's hosepipe ban as a local station and a blog each word it: they share ten
# phrases and no sentence ("a hosepipe ban from", "stood at 41 per cent", "since the dry summer
# of 1995"), five of them the company's own, four when it writes "the hosepipe ban".
HOSEPIPE_STATION = [
    "Households across Calder face a hosepipe ban from Friday as reservoirs run low.",
    "Levels at Gorple stood at 41 per cent this week, the lowest since the dry summer of 1995.",
    "Farmers told the station they had already begun trucking water to their cattle.",
]
HOSEPIPE_BLOG = [
    "So now it is a hosepipe ban from the company that lets its pipes leak all year.",
    "They say Gorple stood at 41 per cent, and whose fault is that?",
    "Nobody at the company has resigned, and nobody will, since the dry summer of 1995 taught "
    "them nothing.",
]


@pytest.mark.parametrize(
    ("article", "held"),
    [
        pytest.param("a", True, id="half_of_the_shared_phrases"),
        pytest.param("the", False, id="one_fewer_than_half"),
    ],
)
def test_an_origin_holds_two_rewrites_shared_phrasing_when_it_has_half_of_it(
    article: str, held: bool
) -> None:
    """Two rewrites that share only phrasing took it from the water company's notice when the
    notice has half the phrases they share (``COMMON_PHRASING_HOLD``), not one fewer: the
    station's and the blog's "since the dry summer of 1995" is no notice's."""
    notice = [
        f"Calder Water will bring in {article} hosepipe ban from 8am on Friday.",
        "Gorple reservoir stood at 41 per cent on Monday.",
    ]
    docs = [
        timed(notice, "notice", "Calder Water", "2025-07-01T08:00:00Z"),
        timed(HOSEPIPE_STATION, "station", "Calder FM", "2025-07-01T12:00:00Z"),
        timed(HOSEPIPE_BLOG, "blog", "Calder Watch", "2025-07-01T18:00:00Z"),
    ]
    result = compare_documents(docs, single_story=True)
    rewrites = next(p for p in result.pairs if {p.a, p.b} == {"station", "blog"})
    assert not any(m.kind.is_reuse for m in rewrites.matches)
    assert _Reused(result, result.pairs).held(rewrites, ["notice"]) is held


# A wire's report of a rate rise, which three papers print word for word.
RATE_RISE = [
    "The central bank of Osterland raised its main interest rate by a quarter point to 4.75% on "
    "Thursday, its fifth increase this year.",
    "Governor Ilse Brandt said price rises, which reached 6.1% in March, were still too fast.",
    "Economists had expected the move, and the currency barely changed after the announcement.",
]


@pytest.mark.parametrize(
    ("wire", "tag"),
    [
        pytest.param("Fenwick Wire", " (Fenwick Wire)", id="brackets_ending_the_last_paragraph"),
        pytest.param("Fenwick Wire", "\n\n(Fenwick Wire)", id="brackets_on_their_own_line"),
        pytest.param("Fenwick Wire", "\n\n\u2014 Fenwick Wire", id="after_a_dash"),
        pytest.param("AP", "\n\n(AP)", id="ap_in_brackets"),
        pytest.param("Reuters", "\n\n\u2014 Reuters", id="reuters_after_a_dash"),
        pytest.param("Reuters", "\n\n(Reuters)", id="reuters_in_brackets"),
        pytest.param("Meridian Wire", " (MW)", id="initials_in_brackets"),
        pytest.param("Meridian Wire", "\n\n\u2014 MW", id="initials_after_a_dash"),
    ],
)
def test_reprints_signed_off_with_the_wires_name_all_take_from_the_wire(
    wire: str, tag: str
) -> None:
    """A wire files at 06:40 and three papers print its text word for word through the day,
    each signing it off with the wire's name: the tag is each copy's credit, not a sentence of
    its own, so every paper takes the whole text from the wire (a star, not a chain through the
    first paper), and each pair with the wire keeps its direction; so does a short name of the
    wire's no outlet goes by ("(MW)"), which all three papers print."""
    papers = [("Lowland Courier", "08:05"), ("Ashby Mail", "12:50"), ("Corran Star", "14:15")]
    signed_off = [*RATE_RISE[:-1], RATE_RISE[-1] + tag]
    documents = [
        timed(RATE_RISE, "wire", wire, "2025-04-10T06:40:00Z"),
        *(
            timed(signed_off, f"paper{n}", outlet, f"2025-04-10T{at}:00Z")
            for n, (outlet, at) in enumerate(papers)
        ),
    ]
    result = compare_documents(documents, single_story=True)
    taken = [(t.copy, t.origin, t.share) for t in result.taken[result.stories[0].id]]
    assert taken == [(f"paper{n}", "wire", 1.0) for n in range(3)]
    with_wire = [p for p in result.pairs if "wire" in (p.a, p.b)]
    assert {(p.origin, p.taken_through) for p in with_wire} == {("wire", None)}


def test_a_verbatim_copy_of_the_wire_took_every_line_from_the_wire_not_a_later_paper() -> None:
    """A paper that runs the wire's story word for word took all of it from the wire, though a
    paper that ran the wire that afternoon has the same closing lines and the wire's update
    repeats them: not a share split between the wire and the other paper, which the two do not
    reuse from each other."""
    wire_address = "https://harborwire.example/kelby-cycling"
    update = [
        *CYCLING_WIRE[:6],
        "Kelby's council said on Monday it would add 12 km of cycle lanes this year.",
        *CYCLING_WIRE[6:],
    ]
    courier = [
        *CYCLING_WIRE[:2],
        CYCLING_WIRE[2].replace("The researchers followed", "Researchers followed"),
        *CYCLING_WIRE[3:6],
        "The findings come as the government prepares new guidance on commuting.",
        *CYCLING_WIRE[6:],
        "Harbor Wire contributed to this report.",
    ]

    def filed(
        id: str,
        source: str,
        lines: list[str],
        published: str,
        published_time: str | None = None,
        modified_time: str | None = None,
        url: str | None = None,
    ) -> Document:
        text = "\n\n".join(lines)
        return Document(
            id, source, text, published=published, published_time=published_time,
            modified_time=modified_time, url=url,
        )  # fmt: skip

    result = compare_documents(
        [
            filed("release", "Kelby University News", CYCLING_RELEASE, published="2026-03-02"),
            filed(
                "wire", "Harbor Wire", CYCLING_WIRE, published="2026-03-03",
                published_time="2026-03-03T11:40:00Z", url=wire_address,
            ),
            filed(
                "update", "Harbor Wire", update, published="2026-03-03",
                published_time="2026-03-03T11:40:00Z", modified_time="2026-03-03T16:10:00Z",
                url=wire_address,
            ),
            filed(
                "courier", "National Courier", courier, published="2026-03-03",
                published_time="2026-03-03T15:02:00Z",
            ),
            filed(
                "gazette", "Valley Gazette",
                [*CYCLING_WIRE, "Harbor Wire contributed to this report."], published="2026-03-04",
            ),
        ]
    )  # fmt: skip
    taken = result.taken[result.stories[0].id]
    assert [(t.origin, t.share) for t in taken if t.copy == "gazette"] == [("wire", 1.0)]
    papers = next(p for p in result.pairs if {p.a, p.b} == {"courier", "gazette"})
    assert (papers.direction, papers.undisclosed_reuse) == (None, False)


# An agency's own story on the cycling study, which quotes two of the release's figures in the
# release's words; a paper of the next day that runs five of its paragraphs under its byline;
# and an evening paper of the release's day written from the release.
CYCLING_AGENCY = [
    "KELBY, March 3 (Harbor Wire) - Bike commuters in Kelby say a new study matches what they "
    "feel on the road every morning.",
    "The researchers followed 1,820 office workers in six cities, and cycling groups welcomed "
    "the work.",
    '"I have not had a cold all winter," said Maria Olsen, 44, who rides 12 km to her office '
    "each day.",
    "Cyclists took 3.1 sick days a year on average, a figure local employers want to look at "
    "closely.",
    "The Kelby Chamber of Commerce said it would ask its members to add bike racks and showers.",
    "Council officials said a new lane along the canal towpath would open in the spring.",
    "Some drivers on the ring road said they would consider a bike if the weather were better.",
    "A bike shop on Mill Street reported its busiest February for a decade.",
]
CYCLING_ECHO = [
    CYCLING_RELEASE[1],
    "Over two years the university's team followed 1,820 office workers in six cities.",
    "Cyclists took 3.1 sick days a year on average, the university said.",
    CYCLING_RELEASE[4],
]


def _cycling_agency_story() -> Result:
    """The release, a wire's rewrite of it, the agency's story, the evening paper and the next
    day's paper, as one story."""
    return compare_documents(
        [
            Document(
                "release", "Kelby University News", "\n\n".join(CYCLING_RELEASE),
                published="2026-03-03", published_time="2026-03-03T09:00:00Z",
            ),
            Document(
                "northline", "Northline", "\n\n".join(CYCLING_WIRE), published="2026-03-03",
                published_time="2026-03-03T11:40:00Z",
            ),
            Document(
                "wire", "Harbor Wire", "\n\n".join(CYCLING_AGENCY), published="2026-03-03",
                published_time="2026-03-03T14:05:00Z",
            ),
            Document("echo", "Kelby Evening Echo", "\n\n".join(CYCLING_ECHO), published="2026-03-03"),
            Document(
                "post", "Northern Evening Post",
                "\n\n".join([*CYCLING_AGENCY[:5], "By Tom Reyes, Harbor Wire"]),
                published="2026-03-04", published_time="2026-03-04T08:15:00Z",
            ),
        ],
        single_story=True,
    )  # fmt: skip


def test_a_paper_that_ran_an_agencys_story_took_the_releases_phrases_through_it() -> None:
    """The next day's paper runs the agency's own story, crediting it, and shares the release's
    phrases ("followed 1,820 office workers in six cities") only as the agency quoted them: it
    took them through the agency, and is not charged with undisclosed reuse of the release,
    though the agency's story shares too little with the release to be its rewrite; nor of the
    evening paper or the wire that rewrote the release, which have them from the release too:
    the release, published before both, is their common origin."""
    result = _cycling_agency_story()
    pairs = {frozenset((p.a, p.b)): p for p in result.pairs}
    release = pairs[frozenset(("release", "post"))]
    assert (release.direction, release.undisclosed_reuse) == (None, False)
    assert release.taken_through == TakenThrough("post", "wire")
    for other in ("echo", "northline"):
        papers = pairs[frozenset((other, "post"))]
        assert (papers.direction, papers.undisclosed_reuse, papers.common_origin) == (
            None,
            False,
            "release",
        )


def test_across_stories_two_papers_that_share_a_releases_phrases_alone_took_them_from_it() -> None:
    """When the evening paper and the next day's paper land in two stories, their pair, which
    shares only the release's phrases, is no reuse of the evening paper by the next day's: the
    evening paper took them from the release, which holds them, so it names the release its
    common origin and is not flagged."""
    result = _cycling_agency_story()
    measured = replace(
        next(p for p in result.pairs if {p.a, p.b} == {"echo", "post"}),
        direction="a->b",
        direction_basis=DirectionBasis.PUBLISHED_DATE,
        undisclosed_reuse=True,
        common_origin=None,
    )
    story = result.stories[0].id
    (revised,) = across_common_origins(
        [measured], result.taken, dict.fromkeys(result.story_of, story), result
    )
    assert (revised.direction, revised.undisclosed_reuse, revised.common_origin) == (
        None,
        False,
        "release",
    )


# A football club's press release of Thursday, 12 June 2025, and two papers that print it with
# one edit each made alike (acceptance round 33, b1).
STAND_RELEASE = (
    "Ashcombe Town FC today confirmed plans to rebuild the Quarry Lane stand before the 2026 season.",
    "The new stand will hold 4,200 supporters, up from 2,900, and include a family section.",
    "Work is due to begin in August and will cost an estimated £6.5 million.",
    "The club will play its first four home games of the season at Millbrook Park.",
)


@pytest.mark.parametrize(
    ("lede", "from_each_other"),
    [
        pytest.param(
            "Ashcombe Town FC on Thursday confirmed plans to rebuild the Quarry Lane stand "
            "before the 2026 season.",
            False,
            id="today_resolved_to_the_releases_weekday",
        ),
        pytest.param(
            "Ashcombe Town FC today confirmed plans to rebuild the Quarry Lane stand before "
            "the 2026 season, the club said.",
            False,
            id="attribution_to_the_issuer_added",
        ),
        pytest.param(
            "Ashcombe Town FC today confirmed plans to rebuild the crumbling Quarry Lane stand "
            "before the 2026 season.",
            True,
            id="a_word_neither_source_has",
        ),
    ],
)
def test_two_copies_that_edit_a_release_alike_took_it_from_the_release(
    lede: str, from_each_other: bool
) -> None:
    """Two papers print a club's release with the same routine edit, "today" resolved to the
    weekday the release is dated, or ", the club said" added: any copy of the release may make
    it on its own, so the later paper took the release's text from the release, not from the
    earlier paper, and is not charged with its undisclosed reuse. A word that neither the
    release nor a sub-editor's routine gives ("crumbling") is the earlier paper's own, and the
    later paper that has it took its text from that paper."""
    text = "\n\n".join((lede, *STAND_RELEASE[1:]))
    result = compare_documents(
        [
            replace(document("\n\n".join(STAND_RELEASE), "release", "Ashcombe Town FC",
                             title="Quarry Lane stand to be rebuilt", published="2025-06-12"),
                    press_release=True),
            document(text, "gazette", "Ashcombe Gazette",
                     title="Quarry Lane stand to be rebuilt", published="2025-06-12"),
            document(text, "herald", "Valley Herald",
                     title="Quarry Lane stand to be rebuilt", published="2025-06-13"),
        ]
    )  # fmt: skip
    herald = {t.origin: t.share for t in result.taken[result.stories[0].id] if t.copy == "herald"}
    assert max(herald, key=lambda origin: herald[origin]) == (
        "gazette" if from_each_other else "release"
    )
    gazette_and_herald = next(p for p in result.pairs if {p.a, p.b} == {"gazette", "herald"})
    assert gazette_and_herald.undisclosed_reuse is from_each_other
    assert (gazette_and_herald.common_origin is None) is from_each_other


def test_a_copy_backdated_before_the_paper_it_spun_accuses_no_one_when_other_copies_side_with_the_paper() -> (
    None
):
    """A spun copy dated two hours before the council story it rewrote ("mentioned" for
    "said", "municipality" for "town", "citizens" for "residents") is not the paper's origin
    by its time alone when the story's three other copies carry the paper's wording: the pair
    has no direction, its date is set aside with the witnesses named, and the paper took
    nothing from it."""
    paper_text = "\n".join(
        [
            "The Millbrook town council voted 5-2 on Tuesday to approve a $48 million budget.",
            "Mayor Dana Haskins said the town would hire four new police officers next year.",
            "About 60 residents attended the meeting, which ran past midnight.",
            "Councilor Ray Ortiz said residents deserved a lower tax rate.",
        ]
    )
    spun_text = (
        paper_text.replace("said", "mentioned")
        .replace("town would", "municipality would")
        .replace("residents", "citizens")
    )
    copies_text = [
        paper_text.replace("approve", "pass"),
        paper_text.replace("meeting", "session"),
        paper_text.replace("hire", "add"),
    ]

    def dated(text: str, doc: str, outlet: str, time: str) -> Document:
        return replace(document(text, doc, outlet, published="2026-11-18"), published_time=time)

    paper = dated(paper_text, "courier", "Millbrook Valley Courier", "2026-11-19T02:10:00Z")
    spun = dated(spun_text, "hub", "Pine Ridge Press Hub", "2026-11-18T23:43:00Z")
    copies = [
        dated(text, f"copy{n}", f"Copy Site {n}", f"2026-11-19T0{n + 4}:00:00Z")
        for n, text in enumerate(copies_text)
    ]
    result = compare_documents([paper, spun, *copies])
    pair = next(p for p in result.pairs if {p.a, p.b} == {"courier", "hub"})
    assert pair.direction is None and not pair.undisclosed_reuse
    assert pair.date_set_aside == DateSetAside(
        "hub", None, worded_as="courier", witnesses=("copy0", "copy1", "copy2")
    )
    taken = {(t.copy, t.origin) for t in result.taken.get(result.stories[0].id, ())}
    assert not [found for found in taken if found[0] == "courier"]


STRIKE_V1 = [
    "KELMOR, March 4 (Harbour Wire) - Rail workers walked out across Kelmor on Tuesday, "
    "stranding about 1,200 commuters, the rail operator said.",
    "Labour Minister Anna Brisk said the strike was unlawful.",
    "The union wants a 9 percent pay rise over two years.",
]
STRIKE_V2 = [
    STRIKE_V1[0],
    "Transport Minister Piet Lorne said the strike was unlawful.",
    STRIKE_V1[2],
]


def test_a_subscriber_updated_in_place_to_a_wires_later_record_reuses_that_record() -> None:
    """A wire's archive that gives a story's versions as one record's (one id, published at
    10:05, modified at 10:05 and at 12:40) and a subscriber that ran it at 10:50 and updated in
    place to the 12:40 text at 14:00: the page's text is of 14:00, and it took the 12:40
    version, as it would from the version in a file of its own."""
    wire = [
        Document(
            f"wire-{n}",
            "Harbour Wire",
            "\n\n".join(paragraphs),
            published_time="2025-03-04T10:05:00Z",
            modified_time=modified,
            article_id="strike",
        )
        for n, paragraphs, modified in [
            (1, STRIKE_V1, "2025-03-04T10:05:00Z"),
            (2, STRIKE_V2, "2025-03-04T12:40:00Z"),
        ]
    ]
    aldmoor = Document(
        "aldmoor",
        "Aldmoor Advertiser",
        "\n\n".join(STRIKE_V2),
        published_time="2025-03-04T10:50:00Z",
        modified_time="2025-03-04T14:00:00Z",
    )
    result = compare_documents([*wire, aldmoor])
    pair = next(p for p in result.pairs if {p.a, p.b} == {"wire-2", "aldmoor"})
    assert (pair.origin, pair.common_origin) == ("wire-2", None)
    assert sources_of(result.taken[result.stories[0].id])["aldmoor"][0].origin == "wire-2"


def test_a_source_a_pair_direction_names_is_one_however_the_two_are_listed() -> None:
    """A copy listed before a version by its publication (10:50, against 12:40) that the two's
    pair direction says took that version has it among its sources."""
    keys = first_published_keys(
        [
            Document("aldmoor", "Aldmoor", "", published_time="2025-03-04T10:50:00Z"),
            Document("wire-2", "Wire", "", published_time="2025-03-04T12:40:00Z"),
        ],
        [],
    )
    aldmoor, wire = Version("aldmoor", (0,), MatchKind.VERBATIM), Version("wire-2", (0,), None)
    order = CopyOrder((aldmoor, wire), keys, {frozenset(("aldmoor", "wire-2")): "wire-2"})
    assert order.sources(0) == [wire]
    assert order.sources(1) == []


def test_a_copy_takes_its_text_from_the_source_it_credits_not_an_earlier_copy_of_it() -> None:
    """A partner runs a paper's story word for word with "This story was originally published
    by the Tarnwell Courier"; a network site's copy of the same text is stamped before the
    paper's. The partner took the paper's text and credits it: its pair with the paper keeps
    its direction, and its pair with the network copy has none and no undisclosed reuse, taken
    through the paper (acceptance round 33, c4)."""
    story = (
        "The county will close the Hollin Street bridge for six weeks from Monday.\n"
        "Inspectors found corroded beams under the eastern span in October.\n"
        "Buses on route 14 will detour over the Mill Lane crossing."
    )
    network = replace(
        document(story, "network", "Brackley Report"),
        published="2026-04-02",
        published_time="2026-04-02T09:00:00Z",
    )
    paper = replace(
        document(story, "paper", "Tarnwell Courier"),
        published="2026-04-02",
        published_time="2026-04-02T12:00:00Z",
    )
    partner = replace(
        document(
            story + "\nThis story was originally published by the Tarnwell Courier and is "
            "republished here with permission.",
            "partner",
            "Fenmoor Public Radio",
        ),
        published="2026-04-02",
        published_time="2026-04-02T15:00:00Z",
    )
    pairs = {
        frozenset((p.a, p.b)): p
        for p in compare_documents([network, paper, partner], single_story=True).pairs
    }
    credited = pairs[frozenset(("paper", "partner"))]
    assert (credited.origin, credited.undisclosed_reuse) == ("paper", False)
    through = pairs[frozenset(("network", "partner"))]
    assert (through.direction, through.undisclosed_reuse) == (None, False)
    assert through.taken_through == TakenThrough("partner", "paper")


def test_a_draft_that_cites_a_papers_reprint_of_a_wire_is_traced_to_the_wire() -> None:
    """A paper reprints an agency's story word for word under the agency's dateline, and an
    encyclopedia draft pastes the story and cites the paper: the paper says the words are the
    agency's, so the draft reuses the agency, uncredited, and its pair with the paper shares
    what both took from the agency (retest of acceptance round 36, R3); the draft still credits
    the paper."""
    story = (
        "A gorse fire on Hallam Fell has burned across 600 hectares and forced the closure of "
        "the fell road, fire officials said on Sunday.\n"
        "The fire began on Saturday evening near the Lowther quarry and spread quickly in dry "
        "easterly winds.\n"
        "Forty firefighters were working in shifts to hold the line above Hallam village."
    )
    wire = replace(
        document("HALLAM, June 9 (NPA) - " + story, "wire", "Northern Press Agency"),
        published="2024-06-09",
        published_time="2024-06-09T09:00:00Z",
    )
    paper = replace(
        document("HALLAM, June 9 (NPA) - " + story, "paper", "Dunmore Courier"),
        published="2024-06-09",
        published_time="2024-06-09T11:00:00Z",
    )
    draft = replace(
        document(
            story + "\nThe fell road reopened a week later.\nSource: Dunmore Courier.",
            "draft",
            "draft",
        ),
        published="2025-02-01",
    )
    result = compare_documents([wire, paper, draft], single_story=True)
    pairs = {frozenset((p.a, p.b)): p for p in result.pairs}
    assert pairs[frozenset(("paper", "wire"))].origin == "wire"
    from_wire = pairs[frozenset(("draft", "wire"))]
    assert (from_wire.origin, from_wire.undisclosed_reuse) == ("wire", True)
    assert pairs[frozenset(("draft", "paper"))].common_origin == "wire"
    assert "Dunmore Courier" in result.by_id["draft"].credits


# A wire's report of a council budget vote (retest of acceptance round 33, R3).
COUNCIL_BUDGET_WIRE = [
    "ASHFORD (Reuters) - Ashford council voted on Tuesday to raise parking charges by 20 percent.",
    "The council said the rise would bring in around 1.4 million pounds a year for road repairs.",
    "Opposition councillors said the charges would drive shoppers away from the high street.",
    "The new charges take effect in April, the council said.",
]


def council_pastes(*, dateline_kept: bool, at: str | None) -> list[Document]:
    """The wire's council story and two papers' pastes of it, both with "pothole repairs" for its
    "road repairs", the first with the wire's dateline when ``dateline_kept`` (else without its
    last line), the second without the dateline and without the last line: both of 11 March, at
    the time ``at`` when given."""
    edited = [
        COUNCIL_BUDGET_WIRE[0],
        COUNCIL_BUDGET_WIRE[1].replace("road repairs", "pothole repairs"),
        *COUNCIL_BUDGET_WIRE[2:],
    ]
    undated = edited[0].replace("ASHFORD (Reuters) - ", "")
    first = edited if dateline_kept else [undated, *edited[1:]]
    second = [undated, *edited[1:3]]
    wire = document(
        "\n\n".join(COUNCIL_BUDGET_WIRE), "wire", "reuters_wire", published="2025-03-11"
    )
    papers = [
        document("\n\n".join(first), "first", "Kent Courier", published="2025-03-11"),
        document("\n\n".join(second), "second", "Weald Post", published="2025-03-11"),
    ]
    if at is None:
        return [wire, *papers]
    timed = [replace(d, published_time=at) for d in papers]
    return [replace(wire, published_time="2025-03-11T09:00:00Z"), *timed]


@pytest.mark.parametrize(
    "documents",
    [
        pytest.param(council_pastes(dateline_kept=True, at=None), id="dateline_kept_same_day"),
        pytest.param(
            council_pastes(dateline_kept=False, at="2025-03-11T13:10:00Z"), id="same_minute"
        ),
    ],
)
def test_an_uncredited_paste_is_charged_to_the_wire_not_to_a_copy_nothing_puts_first(
    documents: list[Document],
) -> None:
    """Two papers run the wire's council story with one word changed alike, and the second
    drops the wire's dateline and credits nobody. Their pair's direction makes the first the
    origin, by the dateline it kept or by the line more it holds, but neither says the second
    saw the first's page: nor does a day they share, nor a minute (a page out at 13:10 was not
    copied into one out at 13:10). The second's lines that word the wire's alike are the wire's:
    it is charged with undisclosed reuse of the wire, not only of the first paper."""
    pairs = {frozenset((p.a, p.b)): p for p in compare_documents(documents).pairs}
    assert pairs[frozenset(("first", "second"))].origin == "first"
    from_wire = pairs[frozenset(("wire", "second"))]
    assert (from_wire.origin, from_wire.undisclosed_reuse, from_wire.taken_through) == (
        "wire",
        True,
        None,
    )


# An agency's transfer brief, as a wire files it, its fees written the agency's way.
TRANSFER_WIRE = [
    "HOLTBY, May 2 (Kestrel Wire) - Holtby Athletic have agreed a £32m fee with Carrow City for "
    "midfielder Owen Pike, with the move to go through in July.",
    "The fee could rise by a further £4m in add-ons, a club record for Holtby.",
    "Pike, 22, has made 31 league appearances this season and will sign a four-year contract.",
    "Holtby said the midfielder would stay with Carrow until the end of the season.",
]


def test_a_copy_that_writes_the_wires_fees_in_words_took_them_from_the_wire() -> None:
    """A partner that writes the wire's "£32m" as "32 million pounds" is nearer, by its raw
    words, a copy that wrote it "£32 million" a few minutes before; but read as the numbers
    module reads them, the three fees are one, and the partner's words add nothing that copy
    had: it took its text from the wire, not from the other partner (acceptance round 34, d5)."""
    own_style = [
        TRANSFER_WIRE[0].split(" - ", 1)[1].replace("£32m", "£32 million"),
        TRANSFER_WIRE[1].replace("£4m", "£4 million"),
        *TRANSFER_WIRE[2:],
        "Kestrel Wire contributed to this report.",
    ]
    in_words = [
        TRANSFER_WIRE[0].replace("£32m", "32 million pounds"),
        TRANSFER_WIRE[1].replace("£4m", "4 million pounds"),
        *TRANSFER_WIRE[2:],
    ]
    result = compare_documents(
        [
            timed(TRANSFER_WIRE, "wire", "Kestrel Wire", "2025-05-02T09:30:00Z"),
            timed(own_style, "bulletin", "Holtby Bulletin", "2025-05-02T09:45:00Z"),
            timed(in_words, "oddsdesk", "Odds Desk", "2025-05-02T09:50:00Z"),
        ],
        single_story=True,
    )
    (story,) = result.stories
    assert {(t.copy, t.origin) for t in result.taken[story.id]} == {
        ("bulletin", "wire"),
        ("oddsdesk", "wire"),
    }


HOCKEY_WIRE = [
    "DENHOLM, Feb 8 (Kestrel Wire) - Denholm Stags beat Marlow Falcons 4-2 on Saturday to move "
    "three points clear at the top of the league.",
    "Winger Tomas Lindqvist scored twice, his second an empty-net goal in the 58th minute.",
    "Marlow had pulled level at 2-2 early in the third period through Callum Reid.",
    "The crowd of 3,412 was the biggest at the Denholm arena this season.",
]


def test_a_copy_published_before_a_correction_took_the_version_before_it() -> None:
    """A paper out at 19:05 UTC that put the minute right itself is worded as the wire's
    correction of 19:50 is; but a version sent after the paper was published cannot be its
    source: it took the wire's story of 18:30, and its own change of it is what it did
    (acceptance round 34, d10)."""
    corrected = [line.replace("58th", "59th") for line in HOCKEY_WIRE]
    paper = [*corrected[:3], corrected[3].split(" - ", 1)[-1], "— Kestrel Wire"]
    result = compare_documents(
        [
            timed(HOCKEY_WIRE, "wire", "Kestrel Wire", "2025-02-08T18:30:00Z"),
            timed(
                [*corrected, "(Corrects minute of second goal to 59th from 58th)"],
                "wire-corrected",
                "Kestrel Wire",
                "2025-02-08T19:50:00Z",
            ),
            timed(paper, "paper", "Denholm Echo", "2025-02-08T19:05:00Z"),
        ],
        single_story=True,
    )
    (story,) = result.stories
    assert [t.origin for t in result.taken[story.id] if t.copy == "paper"] == ["wire"]


def _dog_story(*others: Document) -> Result:
    """The release and the agency's rewrite of it, published minutes apart, with ``others``."""
    return compare_documents(
        [
            Document(
                "release", "Harrowgate University", "\n\n".join(DOG_RELEASE),
                published_time="2026-05-06T00:01:00Z", press_release=True,
            ),
            Document(
                "wire", "Harbor Wire", "\n\n".join(DOG_WIRE),
                published_time="2026-05-06T00:10:00Z",
            ),
            *others,
        ]
    )  # fmt: skip


def test_a_station_that_pastes_the_release_it_credits_took_nothing_from_the_agencys_rewrite() -> (
    None
):
    """A station that runs the release under "the university said in a statement" shares the
    agency's "in" where the release has "according to", and words its lede nearer the agency's:
    but it holds nothing of the agency's own, and what the two share both took from the
    release, not one from the other."""
    station = Document(
        "station", "Radio Harrowgate",
        "\n\n".join([
            "Owning a dog for five years or more was associated with a 12% lower risk of high "
            "blood pressure, Harrowgate University said in a statement.",
            "The study, published on Wednesday in the Journal of Community Medicine, followed "
            "52,410 adults in the Lowfield Cohort for an average of nine years.",
            *DOG_RELEASE[2:6],
        ]),
        published_time="2026-05-06T08:00:00Z",
    )  # fmt: skip
    result = _dog_story(station)
    taken = result.taken[result.stories[0].id]
    assert [t.origin for t in taken if t.copy == "station"] == ["release"]
    pair = next(p for p in result.pairs if {p.a, p.b} == {"station", "wire"})
    assert (pair.direction, pair.common_origin, pair.undisclosed_reuse) == (None, "release", False)


def test_a_site_that_rewords_the_agencys_lede_took_it_from_the_agency_not_a_paper_that_ran_it() -> (
    None
):
    """A paper that ran the agency's story with "was linked to" for its "was associated with",
    and a health site that rewrote the lede as "lowers": the site's line is nearer the paper's,
    but holds no word of the paper's change, and took it from the agency. Its quotation given
    to the lead author is then named against the agency's, which gives it to the expert."""
    paper = Document(
        "paper", "The Northgate Courier",
        "\n\n".join([
            "Owning a dog for five years or more was linked to a 12% lower risk of high blood "
            "pressure, researchers at Harrowgate University reported in the Journal of "
            "Community Medicine.",
            *DOG_WIRE[2:7],
        ]),
        published_time="2026-05-06T07:45:00Z",
    )  # fmt: skip
    site = Document(
        "site", "PawHealth",
        "\n\n".join([
            "Owning a dog for five years or more lowers the risk of high blood pressure by 12%, "
            "researchers at Harrowgate University reported in the Journal of Community Medicine.",
            DOG_RELEASE[2],
            "\u201cIt is a modest difference, and nobody should buy a puppy for their blood "
            "pressure alone,\u201d said Dr Ruth Ellery.",
        ]),
        published_time="2026-05-06T11:00:00Z",
    )  # fmt: skip
    result = _dog_story(paper, site)
    taken = result.taken[result.stories[0].id]
    assert "paper" not in [t.origin for t in taken if t.copy == "site"]
    pair = next(p for p in result.pairs if {p.a, p.b} == {"paper", "site"})
    assert (pair.direction, pair.common_origin, pair.undisclosed_reuse) == (None, "wire", False)


def test_a_paper_that_cuts_the_agencys_lede_further_than_a_brief_took_it_from_the_agency() -> None:
    """A brief that cut the agency's lede to its first clause, and a paper that ran the agency's
    story, credited, with the lede cut further and "major" for "large": no pair aligns the
    paper's lede with the agency's, and it is nearest the brief's; but it holds nothing of the
    brief's own, and the paper is no uncredited copy of the brief."""
    wire_lede = (
        "June 1 (Harbor Wire) - An experimental daily pill helped adults with diabetes lower "
        "their blood sugar by about 18% in a large trial, researchers said on Monday, although "
        "many saw most of it return after stopping."
    )
    wire_rest = [
        "Adults who took the pill, called glivaxin, saw their average blood sugar fall by 21% "
        "over 40 weeks, compared with 3% among those given a placebo, according to the trial "
        "led by Marlow Medical School.",
        "The trial enrolled 2,146 adults at 61 clinics in seven countries.",
        "Stomach upset was the most common side effect, reported by 27% of those taking the pill.",
        "Side effects led 5.1% of participants to stop treatment early.",
        "The trial was funded by Ostwick Pharma, which makes glivaxin.",
    ]
    result = compare_documents(
        [
            Document(
                "wire", "Harbor Wire", "\n\n".join([wire_lede, *wire_rest]),
                published_time="2026-06-01T22:10:00Z",
            ),
            Document(
                "brief", "Metro Morning",
                "\n\n".join([
                    "An experimental daily pill helped adults with diabetes lower their blood "
                    "sugar by about 18% in a large trial, researchers said.",
                    "Many saw their blood sugar rise again after they stopped the pill.",
                ]),
                published_time="2026-06-02T06:00:00Z",
            ),
            Document(
                "paper", "The Daily Sentinel",
                "\n\n".join([
                    "A daily pill helped adults with diabetes lower their blood sugar by about 18% "
                    "in a major trial.",
                    *wire_rest,
                    "\u2014 Harbor Wire",
                ]),
                published_time="2026-06-02T06:30:00Z",
            ),
        ]
    )  # fmt: skip
    taken = result.taken[result.stories[0].id]
    assert [t.origin for t in taken if t.copy == "paper"] == ["wire"]
    pair = next(p for p in result.pairs if {p.a, p.b} == {"brief", "paper"})
    assert (pair.direction, pair.common_origin, pair.undisclosed_reuse) == (None, "wire", False)


def captions(read: str) -> str:
    """A read as a closed-caption dump gives it: capitals, six words a line, no punctuation."""
    spoken = read.upper().split()
    return "\n".join(" ".join(spoken[i : i + 6]) for i in range(0, len(spoken), 6))


def test_two_stations_that_read_the_wire_aloud_took_it_from_the_wire_not_each_other() -> None:
    """A radio read and a later TV read of the same wire story, both transcribed without
    punctuation, are compared in pieces of about 20 words that run across the wire's sentences
    and line up with each other better than with the wire's. The TV read took its words from
    the wire, not from the radio: the two share the wire as their common origin, and the TV's
    pair with the wire keeps its direction."""
    wire = (
        "A flash flood closed the Marrow Bridge in Dunholt on Monday, stranding three drivers and "
        "forcing the evacuation of 85 homes along the river, the county fire service said.\n\n"
        "The water rose shortly after 5 a.m. near a pumping station run by Avelin Water and took "
        "nearly three hours to recede, fire officer Tomas Greer told reporters.\n\n"
        "The three drivers were lifted from their cars by a rescue boat and treated for mild "
        "hypothermia at Dunholt General Hospital.\n\n"
        "Avelin Water said about 40 metres of the river wall had collapsed and that repairs "
        "could cost up to $3 million.\n\n"
        "The cause of the collapse is not yet known, and engineers may need several days to "
        "inspect the bridge, the fire service said.\n\n"
        "The bridge will stay closed until Thursday, and buses are being diverted through "
        "Pellow Road."
    )
    read = (
        "a flash flood closed the marrow bridge in dunholt on monday stranding {drivers} drivers "
        "and forcing the evacuation of eighty-five homes along the river the county fire service "
        "said the water rose shortly after five a m near a pumping station run by avelin water "
        "and took nearly three hours to recede fire officer tomas greer told reporters avelin "
        "water {said} forty metres of the river wall had collapsed and that repairs {cost} three "
        "million dollars the bridge will stay closed until thursday and buses are being diverted "
        "through pellow road"
    )
    radio = "radio dunholt " + read.format(
        drivers="four", said="said about", cost="could cost up to"
    )
    tv = captions("good evening " + read.format(drivers="three", said="claimed", cost="will cost"))
    result = compare_documents(
        [
            Document("wire", "Kestrel Wire", wire, published_time="2026-03-02T09:00:00Z"),
            Document("radio", "Radio Dunholt", radio, published_time="2026-03-02T12:00:00Z"),
            Document("tv", "Channel 6 Dunholt", tv, published_time="2026-03-02T18:00:00Z"),
        ]
    )
    taken = result.taken[result.stories[0].id]
    assert [t.origin for t in taken if t.copy == "tv"] == ["wire"]
    pairs = {frozenset((p.a, p.b)): p for p in result.pairs}
    stations = pairs[frozenset(("radio", "tv"))]
    assert (stations.direction, stations.common_origin) == (None, "wire")
    assert pairs[frozenset(("tv", "wire"))].origin == "wire"


def pair_between(result: Result, a: str, b: str) -> PairComparison:
    """The pair of ``result`` of the documents ``a`` and ``b``, whichever way round."""
    return next(p for p in result.pairs if {p.a, p.b} == {a, b})


MILL_WIRE = (
    "ORRIN, March 4 (Kestrel Wire) - Castelo Paper will close its Orrin mill by June 2027, "
    "putting about 420 jobs at risk, the company said on Wednesday.\n\n"
    "The company said orders for newsprint, the only grade made at the mill, had fallen 31% in "
    "three years, and that it would move its remaining work to its Tarvel site.\n\n"
    "Castelo said affected staff would be offered posts at Tarvel and a $4 million retraining "
    "fund.\n\n"
    'The Paper and Print Workers union said it was "shocked" by the decision and would fight '
    "the closure.\n\n"
    "Castelo expects the move to save around $25 million a year from 2028.\n\n"
    "The Orrin mill opened in 1962 and at its peak employed 1,900 people."
)

# The wire but its last sentence read aloud word for word, as a speech-to-text service writes it.
MILL_WIRE_READ = (
    "castelo paper will close its orrin mill by june two thousand and twenty-seven putting "
    "about four hundred and twenty jobs at risk the company said on wednesday the company "
    "said orders for newsprint the only grade made at the mill had fallen thirty-one percent "
    "in three years and that it would move its remaining work to its tarvel site castelo "
    "said affected staff would be offered posts at tarvel and a four million dollars "
    "retraining fund the paper and print workers union said it was shocked by the decision "
    "and would fight the closure castelo expects the move to save around twenty-five million "
    "dollars a year from two thousand and twenty-eight"
)


def test_a_station_that_speaks_the_wires_figures_took_them_from_the_wire_not_an_earlier_read() -> (
    None
):
    """Two TV stations read the wire's mill closure aloud, one word for word, one later with its
    own framing ("FACING THE AXE", "ADMITTED"), and both speak its figures: "THIRTY-ONE PERCENT"
    for "31%", "TWO THOUSAND AND TWENTY-SEVEN" for "2027". Read as the numbers module reads them,
    those are the wire's figures, no words the two stations share apart from it: the later read
    took its text from the wire, and the two reads have the wire as common origin, not the one
    copying the other (acceptance round 35, c7 and its retest's R2)."""
    framed = (
        "hundreds of mill workers in orrin are facing the axe tonight castelo paper is slashing "
        "about four hundred and twenty jobs at its orrin mill by june two thousand and "
        "twenty-seven the company admitted on wednesday the company claimed orders for newsprint "
        "the only grade made at the mill had fallen thirty-one percent in three years and that "
        "it would move its remaining work to its tarvel site castelo said affected staff would "
        "be offered posts at tarvel and a four million dollars retraining fund"
    )
    result = compare_documents(
        [
            Document("wire", "Kestrel Wire", MILL_WIRE, published_time="2026-03-04T09:15:00Z"),
            Document(
                "first",
                "Channel 4 Orrin",
                captions(MILL_WIRE_READ),
                published_time="2026-03-04T18:00:00Z",
            ),
            Document(
                "second", "Orrin Today TV", captions(framed), published_time="2026-03-04T19:00:00Z"
            ),
        ]
    )
    taken = result.taken[result.stories[0].id]
    assert [t.origin for t in taken if t.copy == "second"] == ["wire"]
    two = pair_between(result, "first", "second")
    assert (two.direction, two.common_origin, two.undisclosed_reuse) == (None, "wire", False)
    framed_read = pair_between(result, "wire", "second")
    assert (framed_read.origin, framed_read.undisclosed_reuse) == ("wire", True)


def test_a_station_that_read_the_wire_took_nothing_from_a_station_that_read_the_release() -> None:
    """A business station reads the company's release aloud at 10:00; a TV station reads the
    agency's rewrite of it at 18:00. The two share the savings line, spoken alike ("AROUND
    TWENTY-FIVE MILLION DOLLARS ... FROM TWO THOUSAND AND TWENTY-EIGHT"), each as its own
    source words it, and the trace gives the TV read none of the radio's sentences. It took
    what the two share from the wire, so their pair has no direction and flags no undisclosed
    reuse, though no pair ties the wire to the release or the radio (acceptance round 35
    retest, R1: "KVRN-TV reuses Business Radio 1140 ... in sentences taken from Meridian Press
    Agency, none from it")."""
    release = (
        "FOR IMMEDIATE RELEASE\n\n"
        "Castelo Paper to consolidate newsprint output at Tarvel\n\n"
        "ORRIN, March 4, 2026 - Castelo Paper today confirmed plans to consolidate newsprint "
        "output at Tarvel and end production in Orrin by the end of June 2027.\n\n"
        "Demand for newsprint, which is all Orrin produces, is down 31% over three years.\n\n"
        "Around 420 positions in Orrin are affected, and staff will be offered redeployment, "
        "enhanced severance and a $4 million retraining programme.\n\n"
        "Castelo expects the consolidation to deliver annual savings of around $25 million "
        "from 2028.\n\n"
        "Media contact: press@castelo.example"
    )
    radio = (
        "business news on the hour castelo paper today confirmed plans to consolidate newsprint "
        "output at tarvel and end production in orrin by the end of june two thousand and "
        "twenty-seven demand for newsprint which is all orrin produces is down thirty-one "
        "percent over three years around four hundred and twenty positions in orrin are affected "
        "and staff will be offered redeployment enhanced severance and a four million dollars "
        "retraining programme castelo expects the consolidation to deliver annual savings of "
        "around twenty-five million dollars from two thousand and twenty-eight"
    )
    tv = (
        MILL_WIRE_READ
        + " the orrin mill opened in nineteen sixty-two and at its peak employed one thousand nine"
        " hundred people"
    )
    result = compare_documents(
        [
            Document(
                "release",
                "Castelo Paper",
                release,
                published_time="2026-03-04T08:00:00Z",
                press_release=True,
            ),
            Document("wire", "Kestrel Wire", MILL_WIRE, published_time="2026-03-04T09:15:00Z"),
            Document("radio", "Business Radio Orrin", radio, published_time="2026-03-04T10:00:00Z"),
            Document("tv", "Channel 4 Orrin", captions(tv), published_time="2026-03-04T18:00:00Z"),
        ]
    )
    taken = result.taken[result.stories[0].id]
    assert {(t.copy, t.origin) for t in taken} == {("radio", "release"), ("tv", "wire")}
    two = pair_between(result, "radio", "tv")
    assert two.verdict is not Verdict.INDEPENDENT
    assert (two.direction, two.undisclosed_reuse) == (None, False)
    # The two share no passage of six words: two reads of one event, which compare_pair
    # leaves undirected before any trace could route the TV read's text through the wire.
    assert two.taken_through is None
    assert pair_between(result, "wire", "tv").undisclosed_reuse


MILLBRIDGE_WIRE = [
    "Police used water cannon on protesters outside the Millbridge town hall on Saturday as "
    "about 2,000 people rallied against the new parking charges.",
    "Eleven people were treated for minor injuries, the Millbridge ambulance service said.",
    "Police said protesters threw eggs at the town hall doors.",
    "The council said it would meet campaign leaders on Tuesday.",
]
MILLBRIDGE_PAPER = [
    "Millbridge - " + MILLBRIDGE_WIRE[0].replace("on protesters", "on rioters"),
    *MILLBRIDGE_WIRE[1:2],
    MILLBRIDGE_WIRE[2].replace("said protesters", "said rioters"),
    "Traders on the high street said they closed early.",
    *MILLBRIDGE_WIRE[3:],
]


def test_a_digest_that_drops_a_papers_dateline_took_the_paper_whole_not_the_wire() -> None:
    """A paper rewrites the wire ("rioters" for "protesters") under its own dateline
    "Millbridge - "; a digest runs the paper's text hours later without that dateline. The digest
    took all of it from the paper, the lines the paper left as the wire had them too, and its
    pair with the paper is a copy: the dropped dateline does not send it to the wire."""
    result = compare_documents(
        [
            timed(MILLBRIDGE_WIRE, "wire", "Meridian Wire", "2025-03-01T08:00:00Z"),
            timed(MILLBRIDGE_PAPER, "paper", "Daily Sentinel", "2025-03-01T11:00:00Z"),
            timed(
                [MILLBRIDGE_PAPER[0].removeprefix("Millbridge - "), *MILLBRIDGE_PAPER[1:]],
                "digest",
                "Metro Digest",
                "2025-03-01T14:00:00Z",
            ),
        ]
    )
    taken = taken_from(result, result.stories[0], result.groups)
    assert [(t.origin, t.share) for t in taken if t.copy == "digest"] == [("paper", 1.0)]
    (pair,) = [p for p in result.pairs if {p.a, p.b} == {"paper", "digest"}]
    assert pair.verdict is Verdict.COPY


MULTAN_WIRE = [
    "ملتان، ۳ مارچ (اے پی پی): شہر کے نشیبی علاقوں میں موسلادھار بارش کے بعد سینکڑوں مکانات "
    "میں پانی داخل ہو گیا اور کسانوں نے سڑکیں بند کر دیں۔",
    "ضلعی انتظامیہ کے مطابق ۱۴ دیہات کا زمینی رابطہ منقطع ہو چکا ہے۔",
    "ڈپٹی کمشنر نے کہا کہ متاثرہ خاندانوں کو سرکاری اسکولوں میں منتقل کیا جا رہا ہے۔",
    "محکمہ موسمیات نے آئندہ دو روز میں مزید بارش کی پیش گوئی کی ہے۔",
]
MULTAN_SITE = [
    "ملتان: " + MULTAN_WIRE[0].split(": ", 1)[1],
    *MULTAN_WIRE[1:],
]
MULTAN_PAPER = [
    "ملتان (نیوز ڈیسک): " + MULTAN_WIRE[0].split(": ", 1)[1].replace("کسانوں", "بلوائیوں"),
    *MULTAN_WIRE[1:],
]


LUCKNOW_WIRE = [
    "लखनऊ, 14 अगस्त (PTI)। राज्य सरकार ने बुधवार को बाढ़ से प्रभावित 12 जिलों के किसानों के लिए "
    "800 करोड़ रुपये की सहायता राशि जारी की।",
    "कृषि मंत्री रमेश प्रताप सिंह ने बताया कि पहली किस्त अगले सप्ताह किसानों के खातों में भेजी जाएगी।",
    "अधिकारियों के अनुसार सरयू नदी का जलस्तर अब भी खतरे के निशान से ऊपर बना हुआ है।",
    "विपक्ष ने राहत राशि को अपर्याप्त बताया और सर्वदलीय बैठक बुलाने की मांग की।",
]
# The wire's copy with its credit dropped from the dateline, as two sites run it.
LUCKNOW_COPY = [LUCKNOW_WIRE[0].replace(" (PTI)", ""), *LUCKNOW_WIRE[1:]]


@pytest.mark.parametrize(
    ("wire", "site", "paper"),
    [
        pytest.param(
            timed(MULTAN_WIRE, "wire", "قومی خبر ایجنسی", "2026-03-03T09:00:00Z"),
            timed(MULTAN_SITE, "site", "خبر نامہ", "2026-03-03T11:00:00Z"),
            timed(MULTAN_PAPER, "paper", "روزنامہ ملت", "2026-03-03T14:00:00Z"),
            id="urdu_place_kept",
        ),
        pytest.param(
            timed(LUCKNOW_WIRE, "wire", "समाचार सेवा", "2026-08-14T05:00:00Z"),
            timed(LUCKNOW_COPY, "site", "अवध डेली", "2026-08-14T07:00:00Z"),
            timed(LUCKNOW_COPY, "paper", "पूर्वी पत्र", "2026-08-14T09:00:00Z"),
            id="hindi_credit_dropped",
        ),
    ],
)
def test_copies_that_keep_the_wires_dateline_place_took_their_lede_from_the_wire(
    wire: Document, site: Document, paper: Document
) -> None:
    """An Urdu wire opens "ملتان، ۳ مارچ (اے پی پی):", a dateline segment sets apart from its
    lede; a site keeps only its place ("ملتان:"), and a later paper its place and its own desk,
    with a word of its own in the lede. A Hindi wire opens "लखनऊ, 14 अगस्त (PTI)।", and two sites
    drop the credit and keep the rest ("लखनऊ, 14 अगस्त।"), each site's own dateline, no sentence
    the two share and the wire lacks. The place is the wire's, not the site's: the paper took
    all of its text from the wire, and the site and the paper are two copies of the wire, no
    copy of each other."""
    result = compare_documents([wire, site, paper])
    taken = taken_from(result, result.stories[0], result.groups)
    assert [t.origin for t in taken if t.copy == "paper"] == ["wire"]
    pair = pair_between(result, "site", "paper")
    assert (pair.direction, pair.common_origin) == (None, "wire")


TARVIK_BRIEF = [
    "A court in Tarvik on Tuesday jailed the harbour's former pilot master, Ivo Brandt, for "
    "four years for taking payments from tanker owners to wave their ships past inspection.",
    "Brandt, 61, denied wrongdoing and his lawyer said he would appeal.",
    "Two tanker owners were fined.",
]


def test_an_agency_lede_after_its_dateline_line_is_word_for_word_with_a_copy_that_cuts_it() -> None:
    """An agency's dateline ("TARVIK, June 3 (Osprey) -") is a sentence of its own, and
    boilerplate, and so is the site's "TARVIK -" it cut it to (a hyphen closes a paper's own
    dateline, as "SÃO PAULO -"). Those ledes are word for word as each sentence's source is
    chosen, as the pair's verdict, a copy, counts them: each lede is its article's first
    sentence outside boilerplate, not its first."""
    agency = timed(
        ["TARVIK, June 3 (Osprey) - " + TARVIK_BRIEF[0], *TARVIK_BRIEF[1:]],
        "osprey",
        "Osprey News Agency",
        "2026-06-03T09:00:00Z",
    )
    site = timed(
        ["TARVIK - " + TARVIK_BRIEF[0], *TARVIK_BRIEF[1:]],
        "site",
        "Coast Daily",
        "2026-06-03T10:00:00Z",
    )
    result = compare_documents([agency, site])
    (pair,) = result.pairs
    assert (pair.verdict, pair.origin) == (Verdict.COPY, "osprey")
    assert {("osprey", 0), ("site", 0)} <= result.boilerplate
    similarity, _ = _Likeness.of(result, result.pairs).aligned[("osprey", "site")][(1, 1)]
    assert similarity == 100.0


EVENING_FERRY_WIRE = [
    "Harlow Ferries will cut its evening crossings to Stanmere Island from May, leaving the "
    "island's 900 residents without a boat after 6pm, the company said on Monday.",
    "The company blamed a 40% rise in fuel costs since 2024 and a shortage of licensed skippers.",
    "Island councillor Ruth Okafor said the decision would cut off shift workers at the mainland "
    "hospital and called for the county to step in.",
    "The county said it would review the timetable with the operator before the summer.",
    "Harlow Ferries has run the route since 1987 and carries about 210,000 passengers a year.",
]
# A quotation both students took from one interview, tagged alike, which the wire lacks.
EVENING_FERRY_QUOTE = '"It is the only way off the island after dark," she said.'


def test_two_students_who_lift_one_wire_took_it_from_the_wire_not_each_other() -> None:
    """Two students lift the wire's paragraphs (one skipping a paragraph the other keeps, so
    they share a longer run than either shares with the wire) and quote the same interview
    line with the same tag, which the wire lacks. A quotation and its tag are no student's own
    words: neither copied the other, both took the wire, and the one who credits the wire is
    clear."""
    wire = document("\n\n".join(EVENING_FERRY_WIRE), "wire", "Kestrel Wire", published="2026-04-06")
    lifted = [
        EVENING_FERRY_WIRE[0],
        EVENING_FERRY_WIRE[2],
        EVENING_FERRY_WIRE[4],
        EVENING_FERRY_QUOTE,
    ]
    uncredited = document(
        "\n\n".join([*lifted, "Ferry users plan a protest at the harbour on Saturday."]),
        "student_a",
        "Alex Moore",
        published="2026-04-08",
    )
    credited = document(
        "\n\n".join(
            [
                "Stanmere Island will lose its evening ferry from May, according to the Kestrel "
                "Wire.",
                *lifted[1:],
                "Additional reporting by Kestrel Wire.",
            ]
        ),
        "student_b",
        "Beth Lane",
        published="2026-04-08",
    )
    result = compare_documents([wire, uncredited, credited])
    pair = pair_between(result, "student_a", "student_b")
    assert (pair.direction, pair.undisclosed_reuse, pair.common_origin) == (None, False, "wire")
    assert not pair.shared_uncredited
    taken = {(t.copy, t.origin): t.credited for t in result.taken[result.stories[0].id]}
    assert taken == {("student_a", "wire"): False, ("student_b", "wire"): True}


RAID_WIRE = (
    "Police arrested 16 people in dawn raids across Penholt on Saturday in an investigation "
    "into counterfeit pills.",
    "Officers seized 19 kilograms of counterfeit pills and $80.9 million in cash, the fire "
    "service said, a council aide told reporters in Upden.",
    "Roughly 290 officers searched 52 properties across the town and two nearby villages.",
    "The suspects, aged 24 to 55, remain in custody in Penholt pending a court hearing.",
    "Residents on Ferry Lane said they had reported dealing in the area for months.",
)
# Another wire's raid the day before, one sentence in the same shape with other facts.
OTHER_RAID = (
    "Five suspects were detained in early-morning raids in Inchbrook, police said.",
    "Officers seized 3 kilograms of counterfeit pills and $18.1 million in cash, police said, "
    "202 days after a rowdy march at the old mill in Drayhurst.",
    "A spokesman for the harbour authority declined to comment on the operation.",
)


def test_a_crawlers_second_copy_of_a_verbatim_reprint_leaves_it_wholly_taken() -> None:
    """A paper's word-for-word reprint of the wire, saved twice by a crawler, took all its words
    from the wire, though one of its sentences is worded as another wire's earlier story of
    another raid: the crawler's copy changed nothing, so it is no edit of the paper's own that
    sets the sentence apart from the wire's (acceptance round 38, d7: 70% was shown)."""
    url = "https://valleyecho.example/raids-in-penholt"
    wire = document("\n\n".join(RAID_WIRE), "tw-9", "Tidewater Wire", published="2026-10-03")
    wire = replace(wire, published_time="2026-10-03T07:10:00Z")
    other = document("\n\n".join(OTHER_RAID), "mpa-7", "Meridian Press Agency")
    other = replace(other, published="2026-10-02", published_time="2026-10-02T07:00:00Z")
    paper = replace(
        wire, id="ve-13", source="Valley Echo", url=url, published_time="2026-10-03T14:35:00Z"
    )
    crawled = replace(paper, id="ve-13-utm", url=f"{url}?utm_source=newsletter")
    result = compare_documents([other, wire, paper, crawled], single_story=True)
    shares = {(t.copy, t.origin): t.share for found in result.taken.values() for t in found}
    assert shares[("ve-13", "tw-9")] == shares[("ve-13-utm", "tw-9")] == 1.0


# A Russian agency's brief on a grain terminal, and a paper's rewrite of it that words each line
# its own way (changing 250 to 350 million and 12% to 15%) but the last, which it keeps.
GRAIN_TERMINAL_BRIEF = [
    "ГРОДНО, 12 апреля — Балтийская служба новостей. Правительство Белоруссии утвердило план "
    "строительства зернового терминала в порту Усть-Луга, сообщил вице-премьер республики Олег "
    "Сапега.",
    "По его словам, в 2027 году через терминал планируется отправить 3,4 млн тонн зерна и рапса.",
    "«Мы больше не зависим от литовских портов и строим собственную логистику», — заявил Сапега.",
    "Стоимость строительства оценивается в 600 млн долларов, из них 250 млн вложит белорусская "
    "сторона.",
    "Тариф на перевалку, как отметил вице-премьер, будет на 12% ниже, чем в портах Литвы.",
    "Ранее Литва запретила транзит белорусского зерна через Клайпедский порт.",
    "Правительство также поручило железной дороге закупить 800 новых вагонов-зерновозов.",
]
GRAIN_TERMINAL_REWRITE = [
    "Белорусское правительство утвердило план, по которому зерновой терминал будет построен в "
    "порту Усть-Луга, заявил вице-премьер Олег Сапега.",
    "Уже в 2027 году через новый терминал планируют отправить 3,4 млн тонн зерна и рапса, сказал "
    "вице-премьер.",
    "Белоруссия, по словам Сапеги, строит собственную логистику и больше не зависит от литовских "
    "портов.",
    "Строительство обойдется в 600 млн долларов, белорусская сторона вложит из них 350 млн.",
    "Сапега отметил, что тариф на перевалку будет на 15% ниже, чем в литовских портах.",
    "Как напоминает Балтийская служба новостей, через Клайпеду транзит белорусского зерна Литва "
    "уже запретила.",
    GRAIN_TERMINAL_BRIEF[-1],
]


@pytest.mark.parametrize(
    "of_record", [pytest.param(False, id="run"), pytest.param(True, id="record")]
)
def test_a_copy_of_a_rewrite_took_the_rewrites_text_not_the_wires(of_record: bool) -> None:
    """An aggregator that prints a paper's rewrite of an agency brief word for word, at the
    paper's minute and crediting no one, took the paper's wording, which the brief has only
    reworded: their pair names no common origin and stays in who copied whom, so the paper's
    changed figures are not booked as the aggregator's own edits of the brief, with the brief
    read as the record or not (acceptance round 38, b9)."""
    brief = Document(
        "brief",
        "Балтийская служба новостей",
        "\n\n".join(GRAIN_TERMINAL_BRIEF),
        published_time="2026-04-12T07:00:00+00:00",
        of_record=of_record,
    )
    rewrite, aggregated = (
        Document(
            doc,
            source,
            "\n\n".join(GRAIN_TERMINAL_REWRITE),
            published_time="2026-04-12T11:00:00+00:00",
        )
        for doc, source in (("courier", "Гродненский курьер"), ("digest", "Евразия Дайджест"))
    )
    result = compare_documents([brief, rewrite, aggregated], single_story=True)
    pair = next(p for p in result.pairs if {p.a, p.b} == {"courier", "digest"})
    assert pair.verdict is Verdict.COPY
    assert pair.common_origin is None
    assert {(e.origin.id, e.copy.id) for e in edges(result)} >= {("brief", "courier")}
    assert {"courier", "digest"} in [{e.origin.id, e.copy.id} for e in edges(result)]


def test_a_chain_that_rewords_an_accounts_merged_line_took_it_from_the_account() -> None:
    """A chat chain that writes "Fueron 80 mil conexiones: veinte mil familias..." for an
    account's "Se revisaron 80.000 conexiones domiciliarias: veinte mil familias..." took the
    account's merged line, not the blog's shorter "O sea: veinte mil familias...", which its
    letters score nearer: it holds the account's words and none the account dropped of the
    blog's, so the account is its closest source (retest of acceptance round 39, b2)."""
    result = compare_documents(agua_chain())
    found = sources_of(result.taken[result.stories[0].id])["cadena"]
    assert found[0].origin == "cuenta"
    assert {t.origin: t.sentences for t in found}["cuenta"] == (0, 2)


def test_a_date_alone_and_a_time_that_day_name_no_origin() -> None:
    """A paper's front matter gives only the day; a rival's page gives 06:00 that day. Their
    shared quotation line, one edited from the other, tells nobody took it: no origin is named
    in the coverage, and neither paper is charged in who copied whom, as their pair says."""
    ours = (
        "Ferry fares on the Lismore crossing will rise by 12% in April, the operator confirmed "
        'last night. Harbourmaster Neil Cowan said the increase would "hit island families '
        'hardest of all". Islanders are planning a protest at the pier on Saturday. The '
        "operator said fuel costs had doubled since 2024 and blamed an ageing fleet."
    )
    theirs = (
        "Islanders face a steep rise in ferry fares on the Lismore crossing from next spring. "
        'Harbourmaster Neil Cowan claimed the increase would "hit island families hardest of '
        'all". A petition against the rise has drawn 800 names in two days. Community council '
        "chair Ruth Gillies called the decision a betrayal of the island."
    )
    result = compare_documents(
        [
            Document("courier", "Dunmore Courier", ours, published="2026-12-03"),
            Document(
                "post",
                "Vale Post",
                theirs,
                published="2026-12-03",
                published_time="2026-12-03T06:00:00Z",
            ),
        ]
    )
    (pair,) = result.pairs
    carried = [g for g in result.groups if len(g.versions) > 1]
    assert pair.direction is None
    assert carried and all(g.origin is None for g in carried)
    assert taken_from(result, result.stories[0], result.groups) == ()


class _CountedDirections(Mapping[frozenset[str], str]):
    """Pair directions that count how often they are asked."""

    def __init__(self, origins: dict[frozenset[str], str]) -> None:
        self.origins = origins
        self.asked = 0

    def __getitem__(self, pair: frozenset[str]) -> str:
        self.asked += 1
        return self.origins[pair]

    def __iter__(self) -> Iterator[frozenset[str]]:
        return iter(self.origins)

    def __len__(self) -> int:
        return len(self.origins)


def test_a_wide_group_of_dates_alone_and_times_that_day_asks_each_pair_direction_a_few_times() -> (
    None
):
    """Twelve papers that give "2026-12-03" alone and twelve pages timed that morning, each
    page taking the wire's 05:00 copy: which came first of a paper and a page is asked through
    the pages' origins, found once per page, not by reading every pair of the group again for
    each of the 288 such pairs."""
    papers = [
        Document(f"paper-{n:02}", f"Paper {n}", "", published="2026-12-03") for n in range(12)
    ]
    pages = [
        Document(
            f"page-{n:02}",
            f"Page {n}",
            "",
            published="2026-12-03",
            published_time=f"2026-12-03T{6 + n // 6:02}:{n % 6 * 10:02}:00Z",
        )
        for n in range(12)
    ]
    wire = Document(
        "wire", "Coastline Wire", "", published="2026-12-03", published_time="2026-12-03T05:00:00Z"
    )
    documents = [wire, *papers, *pages]
    directions = [("wire", page.id) for page in pages]
    named = _CountedDirections({frozenset(pair): pair[0] for pair in directions})
    order = CopyOrder(
        tuple(Version(d.id, (0,), MatchKind.VERBATIM) for d in documents),
        first_published_keys(documents, directions),
        named,
    )
    sources = [[v.doc for v in order.sources(n)] for n in range(len(documents))]
    assert sources[:13] == [[]] * 13
    assert all(
        found == ["wire", *(p.id for p in pages[:n])] for n, found in enumerate(sources[13:])
    )
    assert named.asked <= 2 * len(documents) ** 2
