"""Whether a copy discloses its origin: credit lines, credited wires and names in its text."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from compare import disclosure
from compare.disclosure import credits_outlet, discloses, names_outlet, where_credited
from compare.lexicon import use_terms
from compare.overlap import Side
from compare.pipeline import compare_documents, compare_paths
from compare.read import find_credits
from compare.records import (
    UNNAMED_WIRES,
    AddedTerms,
    CreditKind,
    DirectionBasis,
    Document,
    PairComparison,
    Result,
    credited_alike,
)
from compare.report import ReportFormat
from compare.report.files import render_reports
from compare.segment import segment
from tests.helpers import boilerplate_of, document, write_agency_feed

STORY = (
    "Flood waters rose across the Tarrow valley on Monday, forcing 4,000 residents from their "
    "homes.\nOfficials said the river peaked at 6.2 metres before dawn.\nThe regional council "
    "opened three shelters and asked drivers to stay off the valley road."
)


def side(document: Document) -> Side:
    """A document's side as the pipeline makes it, its credits found as the reader finds them."""
    document = replace(document, credits=find_credits(document.text, document.author))
    boilerplate = frozenset(index for _, index in boilerplate_of(document))
    return Side.of(document, segment(document), boilerplate, {})


def origin_of(source: str) -> Side:
    """The story as ``source`` published it; a source that is a file's path is filed there."""
    origin = document(STORY, "origin", source)
    return side(replace(origin, path=f"{source}.txt") if "/" in source else origin)


@pytest.mark.parametrize(
    ("source", "line", "disclosed"),
    [
        pytest.param("Valley Times", "", False, id="nothing_said"),
        pytest.param(
            "Valley Times",
            "The Valley Times contributed to this report.",
            True,
            id="credit_line",
        ),
        pytest.param(
            "Valley Times", "The Valley Times first reported the closures.", True, id="named"
        ),
        pytest.param("Valley Times", "With wire services", False, id="a_paper_by_wires"),
        pytest.param("Reuters", "Reuters contributed to this report.", True, id="its_wire"),
        pytest.param(
            "Reuters",
            "The Associated Press contributed to this report.",
            False,
            id="another_wire_for_a_wire",
        ),
        pytest.param("Meridian Press Agency", "With wire services", True, id="an_agency_by_wires"),
        pytest.param(
            "Meridian Press Agency",
            "Meridian Press Agency contributed to this report.",
            True,
            id="an_agency_by_name",
        ),
        pytest.param(
            "Meridian Press Agency",
            "Reuters contributed to this report.",
            False,
            id="a_wire_for_an_agency",
        ),
        pytest.param(
            "nyt/story",
            "The New York Times contributed to this report.",
            True,
            id="a_folder_in_full",
        ),
        pytest.param("Fox News", "Fox News contributed to this report.", True, id="brand_in_full"),
        pytest.param("BBC News", "The BBC contributed to this report.", True, id="bbc"),
        pytest.param("CBS News", "CBS contributed to this report.", True, id="cbs"),
        pytest.param("Sky News", "The mayor told Sky the town would rebuild.", True, id="sky"),
        pytest.param(
            "Al Jazeera English",
            "Al Jazeera contributed to this report.",
            True,
            id="al_jazeera",
        ),
        pytest.param(
            "Sky News", "The sky cleared over the valley by noon.", False, id="brand_a_word"
        ),
        pytest.param(
            "Fox News",
            "Former President Vicente Fox toured the shelters.",
            False,
            id="brand_a_person",
        ),
        pytest.param(
            "Daily News", "The Daily Post contributed to this report.", False, id="brand_a_masthead"
        ),
        pytest.param(
            "BBC News",
            "The shelters will stay open all week, according to the BBC.",
            True,
            id="according_to_the_short_name",
        ),
        pytest.param(
            "CBS News", "CBS reported that the river had crested.", True, id="cbs_reported"
        ),
        pytest.param(
            "Valley Times",
            "The Valley Times has called the race for Mayor Ruth Alder.",
            True,
            id="election_called",
        ),
        pytest.param(
            "CBS News", "CBS projects that Ruth Alder will keep her seat.", True, id="cbs_projects"
        ),
        pytest.param(
            "Valley Times",
            "The Valley Times called the mayor's office for comment.",
            False,
            id="outlet_called_someone",
        ),
        pytest.param(
            "Sky News",
            "Sky said its engineers had restored broadband to the valley.",
            False,
            id="short_name_said_is_the_company",
        ),
        pytest.param(
            "Al Jazeera English",
            "Residents described the night to reporters (Al Jazeera).",
            True,
            id="short_name_in_brackets",
        ),
        pytest.param(
            "The Detroit News",
            "Volunteers from the Detroit area drove sandbags to the valley.",
            False,
            id="short_name_a_city",
        ),
        pytest.param(
            "Gulf News",
            "Rain from the storm also reached the Gulf coast.",
            False,
            id="short_name_a_region",
        ),
        pytest.param(
            "Google News",
            "Residents searched Google Maps for open roads.",
            False,
            id="short_name_a_company",
        ),
        pytest.param(
            "Google News",
            "Google said the fault in its flood alerts had been fixed.",
            False,
            id="short_name_a_company_speaking",
        ),
    ],
)
def test_a_copy_discloses_its_origin(source: str, line: str, disclosed: bool) -> None:
    """A copy of ``source``'s story that adds ``line`` discloses it by a credit line naming the
    source, its name in the text, or the wire service the source is; an outlet named with its
    brand ("BBC News", "Al Jazeera English") also by its short name ("the BBC") where the copy
    credits it so (a credit line, "according to the BBC", "CBS reported", "(Al Jazeera)"), unless
    that is a plain word, a person's name or a newspaper's word: a short name mentioned bare or
    saying something may be a place's or a company's ("Detroit" of "The Detroit News", "Google
    said"). Wire services in general disclose a
    news agency's text but not a paper's, and a named wire only its own: crediting Reuters
    discloses nothing taken from AP or from an agency that is no known wire."""
    copy = side(document(f"{STORY}\n{line}", "copy", "Harbour Post"))
    assert discloses(copy, origin_of(source)) is disclosed


# A wire's or a Mexican paper's report on a journalist's murder, as a copy in Spanish takes it.
CULIACAN = (
    "La Fiscal\u00eda de Sinaloa inform\u00f3 que no hay detenidos por el asesinato del periodista "
    "Juli\u00e1n Casta\u00f1eda.\nEl fiscal regional dijo que hay dos sospechosos identificados."
)


@pytest.mark.parametrize(
    ("source", "line", "disclosed"),
    [
        pytest.param("EFE", "Con informaci\u00f3n de la agencia EFE.", True, id="la_agencia_efe"),
        pytest.param("EFE", "Agencia EFE", True, id="agencia_efe_alone"),
        pytest.param("EFE", "Con datos de EFE.", True, id="con_datos_de_efe"),
        pytest.param("EFE", "Informaci\u00f3n de la agencia EFE.", True, id="informacion_de"),
        pytest.param(
            "EFE", "Por: Redacci\u00f3n con informaci\u00f3n de EFE", True, id="newsroom_byline"
        ),
        pytest.param(
            "EFE", "Con informaci\u00f3n de la agencia Europa Press.", False, id="another_wire"
        ),
        pytest.param(
            "El Universal", "Con informaci\u00f3n de El Universal.", True, id="a_papers_name"
        ),
        pytest.param("El Universal", "Fuente: El Universal", True, id="fuente_a_paper"),
        pytest.param("El Universal", "Con datos de la Fiscal\u00eda.", False, id="another_source"),
    ],
)
def test_a_spanish_credit_line_discloses_its_origin(
    source: str, line: str, disclosed: bool
) -> None:
    """A Spanish paper credits a wire's or another paper's text by a closing line of "Con
    informaci\u00f3n de", "Con datos de", "Informaci\u00f3n de" or "Fuente:" and its name, a wire's
    perhaps after "la agencia", or by the wire's name after "Agencia" alone, or under its
    newsroom's byline ("Por: Redacci\u00f3n con informaci\u00f3n de EFE"); another wire or source
    discloses nothing."""
    copy = side(document(f"{CULIACAN}\n{line}", "copy", "Diario del Norte"))
    assert discloses(copy, side(document(CULIACAN, "origin", source))) is disclosed


# A Russian paper's report of a bridge closed for repairs, and a Chinese agency's of a county's
# flood with the Traditional script's first sentence of it, as copies in those languages take them.
KEDROVSK = (
    "Мост через реку Кедровку в Кедровске закроют на ремонт с 1 апреля.\n"
    "Объезд организуют по улице Лесной, сообщили в мэрии."
)
QINGHE = "青河县14日发生洪水，约1200名居民被转移。\n县应急管理局表示，暂无人员伤亡。"
QINGHE_TRADITIONAL = "青河縣14日發生洪水，約1200名居民被轉移。"
KURIER = "Северный курьер"


@pytest.mark.parametrize(
    ("story", "source", "copy_text", "disclosed"),
    [
        pytest.param(KEDROVSK, "ТАСС", f"{KEDROVSK}\nОб этом сообщает ТАСС.", True, id="ob_etom"),
        pytest.param(
            KEDROVSK,
            KURIER,
            f"{KEDROVSK}\nРемонт продлится полгода, сообщает агентство Северный курьер.",
            True,
            id="soobshchaet_agentstvo",
        ),
        pytest.param(
            KEDROVSK,
            KURIER,
            f"{KEDROVSK}\nРемонт продлится полгода, передает Северный курьер со ссылкой на мэрию.",
            True,
            id="peredaet_so_ssylkoy",
        ),
        pytest.param(
            KEDROVSK,
            KURIER,
            f"{KEDROVSK}\nКак напоминает Северный курьер, мост строили в 1970-х.",
            True,
            id="kak_napominaet",
        ),
        pytest.param(KEDROVSK, KURIER, f"{KEDROVSK}\nИсточник: {KURIER}", True, id="istochnik"),
        pytest.param(
            KEDROVSK,
            "ТАСС",
            f"{KEDROVSK}\nОб этом сообщает пресс-служба мэрии.",
            False,
            id="office",
        ),
        pytest.param(
            KEDROVSK, "ТАСС", f"{KEDROVSK}\nИсточник: мэрия Кедровска", False, id="town_hall"
        ),
        pytest.param(
            QINGHE, "新华社", f"新華社青河3月14日電 {QINGHE_TRADITIONAL}", True, id="dian_dateline"
        ),
        pytest.param(
            QINGHE,
            "新华社",
            f"據新華社報導，{QINGHE_TRADITIONAL}",
            True,
            id="ju_baodao_traditional",
        ),
        pytest.param(QINGHE, "新华社", f"{QINGHE}\n（据新华社报道）", True, id="ju_baodao_closing"),
        pytest.param(QINGHE, "新华社", f"据当地媒体报道，{QINGHE}", False, id="local_media"),
        pytest.param(QINGHE, "新华社", f"据路透社报道，{QINGHE}", False, id="another_wire"),
        pytest.param(
            f"华夏社青河3月14日电 {QINGHE}",
            "华夏通讯社",
            f"{QINGHE}\n（据华夏社报道）",
            True,
            id="an_agency_no_list_knows_by_its_datelines_name",
        ),
        pytest.param(
            f"华夏社青河3月14日电 {QINGHE}",
            "华夏通讯社",
            f"華夏社青河3月14日電 {QINGHE_TRADITIONAL}",
            True,
            id="its_datelines_name_kept_in_traditional",
        ),
        pytest.param(
            f"华夏社青河3月14日电 {QINGHE}",
            "华夏通讯社",
            f"據華夏社報導，{QINGHE_TRADITIONAL}",
            True,
            id="its_datelines_name_credited_in_traditional",
        ),
    ],
)
def test_a_russian_or_chinese_credit_discloses_its_origin(
    story: str, source: str, copy_text: str, disclosed: bool
) -> None:
    """A Russian paper credits a wire's or another paper's text by a closing "Об этом сообщает"
    and the wire's name, by "сообщает (агентство)", "передает", "как напоминает" or "со ссылкой
    на" before the outlet's name, or by "Источник:" and the outlet's name, a masthead with its
    first word alone capitalised; a Chinese paper an agency's by keeping its dateline, in either
    script ("新華社…電"), or by "according to its report" (据…报道, Traditional 據…報導), opening
    its lede or in brackets closing the text; an agency no list knows by the name its dateline
    gives, in either script ("華夏社" for "华夏社"). A press office, the town hall, local media or
    another wire credited so discloses nothing."""
    copy = side(document(copy_text, "copy", "Вечерний Кедровск"))
    assert discloses(copy, side(document(story, "origin", source))) is disclosed


def test_a_source_is_sought_in_credit_lines_only_where_one_holds_its_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A copy's credit lines that hold none of a source's names are not searched with its
    compiled pattern: in a story that hundreds of outlets print each outlet meets every other,
    and compiling every outlet's pattern took seconds."""
    sought_in_credits = []
    compiled = disclosure._source_pattern

    def recording(source: str, case_sensitive: bool = False, file_name: bool = False) -> Any:
        sought_in_credits.append(case_sensitive)
        return compiled(source, case_sensitive, file_name)

    monkeypatch.setattr(disclosure, "_source_pattern", recording)
    line = "Reporting by Dana Moss; editing by Tom Reed."
    copy = side(document(f"{STORY}\n{line}", "copy", "Harbour Post"))
    assert copy.credit_lines == (line,)
    assert not discloses(copy, origin_of("Valley Times"))
    assert True not in sought_in_credits


# A police force's release of our own, as its site publishes it, and its sentences by number.
APPEAL = [
    "Two men have been charged after a series of burglaries at pharmacies in Kestrel Bridge.",
    "Both were remanded in custody and will appear at Kestrel Magistrates' Court on Friday.",
    "Anyone with information is asked to call Kestrel Police on 101.",
]
RELEASE = side(
    document(
        "\n\n".join([*APPEAL, "Notes to editors: Images are available on request."]),
        "release",
        "Kestrel Police",
    )
)


@pytest.mark.parametrize(
    ("copy", "taken", "disclosed"),
    [
        pytest.param(APPEAL, {0: 0, 1: 1, 2: 2}, False, id="pasted_whole"),
        pytest.param(
            [
                "Two men have been charged after a series of burglaries at Kestrel Bridge "
                "pharmacies, police said in a statement.",
                *APPEAL[1:],
            ],
            {0: 0, 1: 1, 2: 2},
            True,
            id="lede_says_it_is_a_statement",
        ),
        pytest.param(
            [
                *APPEAL[:2],
                "Kestrel Police said the investigation into a third break-in was continuing.",
            ],
            {0: 0, 1: 1},
            True,
            id="own_sentence_says_the_police_said_it",
        ),
        pytest.param(
            [*APPEAL[:2], "According to a press release, the men were arrested on Tuesday."],
            {0: 0, 1: 1},
            True,
            id="according_to_a_press_release",
        ),
        pytest.param(
            [*APPEAL[:2], "Pharmacists said the break-ins had gone on for weeks."],
            {0: 0, 1: 1},
            False,
            id="own_sentence_quotes_someone_else",
        ),
        pytest.param(
            [*APPEAL, "Materials provided by Kestrel Police."],
            {0: 0, 1: 1, 2: 2},
            True,
            id="credit_line_names_the_issuer",
        ),
    ],
)
def test_a_copy_discloses_a_press_release_in_its_own_words(
    copy: list[str], taken: dict[int, int], disclosed: bool
) -> None:
    """A copy of a press release discloses it by a credit line naming the issuer, or, in words
    of its own (not in the sentences it took, as the release wrote them), by saying its text is
    a statement's or a release's or naming the issuer as the one who said it. The issuer's name
    inside a pasted appeal ("call Kestrel Police on 101") discloses nothing."""
    user = side(document("\n\n".join(copy), "copy", "Kestrel Gazette"))
    aligned = {mine: APPEAL[theirs] for mine, theirs in taken.items()}
    assert discloses(user, RELEASE, aligned) is disclosed


@pytest.mark.parametrize(
    ("own", "at", "how"),
    [
        pytest.param(
            "According to a press release, the men were arrested on Tuesday.",
            3,
            CreditKind.RELEASE_NAMED,
            id="a_release_named",
        ),
        pytest.param(
            "This story was adapted from a news release.",
            3,
            CreditKind.RELEASE_NAMED,
            id="adapted_from_a_news_release",
        ),
        pytest.param(
            "This article is based on a press release from the force.",
            3,
            CreditKind.RELEASE_NAMED,
            id="based_on_a_press_release",
        ),
        pytest.param(
            "The force said a third man had been released without charge.",
            3,
            CreditKind.ISSUER_SPEAKS,
            id="the_force_said",
        ),
        pytest.param(
            "Kestrel Police has now closed the investigation.",
            3,
            CreditKind.ISSUER_NAMED,
            id="the_issuer_only_named",
        ),
        pytest.param(
            "Materials provided by Kestrel Police.", 3, CreditKind.CREDIT_LINE, id="credit_line"
        ),
    ],
)
def test_where_and_how_a_copy_discloses_a_press_release(own: str, at: int, how: CreditKind) -> None:
    """Where a copy of a press release discloses it is the sentence of its own that says so,
    with how it does: a credit line, the statement or release named, the issuer cited as the
    speaker, or the issuer only named."""
    user = side(document("\n\n".join([*APPEAL, own]), "copy", "Kestrel Gazette"))
    aligned = dict(enumerate(APPEAL))
    sentence, kind, link = disclosure.where_credited(user, RELEASE, aligned)
    assert (sentence.index if sentence else None, kind, link) == (at, how, None)


ABOUT_THE_FORCE = [
    "About Kestrel Police",
    "Kestrel Police serves 400,000 people across the Kestrel valley from six stations.",
]
RELEASE_WITH_ABOUT = side(
    document(
        "\n\n".join(
            [*APPEAL, *ABOUT_THE_FORCE, "Notes to editors: Images are available on request."]
        ),
        "release",
        "Kestrel Police",
    )
)


@pytest.mark.parametrize(
    ("own", "disclosed"),
    [
        pytest.param(ABOUT_THE_FORCE[0], False, id="the_releases_about_heading_reprinted"),
        pytest.param("About the burglaries", False, id="a_heading_of_its_own_naming_no_one"),
        pytest.param(
            "Kestrel Police has now closed the investigation.", True, id="the_issuer_named_anew"
        ),
    ],
)
def test_a_line_reprinted_from_the_releases_boilerplate_discloses_nothing(
    own: str, disclosed: bool
) -> None:
    """An aggregator that pastes a release with its "About Kestrel Police" heading names the
    issuer in the release's boilerplate, not in words of its own: no disclosure; a sentence of
    its own that names the issuer still is one."""
    user = side(document("\n\n".join([*APPEAL, own]), "copy", "Science Wire Digest"))
    assert RELEASE_WITH_ABOUT.released
    assert discloses(user, RELEASE_WITH_ABOUT, dict(enumerate(APPEAL))) is disclosed


def test_a_copy_that_names_the_issuer_and_later_cites_it_is_credited_where_it_cites_it() -> None:
    """A copy that names the issuer as its news first ("Kestrel Police have charged ...") and
    cites it as the speaker further on is credited where it cites it: the issuer only named says
    least."""
    copy = [
        "Kestrel Police have charged two men over a series of pharmacy burglaries.",
        *APPEAL[1:],
        "Police said the stolen medicines had not been recovered.",
    ]
    user = side(document("\n\n".join(copy), "copy", "Kestrel Gazette"))
    sentence, kind, _ = disclosure.where_credited(user, RELEASE, {1: APPEAL[1], 2: APPEAL[2]})
    assert (sentence.index if sentence else None, kind) == (3, CreditKind.ISSUER_SPEAKS)


@pytest.mark.parametrize(
    ("own", "disclosed"),
    [
        pytest.param(
            "Residents in Kestrel said they were relieved.", False, id="residents_in_the_town"
        ),
        pytest.param(
            "Residents of east Kestrel said they slept easier.", False, id="residents_of_part_of_it"
        ),
        pytest.param("Residents said they were relieved.", False, id="residents_alone"),
        pytest.param("Kestrel Police said the inquiry was closed.", True, id="the_issuer_in_full"),
        pytest.param("Police said the inquiry was closed.", True, id="its_body"),
        pytest.param("The force said the inquiry was closed.", True, id="the_force"),
        pytest.param("The university said the study was closed.", False, id="another_kind_of_body"),
        pytest.param("The utility said supplies were safe.", False, id="a_utility_for_the_police"),
    ],
)
def test_a_place_that_opens_the_issuers_name_credits_no_one(own: str, disclosed: bool) -> None:
    """Of an issuer whose name tells its kind (Kestrel Police), the place its name opens with
    ("Kestrel") says nothing of the issuer: "Residents in Kestrel said ..." credits no one. Its
    whole name, or a word for its kind of body ("police", "the force"), as the speaker does; a
    word for another kind ("the university") does not."""
    user = side(document("\n\n".join([own, *APPEAL]), "copy", "Kestrel Gazette"))
    aligned = {n + 1: text for n, text in enumerate(APPEAL)}
    assert discloses(user, RELEASE, aligned) is disclosed


WATER_NOTICE = [
    "The boil water notice for 6,000 homes in Millbrook has been lifted.",
    "Tests at the Ashby reservoir have come back clear three times since Friday.",
]


@pytest.mark.parametrize(
    ("issuer", "said", "disclosed"),
    [
        pytest.param(
            "Millbrook Water", "the utility said", True, id="the_utility_of_a_water_company"
        ),
        pytest.param(
            "Millbrook Water", "the company said", True, id="the_company_of_a_water_company"
        ),
        pytest.param("Millbrook Water", "Millbrook said", False, id="the_town_of_a_water_company"),
        pytest.param("Millbrook Water", "the council said", False, id="a_council_for_a_utility"),
        pytest.param(
            "Millbrook City Council", "the utility said", False, id="a_utility_for_a_council"
        ),
        pytest.param("Millbrook City Council", "the council said", True, id="the_council"),
        pytest.param("Ashby Robotics", "Ashby said", True, id="a_companys_first_name"),
        pytest.param(
            "Ashby Robotics",
            "Ashby Robotics plc said",
            True,
            id="a_companys_name_with_its_legal_form",
        ),
        pytest.param(
            "Millbrook Energy Partners", "the partnership said", True, id="the_partnership"
        ),
        pytest.param(
            "Millbrook City Council",
            "the partnership said",
            False,
            id="a_partnership_for_a_council",
        ),
        pytest.param("Ashby Rovers FC", "the club said", True, id="the_club_of_a_football_club"),
        pytest.param("Millbrook City Council", "the club said", False, id="a_club_for_a_council"),
        pytest.param(
            "Ashby Foods Ltd", "the manufacturer has said", True, id="the_manufacturer_has_said"
        ),
        pytest.param("Ashby Foods Ltd", "the company said", True, id="the_company_of_a_maker"),
        pytest.param(
            "Millbrook Water", "the manufacturer said", False, id="a_manufacturer_for_a_utility"
        ),
        pytest.param(
            "Ministry of Rail and Roads",
            "ministers have announced",
            True,
            id="ministers_of_a_ministry",
        ),
        pytest.param(
            "Ministry of Rail and Roads", "the department said", True, id="a_ministrys_department"
        ),
        pytest.param(
            "Millbrook City Council",
            "ministers have announced",
            False,
            id="ministers_for_a_council",
        ),
        pytest.param(
            "University of Ashby",
            "according to research from the University of Ashby",
            True,
            id="research_from_the_issuer",
        ),
        pytest.param(
            "University of Ashby",
            "according to research from Millbrook College",
            False,
            id="research_from_another_body",
        ),
    ],
)
def test_a_word_for_the_issuers_kind_of_body_discloses_its_release(
    issuer: str, said: str, disclosed: bool
) -> None:
    """A copy cites the issuer as the speaker, a credit of its release, by a word for its kind of body, as the issuer's
    name tells it ("the utility said" of Millbrook Water's release, "the partnership said" of
    an energy partnership's), not another kind's; a company's name, which tells no kind, by its
    first word too ("Ashby said"), and by its name with a legal form the release left out
    ("Ashby Robotics plc said": retest of acceptance 32, R3). A football club is "the club", a
    maker of goods "the manufacturer", a ministry "ministers" or "the department", and research
    from the issuer is its release's (acceptance 33, b2)."""
    release = side(
        document("\n\n".join([*WATER_NOTICE, "Notes to editors: Images on request."]), "r", issuer)
    )
    user = side(
        document("\n\n".join([*WATER_NOTICE, f"Supplies are safe, {said}."]), "copy", "Courier")
    )
    _, kind, _ = where_credited(user, release, dict(enumerate(WATER_NOTICE)))
    assert (kind is CreditKind.ISSUER_SPEAKS) is disclosed


# A university's release of a study of our own, its lede first.
STUDY_RELEASE = [
    "Babies who live near a busy road are 18% more likely to develop asthma before they start "
    "school, according to a study led by researchers at Ashcombe University.",
    "The study followed 52,418 children in the Elmbridge Birth Cohort for eight years.",
]


@pytest.mark.parametrize(
    ("lede", "disclosed"),
    [
        pytest.param(STUDY_RELEASE[0], False, id="the_releases_attribution_kept"),
        pytest.param(
            "Babies who live near a busy road are 18% more likely to develop asthma before they "
            "start school, researchers at Ashcombe University reported in the Journal of "
            "Paediatric Epidemiology.",
            True,
            id="researchers_at_the_issuer_reported",
        ),
        pytest.param(
            "Babies who live near a busy road are 18% more likely to develop asthma before they "
            "start school, according to a huge study by Ashcombe University.",
            True,
            id="according_to_a_huge_study_by_the_issuer",
        ),
    ],
)
def test_a_copy_that_attributes_the_study_to_its_university_discloses_its_release(
    lede: str, disclosed: bool
) -> None:
    """A science desk attributes a study to the university whose release it rewrites, in its
    own words: "researchers at Ashcombe University reported in the Journal of ...", "according
    to a huge study by Ashcombe University". Each cites the issuer as the speaker, a credit of
    its release; the release's own "according to a study led by researchers at Ashcombe
    University", kept, is none (acceptance 35, a6: a wire that named the university and the
    journal was as uncredited as a pasted release)."""
    release = side(
        document(
            "\n\n".join([*STUDY_RELEASE, "Notes to editors: Images on request."]),
            "release",
            "Ashcombe University",
        )
    )
    user = side(document("\n\n".join([lede, STUDY_RELEASE[1]]), "copy", "Northgate News"))
    _, kind, _ = where_credited(user, release, dict(enumerate(STUDY_RELEASE)))
    assert (kind is CreditKind.ISSUER_SPEAKS) is disclosed


# State outlets' stories that name the outlet, or the agency of their dateline, in their own
# sentences, as their sites publish them.
EXPOSE = [
    "Leaked documents obtained by Meridian Today show that the ministry paid 40 contractors to "
    "build the border fence.",
    "Experts interviewed by Meridian Today said the papers were authentic.",
]
RIOTS = [
    "VELMAR, March 18 (CNA) - Several thousand rioters clashed with police in the centre of "
    "Velmar on Tuesday.",
    "Western diplomats were seen near the protest site, CNA's correspondent reported.",
]
ORIGINS = {
    "Meridian Today": (EXPOSE, side(document("\n\n".join(EXPOSE), "expose", "Meridian Today"))),
    "Continental News Agency": (
        RIOTS,
        side(document("\n\n".join(RIOTS), "riots", "Continental News Agency")),
    ),
}
UNDATED_RIOT = RIOTS[0].split(" - ", 1)[1]


@pytest.mark.parametrize(
    ("source", "copy", "taken", "disclosed"),
    [
        pytest.param(
            "Meridian Today", EXPOSE, {0: 0, 1: 1}, False, id="pasted_with_its_self_references"
        ),
        pytest.param(
            "Continental News Agency",
            [UNDATED_RIOT, RIOTS[1]],
            {0: 0, 1: 1},
            False,
            id="pasted_with_its_correspondent_named",
        ),
        pytest.param(
            "Meridian Today",
            [
                "Leaked documents show that the ministry paid 40 contractors to build the border "
                "fence, according to Meridian Today.",
                EXPOSE[1],
            ],
            {0: 0, 1: 1},
            True,
            id="lede_rewritten_to_cite_it",
        ),
        pytest.param(
            "Continental News Agency",
            [UNDATED_RIOT, "Diplomats were seen near the protest site, according to CNA."],
            {0: 0, 1: 1},
            True,
            id="attribution_rewritten_to_cite_it",
        ),
        pytest.param(
            "Meridian Today",
            [EXPOSE[0], "Meridian Today first reported the payments."],
            {0: 0},
            True,
            id="own_sentence_names_it",
        ),
        pytest.param(
            "Continental News Agency",
            [UNDATED_RIOT, RIOTS[1]],
            {},
            True,
            id="nothing_known_as_taken",
        ),
    ],
)
def test_a_copy_credits_a_news_story_only_in_its_own_words(
    source: str, copy: list[str], taken: dict[int, int], disclosed: bool
) -> None:
    """A copy credits a news story's outlet by naming it in its own words, not in the sentences
    it pasted, where the story named itself ("obtained by Meridian Today") or the agency of its
    dateline ("CNA's correspondent reported"): those say nothing of where the copy's text came
    from. With nothing known of what it took, every name counts."""
    sentences, origin = ORIGINS[source]
    user = side(document("\n\n".join(copy), "copy", "Heartland Sentinel"))
    aligned = {mine: sentences[theirs] for mine, theirs in taken.items()}
    assert discloses(user, origin, aligned) is disclosed


LEDGER = (
    "The county water authority knew for more than a year that tap water in 412 Eastmoor homes "
    "exceeded the federal lead limit, according to internal records obtained by The Ledger Line.",
    "Emails reviewed by The Ledger Line show that the deputy director kept the results from the "
    "board until a corrosion plan was funded.",
    "The authority's slow testing was first reported by The Ledger Line in 2023.",
)
LEDGER_URL = "https://www.ledgerline.org/2025/03/03/eastmoor-lead-records"
# The lede as a copy rewords it, without the origin's name.
LEDE = (
    "The county water authority knew for over a year that tap water in 412 Eastmoor homes "
    "exceeded the federal lead limit but did not tell residents"
)


def ledger_and_copy(
    copy: list[str], taken: dict[int, int], links: tuple[str, ...] = ()
) -> tuple[Side, Side, dict[int, str]]:
    """The Ledger Line's story, a TV station's copy of it linking to ``links``, and what the
    copy's sentences took from the story's (``taken``: the number of each copy's sentence, the
    story's it is aligned with)."""
    ledger = document("\n\n".join(LEDGER), "ledger", "The Ledger Line", url=LEDGER_URL)
    station = document("\n\n".join(copy), "khrl", "KHRL News 7", url="https://khrl7.com/news/lead")
    aligned = {mine: LEDGER[theirs] for mine, theirs in taken.items()}
    return side(replace(station, links=links)), side(ledger), aligned


@pytest.mark.parametrize(
    ("copy", "taken", "disclosed"),
    [
        pytest.param(
            [f"{LEDE}, as first reported by The Ledger Line."],
            {0: 0},
            True,
            id="as_first_reported_by_in_an_aligned_lede",
        ),
        pytest.param(
            [f"{LEDE}, according to a report last week by the nonprofit site Ledger Line."],
            {0: 0},
            True,
            id="according_to_a_report_by_its_name_without_the",
        ),
        pytest.param(
            [f"{LEDE}.", "The findings were first reported last week by the newsroom Ledger Line."],
            {0: 0},
            True,
            id="first_reported_by_in_its_own_sentence",
        ),
        pytest.param(
            [f"{LEDE}.", "The findings were first reported last week by LedgerLine.org."],
            {0: 0},
            True,
            id="first_reported_by_its_domain",
        ),
        pytest.param(
            [f"{LEDE}, according to reporting by LedgerLine."], {0: 0}, True, id="joined_name"
        ),
        pytest.param([f"{LEDE}.", LEDGER[1]], {0: 0, 1: 1}, False, id="pasted_self_reference"),
        pytest.param(
            [f"{LEDE}.", LEDGER[2]], {0: 0, 1: 2}, False, id="pasted_credit_phrase_of_its_own"
        ),
        pytest.param(
            [f"{LEDE}.", "Ledger Line staff were turned away from the meeting."],
            {0: 0},
            False,
            id="name_without_the_and_no_credit_phrase",
        ),
        pytest.param(
            [f"{LEDE}, as first reported by the Valley Times."],
            {0: 0},
            False,
            id="credit_phrase_for_another_outlet",
        ),
    ],
)
def test_a_copy_credits_its_origin_by_a_credit_phrase(
    copy: list[str], taken: dict[int, int], disclosed: bool
) -> None:
    """A credit's phrase ("as first reported by", "according to a report by") names the origin's
    outlet with or without "The", by its site's domain or its words run together, and credits it
    even in a sentence the copy aligned with one where the origin named itself ("obtained by The
    Ledger Line"); a self-reference or a credit the copy pasted is none, nor a loose form of the
    name said without such a phrase."""
    user, origin, aligned = ledger_and_copy(copy, taken)
    assert discloses(user, origin, aligned) is disclosed


def test_the_credit_phrase_pattern_is_built_once_and_only_for_a_text_naming_the_outlet() -> None:
    """A credit's phrase pattern, a large one, is compiled once for an outlet a copy names, and
    not at all for one no copy names (in any form, by its site or its handle)."""
    silent, origin, aligned = ledger_and_copy([f"{LEDE}, officials said."], {0: 0})
    crediting, _, _ = ledger_and_copy([f"{LEDE}, as first reported by The Ledger Line."], {0: 0})
    disclosure._credit_pattern.cache_clear()
    assert not list(disclosure._credit_phrases(silent, origin, aligned))
    assert disclosure._credit_pattern.cache_info().misses == 0
    for _ in range(2):
        assert next(disclosure._credit_phrases(crediting, origin, aligned)).group() == (
            "reported by The Ledger Line"
        )
    assert disclosure._credit_pattern.cache_info().misses == 1


def test_a_text_naming_no_form_of_the_outlet_is_searched_with_none_of_its_patterns() -> None:
    """A copy whose letters hold none of an outlet's names, site or handle is not searched for
    them: neither the outlet's name pattern, its source's nor its site's in words is compiled."""
    silent, origin, aligned = ledger_and_copy([f"{LEDE}, officials said."], {0: 0})
    patterns = (disclosure._name_pattern, disclosure._source_pattern, disclosure._spelled_site)
    for pattern in patterns:
        pattern.cache_clear()
    assert not names_outlet(silent, origin, aligned)
    assert [pattern.cache_info().currsize for pattern in patterns] == [0, 0, 0]


@pytest.mark.parametrize(
    ("source", "url", "said"),
    [
        pytest.param("The Ledger Line", LEDGER_URL, "The Ledger Line reported it.", id="plain"),
        pytest.param(
            "The Ledger Line",
            LEDGER_URL,
            "It was first reported by The Ledger Line's data team.",
            id="possessive",
        ),
        pytest.param("Al-Monitor", None, "The talks stalled, Al-Monitor reported.", id="hyphen"),
        pytest.param(
            "RG Online",
            "https://rivertongazette.com/flood",
            "The closures were first published by the Riverton Gazette.",
            id="site_spelled_in_words",
        ),
        pytest.param(
            "The Ledger Line", LEDGER_URL, "Officials confirmed it. h/t @LedgerLine", id="handle"
        ),
        pytest.param(
            "\u0420\u0418\u0410 \u041d\u043e\u0432\u043e\u0441\u0442\u0438",
            None,
            "\u0412\u043e\u0434\u0430 \u043f\u043e\u0434\u043d\u044f\u043b\u0430\u0441\u044c."
            "\n(\u0420\u0418\u0410 \u041d\u041e\u0412\u041e\u0421\u0422\u0418)",
            id="cyrillic_in_capitals",
        ),
        pytest.param(
            "\u0631\u0648\u0632\u0646\u0627\u0645\u06c1 \u062c\u0646\u06af",
            None,
            "\u067e\u0627\u0646\u06cc \u0628\u0691\u06be \u06af\u06cc\u0627\u06d4"
            "\n(\u0631\u0648\u0632\u0646\u0627\u0645\u06c1 \u062c\u0646\u06af)",
            id="urdu",
        ),
        pytest.param(
            "Kirikkale Haber",
            None,
            "The river rose, K\u0131r\u0131kkale Haber reported.",
            id="dotless_i_found_in_any_case_as_i",
        ),
        pytest.param(
            "papers/valley_courier/flood",
            None,
            "The river peaked, the Valley Courier reported.",
            id="outlet_folder_in_words",
        ),
    ],
)
def test_an_outlet_named_in_any_form_passes_the_letters_check(
    source: str, url: str | None, said: str
) -> None:
    """A copy naming the origin's outlet as a pattern finds it (its possessive, hyphened, its
    site in words, its handle, another script, in other case, a dotless i that a pattern in any
    case reads as "i", its folder in words) still names it once its letters are checked first."""
    origin = document(STORY, "origin", source, **({"url": url} if url else {}))
    if "/" in source:
        origin = replace(origin, path=f"{source}.txt", source_from_path=True)
    copy = side(document(f"{STORY}\n{said}", "copy", "Harbour Post"))
    assert names_outlet(copy, side(origin), {})


@pytest.mark.parametrize(
    "said",
    [
        pytest.param("The Ledger Line declined to comment on its sources.", id="declined"),
        pytest.param(
            "A Ledger Line spokesperson said the records came from a former employee.",
            id="its_spokesperson",
        ),
        pytest.param(
            "A spokesperson for The Ledger Line said the records were authentic.",
            id="a_spokesperson_for_it",
        ),
        pytest.param(
            "The Ledger Line said it would publish the test results in full.", id="it_said"
        ),
        pytest.param(
            "The deputy director has since blocked The Ledger Line on social media.",
            id="an_object_of_the_story",
        ),
        pytest.param("@ledgerline posted the records on Monday.", id="its_handle_alone"),
    ],
)
def test_a_mention_of_the_origins_outlet_in_the_copys_own_words_is_no_credit(said: str) -> None:
    """A copy that names the origin's outlet in its own words, but not as its source (no credit
    phrase, no source cue, no outlet's verb: "declined to comment", "a spokesperson said"),
    mentions it as news does and credits nothing."""
    user, origin, aligned = ledger_and_copy([f"{LEDE}.", said], {0: 0})
    assert not discloses(user, origin, aligned)
    assert not disclosure.names_outlet(user, origin, aligned)


@pytest.mark.parametrize(
    ("said", "disclosed"),
    [
        pytest.param("h/t @ledgerline", True, id="hat_tip_line"),
        pytest.param("via @LedgerLine", True, id="via_line_in_its_case"),
        pytest.param(
            "The records were posted online on Monday (h/t @ledgerline).",
            True,
            id="hat_tip_in_a_sentence",
        ),
        pytest.param(
            "The records were first published by @ledgerline on Monday.",
            True,
            id="credit_phrase_before_it",
        ),
        pytest.param(
            "The records came to light last week, according to @ledgerline.",
            True,
            id="source_cue_before_it",
        ),
        pytest.param("h/t @ledgerlinefans", False, id="a_longer_handle"),
        pytest.param("h/t @valleytimes", False, id="another_handle"),
    ],
)
def test_a_handle_in_a_credit_credits_its_outlet(said: str, disclosed: bool) -> None:
    """An outlet's handle (its name run together, or its site's name: "@ledgerline" for The
    Ledger Line at ledgerline.org) after a credit line's lead, a source cue or a credit's
    phrase credits it, with no dateline of the origin's to name it; another handle, or one
    that goes on, does not."""
    user, origin, aligned = ledger_and_copy([f"{LEDE}.", said], {0: 0})
    assert discloses(user, origin, aligned) is disclosed
    sentence, _, _ = disclosure.where_credited(user, origin, aligned)
    assert (sentence.text if sentence else None) == (said if disclosed else None)


@pytest.mark.parametrize(
    ("source", "host", "handle"),
    [
        pytest.param("The Ledger Line", "ledgerline.org", "@ledgerline", id="its_domain"),
        pytest.param("Sky News", "news.sky.com", "@sky", id="a_section_before_it"),
        pytest.param("CNN", "edition.cnn.com", "@cnn", id="an_edition_before_it"),
        pytest.param("BBC News", "bbc.co.uk", "@bbc", id="a_countrys_second_level_ending"),
    ],
)
def test_an_outlets_handle_is_its_sites_name_not_a_sections(
    source: str, host: str, handle: str
) -> None:
    """The handle a site gives its outlet is the name before its domain's ending: "via @news"
    credits no one of news.sky.com, which many outlets' sections share."""
    _, handles = disclosure._credited_forms(source, host, None)
    assert handle in handles
    assert not {"@news", "@edition", "@co"} & set(handles)


@pytest.mark.parametrize(
    ("links", "disclosed"),
    [
        pytest.param((LEDGER_URL.replace("www.", ""),), True, id="to_the_origins_site"),
        pytest.param(("https://www.epa.gov/lead",), False, id="to_another_site"),
        pytest.param((), False, id="none"),
    ],
)
def test_a_copy_credits_its_origin_by_a_link(links: tuple[str, ...], disclosed: bool) -> None:
    """A link of the copy's text to the origin's site credits it, whatever its words say ("a
    nonprofit newsroom reported"); a link elsewhere credits no one."""
    user, origin, aligned = ledger_and_copy(
        [f"{LEDE}, a nonprofit newsroom reported last week."], {0: 0}, links
    )
    assert discloses(user, origin, aligned) is disclosed
    link = links[0] if disclosed else None
    kind = CreditKind.LINK if disclosed else None
    assert disclosure.where_credited(user, origin, aligned) == (None, kind, link)


@pytest.mark.parametrize(
    ("links", "disclosed"),
    [
        pytest.param(("https://t.me/ledgerline/4512",), True, id="to_the_origins_post"),
        pytest.param(("https://t.me/ledgerline/4512/?single",), True, id="to_it_with_a_query"),
        pytest.param(("https://t.me/harlowcouncil/88",), False, id="to_another_channels_post"),
        pytest.param(("https://m.t.me/harlowcouncil/88",), False, id="to_it_on_the_mobile_site"),
    ],
)
def test_a_link_to_a_site_where_many_post_credits_only_the_origins_own_post(
    links: tuple[str, ...], disclosed: bool
) -> None:
    """An origin posted on a site where many outlets post (a Telegram channel) is credited by a
    link to its own post; a link to another channel's post on that site credits no one."""
    user, origin, aligned = ledger_and_copy(
        [f"{LEDE}, a nonprofit newsroom reported last week."], {0: 0}, links
    )
    origin = replace(origin, document=replace(origin.document, url="https://t.me/ledgerline/4512"))
    assert discloses(user, origin, aligned) is disclosed


def test_where_a_copy_credits_its_origin_is_its_first_crediting_sentence() -> None:
    """Where a copy credits its origin is its first sentence that does, a credit phrase in its
    lede before the credit line that closes it."""
    user, origin, aligned = ledger_and_copy(
        [
            f"{LEDE}, as first reported by The Ledger Line.",
            "The authority did not respond to requests for comment.",
            "The Ledger Line contributed to this report.",
        ],
        {0: 0},
    )
    sentence, kind, link = disclosure.where_credited(user, origin, aligned)
    assert sentence is not None
    assert (sentence.index, sentence.text, kind, link) == (
        0,
        f"{LEDE}, as first reported by The Ledger Line.",
        CreditKind.CREDIT_PHRASE,
        None,
    )


@pytest.mark.parametrize(
    ("said", "disclosed"),
    [
        pytest.param("The shelters stayed full, according to Reuters.", True, id="according_to"),
        pytest.param("Reuters reported that the shelters stayed full.", True, id="reported"),
        pytest.param(
            "Reuters could not independently verify the toll.", False, id="a_mention_of_it"
        ),
    ],
)
def test_the_wire_of_the_origins_dateline_is_credited_where_cited(
    said: str, disclosed: bool
) -> None:
    """A copy of a paper's text filed "TARROW (Reuters) -" credits the wire where it cites it,
    not where it mentions it."""
    origin = side(document(f"TARROW (Reuters) - {STORY}", "origin", "Valley Times"))
    copy = side(document(f"{STORY}\n{said}", "copy", "Harbour Post"))
    assert discloses(copy, origin) is disclosed


def test_a_dateline_of_ones_own_outlet_credits_no_one() -> None:
    """A client keeps the agency's dateline "TARROW, May 6 (Harborline) -": the client credits
    the agency, and the agency's own story, signed so, credits no client that kept it."""
    dated = f"TARROW, May 6 (Harborline) - {STORY}"
    agency = side(document(dated, "agency", "Harborline News Agency"))
    client = side(document(dated, "client", "Valley Post"))
    assert (discloses(client, agency), discloses(agency, client)) == (True, False)


WALKOUT = (
    "Bus drivers in Lindor walked out on Friday in a dispute over pay, leaving about 90,000 "
    "daily riders without service.\n\n"
    "The drivers' union said talks with the transit board had broken down on Thursday night.\n\n"
    '"We have been patient for two years," union leader Mara Quist said.\n\n'
    "The transit board said the strike was unnecessary and urged the union to return to talks."
)


def papers_keeping_a_dateline(initials: str, wire: str | None) -> Result:
    """Two papers that print a wire's story as filed, "LINDOR, May 9 (``initials``) -", one of
    them ending "Reporting by ``wire``"; and, when ``wire`` is given, the wire's own copy,
    published first."""
    filed = f"LINDOR, May 9 ({initials}) - {WALKOUT}"
    papers = [
        Document("herald", "Lindor Herald", filed, published_time="2026-05-09T09:00:00Z"),
        Document(
            "gazette",
            "Valley Gazette",
            f"{filed}\n\nReporting by {wire or initials}.",
            published_time="2026-05-09T10:00:00Z",
        ),
    ]
    own = [Document("wire", wire, filed, published_time="2026-05-09T07:00:00Z")] if wire else []
    return compare_documents([*own, *papers], single_story=True)


@pytest.mark.parametrize(
    ("wire", "initials", "credited"),
    [
        # Initials of the name's words are the name, credited once, of a brand glued to its
        # agency's word too.
        pytest.param(
            "Harbor Press Agency", "HPA", ("Harbor Press Agency",), id="initials_of_its_words"
        ),
        pytest.param(
            "Continental Newswire",
            "CNW",
            ("Continental Newswire",),
            id="initials_of_a_glued_brand",
        ),
    ],
)
def test_a_wires_own_dateline_credits_no_paper_and_its_copies_credit_only_the_wire(
    wire: str, initials: str, credited: tuple[str, ...]
) -> None:
    """A wire's "LINDOR, May 9 (CNW) -" signs its own copy ("CNW" of Continental Newswire, News
    and Wire glued): the wire credits no paper that kept it, only the name it signs with; each
    paper that keeps the dateline credits the wire, and neither credits the other paper, nor is
    listed as crediting it, for a dateline both keep names neither."""
    result = papers_keeping_a_dateline(initials, wire)
    crediting = {(p.a, p.b): [c.doc for c in p.credited_at] for p in result.pairs}
    assert crediting == {
        ("wire", "herald"): ["herald"],
        ("wire", "gazette"): ["gazette"],
        ("herald", "gazette"): [],
    }
    assert result.credits_of == {
        "wire": (initials,),
        "herald": credited,
        "gazette": credited,
    }
    assert not any(p.undisclosed_reuse for p in result.pairs)


def test_two_copies_that_keep_a_wires_dateline_disclose_it_but_credit_no_one_else() -> None:
    """Without the wire in the run, the later of two papers that keep its "(CNW)" says where its
    text came from, so its reuse is not flagged; but it credits the wire, not the earlier paper:
    their pair lists no credit, and neither paper's credits name the other."""
    result = papers_keeping_a_dateline("CNW", None)
    (pair,) = result.pairs
    assert (pair.undisclosed_reuse, pair.credited_at) == (False, ())
    assert (result.credits_of["herald"], result.credits_of["gazette"]) == (("CNW",), ("CNW",))


def test_one_agency_credited_in_two_languages_is_written_one_way_in_every_documents_credits() -> (
    None
):
    """A Portuguese paper's "Com informações da Agência Meridiana." and a Spanish one's "Con
    información de Agencia Meridiana." credit one agency, listed as its own articles name it,
    though neither paper's text is the agency's (no pair credits it)."""
    texts = {
        "agency": "El incendio de la sierra de Valdemora obligó el viernes a desalojar a 300 "
        "vecinos de dos pueblos.\n\nLos bomberos trabajaban de noche para frenar las llamas.",
        "porto": "A companhia aérea Condor anunciou na segunda-feira o despedimento de 400 "
        "trabalhadores no Porto.\n\nCom informações da Agência Meridiana.",
        "levante": "El ayuntamiento de Gandía aprobó el martes los presupuestos de 2027 con los "
        "votos del gobierno local.\n\nCon información de Agencia Meridiana.",
    }
    sources = {"agency": "Agencia Meridiana", "porto": "Jornal do Porto", "levante": "Levante"}
    result = compare_documents(
        [
            replace(Document(doc, sources[doc], text), credits=find_credits(text))
            for doc, text in texts.items()
        ],
        single_story=True,
    )
    assert (result.credits_of["porto"], result.credits_of["levante"]) == (
        ("Agencia Meridiana",),
        ("Agencia Meridiana",),
    )


BRIDGE = (
    "Flood waters from the swollen Tillamook River forced officials to close the Millbrook "
    "bridge on Monday, cutting the town's main link to the coast.\n\nCounty engineer Dana Reyes "
    "said inspectors found erosion around two of the bridge's concrete piers after the river rose "
    "nearly 4 feet overnight."
)


def test_one_wire_credited_by_its_name_its_initials_and_its_byline_is_one_credit() -> None:
    """An AP story signed "(AP)", a paper running it "By The Associated Press" and one ending
    it "(AP)" all credit one agency, written as the run's source names it, not "AP" beside
    "Associated Press"."""
    agency = f"MILLBROOK, Ore. (AP) \u2014 {BRIDGE}"
    herald = f"{BRIDGE} (AP)"
    result = compare_documents(
        [
            replace(Document("ap", "Associated Press", agency), credits=find_credits(agency)),
            replace(
                Document("gazette", "Coast Gazette", BRIDGE, author="The Associated Press"),
                credits=find_credits(BRIDGE, "The Associated Press"),
            ),
            replace(Document("herald", "Valley Herald", herald), credits=find_credits(herald)),
        ],
        single_story=True,
    )
    assert {doc: result.credits_of[doc] for doc in ("ap", "gazette", "herald")} == dict.fromkeys(
        ("ap", "gazette", "herald"), ("Associated Press",)
    )


@pytest.mark.parametrize(
    ("source", "credits"),
    [
        pytest.param("Agence France-Presse", ("AFP", "Agence France-Presse"), id="afp"),
        pytest.param("Thomson Reuters", ("Reuters", "Thomson Reuters"), id="reuters"),
        pytest.param("Deutsche Presse-Agentur", ("dpa", "Deutsche Presse-Agentur"), id="dpa"),
        pytest.param("PA Media", ("PA", "Press Association", "PA Media"), id="pa"),
    ],
)
def test_an_agencys_names_and_initials_are_one_credit(source: str, credits: tuple[str]) -> None:
    """Each paper credits the agency by another of its names; every document's credits write it
    one way, as the agency's own article in the run names it."""
    credited = {f"paper{n}": {name} for n, name in enumerate(credits)}
    assert set(credited_alike(credited, {source}).values()) == {(source,)}


def test_initials_credit_an_agency_only_by_the_first_letter_of_each_of_its_words() -> None:
    """A paper ending a Tarrow Press story "(TAP)", the Tunisian agency's initials, does not
    credit the Tarrow Press ("TA" is no initial of "Tarrow"): its reuse is undisclosed, as
    "(TPA)" of the Tarrow Press Agency is a credit."""
    bridge = "TARROW, March 2 (Tarrow Press) - " + BRIDGE

    def pair_with(origin_source: str, credit: str) -> PairComparison:
        copy = f"{BRIDGE}\n\n({credit})"
        (pair,) = compare_documents(
            [
                Document("agency", origin_source, bridge, published="2026-03-02"),
                Document("paper", "Coast Gazette", copy, published="2026-03-03"),
            ]
        ).pairs
        return pair

    assert pair_with("Tarrow Press", "TAP").undisclosed_reuse
    assert not pair_with("Tarrow Press Agency", "TPA").undisclosed_reuse


AGENCY_URL = "https://harborline.example/world/2026/05/09/brenna-flood"
FLOOD = (
    "Rising water from the Brenna river broke through two dykes overnight, forcing more than "
    "1,500 residents from their homes, the regional civil protection agency said.\n\n"
    "Emergency services opened shelters in two schools and asked drivers to avoid the valley "
    "road.\n\n"
    '"People have lost everything in a single night," said Mayor Ilse Vogt.\n\n'
    "Forecasters expect the rain to ease on Sunday, but warned that levels downstream could keep "
    "rising until Monday."
)


def agency_and_copy(copy_text: str, tag: str = "", author: str | None = None) -> Result:
    """A news agency's flood story (under a write-through's ``tag``, if any) and a client's copy
    of it by ``author``, published later, as the pipeline compares them."""
    agency = Document(
        "hl_flood",
        "Harborline News Agency",
        f"{tag}BRENNA, May 9 (Harborline) - {FLOOD}",
        url=AGENCY_URL,
        published_time="2026-05-09T07:00:00Z",
    )
    copy = Document(
        "client", "Valley Post", copy_text, published_time="2026-05-09T10:00:00Z", author=author
    )
    return compare_documents([agency, copy], single_story=True)


@pytest.mark.parametrize(
    ("copy_text", "credit"),
    [
        pytest.param(f"{FLOOD}\n\n{AGENCY_URL}", None, id="address_on_its_own_line"),
        pytest.param(f"{FLOOD}\n\nMore: {AGENCY_URL}", None, id="address_after_more"),
        pytest.param(
            f"{FLOOD}\n\nSource: harborline.example",
            "Source: harborline.example",
            id="source_by_its_domain",
        ),
        pytest.param(f"{FLOOD}\n\nh/t @harborline", "h/t @harborline", id="hat_tip_handle"),
        pytest.param(f"{FLOOD}\n\nSource: Harborline", "Source: Harborline", id="source_short"),
        pytest.param(f"{FLOOD}\n\n\u2014 Harborline", "\u2014 Harborline", id="dash_sign_off"),
        pytest.param(
            f"{FLOOD}\n\n\u2014 with Harborline", "\u2014 with Harborline", id="dash_with_sign_off"
        ),
        pytest.param(f"{FLOOD}\n\nWith Harborline", "With Harborline", id="with_sign_off"),
        pytest.param(
            f"{FLOOD}\n\nHarborline contributed to this report.",
            "Harborline contributed to this report.",
            id="contributed",
        ),
        pytest.param(
            f"{FLOOD}\n\nSegún la agencia Harborline.",
            "Según la agencia Harborline.",
            id="spanish_credit",
        ),
    ],
)
def test_a_clients_credit_of_the_agency_is_found_where_it_stands(
    copy_text: str, credit: str | None
) -> None:
    """A client's copy credits the agency by a link to its article written out in the text, by
    its site's domain after "Source:", by its handle after "h/t", or by its short name
    ("Harborline" of the Harborline News Agency) in a credit line; the pair gives the line that
    credits, where the text shows one, and the link, where it links."""
    result = agency_and_copy(copy_text)
    (pair,) = result.pairs
    assert not pair.undisclosed_reuse
    (found,) = pair.credited_at
    assert (found.sentence.text if found.sentence else None) == credit
    assert found.link == (AGENCY_URL if credit is None else None)
    assert "Harborline News Agency" in result.credits_of["client"]


def test_a_hat_tip_to_the_agencys_handle_credits_it_without_its_dateline() -> None:
    """An agency whose text opens with no dateline ("Harborline" to be read from) is credited
    by its handle, the name of its site: "h/t @harborline" under a client's copy of
    harborline.example's story."""
    agency = Document(
        "hl_flood",
        "Harborline News Agency",
        FLOOD,
        url=AGENCY_URL,
        published_time="2026-05-09T07:00:00Z",
    )
    copy = Document(
        "client",
        "Valley Post",
        f"{FLOOD}\n\nh/t @harborline",
        published_time="2026-05-09T10:00:00Z",
    )
    result = compare_documents([agency, copy], single_story=True)
    (pair,) = result.pairs
    assert (pair.direction, pair.undisclosed_reuse) == ("a->b", False)
    assert result.credits_of["client"] == ("Harborline News Agency",)


@pytest.mark.parametrize(
    ("copy_text", "author"),
    [
        pytest.param(FLOOD, "Harborline staff", id="byline_of_its_short_name"),
        pytest.param(FLOOD, "HNA", id="byline_of_its_initials"),
    ],
)
def test_a_byline_of_the_agencys_short_name_credits_it(copy_text: str, author: str) -> None:
    """A byline that is the agency's short name or initials, perhaps with a desk's words after
    it ("By Harborline staff"), credits the agency, and the copy's credits name it."""
    result = agency_and_copy(copy_text, author=author)
    assert not result.pairs[0].undisclosed_reuse
    assert "Harborline News Agency" in result.credits_of["client"]


@pytest.mark.parametrize(
    ("copy_text", "author"),
    [
        pytest.param(FLOOD, None, id="none"),
        pytest.param(f"{FLOOD}\n\nReuters contributed to this report.", None, id="another_wire"),
        pytest.param(
            f"{FLOOD}\n\nThis article was originally published by the Valley Courier.",
            None,
            id="another_outlet",
        ),
        pytest.param(
            f"{FLOOD}\n\nMore: https://valleycourier.example/brenna", None, id="another_site"
        ),
        pytest.param(FLOOD, "Jane Harborline", id="a_person_of_its_name"),
    ],
)
def test_a_client_that_credits_someone_else_is_still_uncredited(
    copy_text: str, author: str | None
) -> None:
    """A copy that credits another wire, another outlet or another site, or none, or whose
    writer shares the agency's name, does not disclose the agency."""
    assert agency_and_copy(copy_text, author=author).pairs[0].undisclosed_reuse


@pytest.mark.parametrize(
    "said",
    [
        pytest.param(
            "Harborline has learned that inspectors skipped both dykes last year.",
            id="has_learned",
        ),
        pytest.param("Harborline could not reach the mayor's office.", id="could_not_reach"),
        pytest.param("Harborline photographers were turned back at the dyke.", id="its_staff"),
    ],
)
def test_a_mention_of_the_agency_by_its_dateline_name_is_no_credit(said: str) -> None:
    """The short name the agency's dateline gives it ("(Harborline)") credits it where the copy
    cites it ("according to Harborline", "Harborline reported"), not where the copy only
    mentions it: the pair is flagged, and the copy's credits name no one."""
    result = agency_and_copy(f"{FLOOD}\n\n{said}")
    assert result.pairs[0].undisclosed_reuse
    assert result.credits_of["client"] == ()


def test_a_correction_tag_over_the_agencys_dateline_leaves_its_credit_counted() -> None:
    """A wire's correction tag set above its dateline ("(Corrects ...)") leaves the dateline
    read: a client's "as first reported by Harborline" credits the corrected version as it does
    the first."""
    lede, rest = FLOOD.split("\n\n", 1)
    copy_text = f"{lede.removesuffix('.')}, as first reported by Harborline.\n\n{rest}"
    (tagged,) = agency_and_copy(
        copy_text, tag="(Corrects number of residents in paragraph 1)\n\n"
    ).pairs
    assert not tagged.undisclosed_reuse
    (found,) = tagged.credited_at
    assert found.sentence is not None
    assert found.sentence.text.endswith("as first reported by Harborline.")


POOL = (
    "The Riverton city council voted 6-1 on Tuesday night to close the Elm Street pool for the "
    "summer, citing a $340,000 repair bill for its cracked filtration system.\n\n"
    "Council member Dana Whitfield cast the lone vote against the closure, arguing that the pool "
    "is the only public swimming facility within walking distance for families on the east side."
    '\n\n"We are asking children to spend another hot summer with nowhere to go," Whitfield said.'
    "\n\nParks director Marcus Hale said inspectors found corrosion in the main pump housing."
)


def reprint_by_site(url: str, text: str, author: str | None = None) -> PairComparison:
    """The pool story as the site at ``url`` published it, named by its site alone as a feed's
    record without a source is, and a later reprint of it, ``text`` under ``author``, compared
    as the pipeline compares them."""
    site = Document("origin", url.split("/")[2].removeprefix("www."), POOL, url=url)
    reprint = Document(
        "reprint",
        "valleyvoice.org",
        text,
        url="https://valleyvoice.org/2025/06/04/pool",
        author=author,
        credits=find_credits(text, author),
        published_time="2025-06-04T09:00:00Z",
    )
    origin = replace(site, published_time="2025-06-03T22:10:00Z")
    (pair,) = compare_documents([origin, reprint], single_story=True).pairs
    return pair


@pytest.mark.parametrize(
    ("url", "credit", "author"),
    [
        pytest.param(
            "https://www.rivertongazette.com/news/2025/06/03/elm-street-pool",
            "This story originally appeared in the Riverton Gazette and is republished with "
            "permission.",
            None,
            id="originally_appeared_in",
        ),
        pytest.param(
            "https://ktvx.com/news/elm-street-pool",
            "Staff of KTVX 4 News contributed to this report.",
            None,
            id="channel_number_and_brand",
        ),
        pytest.param(
            "https://ktvx.com/news/elm-street-pool", "", "Staff of KTVX 4 News", id="byline"
        ),
        pytest.param(
            "https://www.rivertongazette.com/pool",
            "",
            "Jane Doe, Riverton Gazette",
            id="beside_the_writer",
        ),
        pytest.param(
            "https://dailyledger.net/elm-street-pool",
            "This article originally appeared in the Daily Ledger.",
            None,
            id="the_daily_ledger",
        ),
        pytest.param(
            "https://www.carrowcourier.co.uk/news/elm-street-pool",
            "This story was first published by The Carrow Courier.",
            None,
            id="country_ending",
        ),
        pytest.param(
            "https://ktvxnews.com/elm-street-pool",
            "KTVX contributed to this report.",
            None,
            id="site_name_without_its_brand",
        ),
        pytest.param(
            "https://www.citynews.ca/pool",
            "This story originally appeared on CityNews.",
            None,
            id="site_name_of_an_everyday_word_and_its_brand",
        ),
    ],
)
def test_a_credit_in_words_credits_the_site_whose_host_spells_it(
    url: str, credit: str, author: str | None
) -> None:
    """A reprint's credit line or byline that names in words the outlet whose site's name its
    origin's address gives ("the Riverton Gazette" for rivertongazette.com) credits it: the pair
    is not flagged, and the credit tells the direction."""
    pair = reprint_by_site(url, f"{POOL}\n\n{credit}", author)
    assert (pair.direction, pair.direction_basis, pair.undisclosed_reuse) == (
        "a->b",
        DirectionBasis.CREDIT,
        False,
    )


@pytest.mark.parametrize(
    ("url", "credit"),
    [
        pytest.param(
            "https://www.rivertongazette.com/news/elm-street-pool",
            "This story originally appeared in the Riverton Herald.",
            id="another_paper_of_the_town",
        ),
        pytest.param(
            "https://www.nytimes.com/2025/06/03/us/pool.html",
            "This story originally appeared in the Times.",
            id="the_times_for_nytimes",
        ),
        pytest.param(
            "https://www.latimes.com/california/pool",
            "This story originally appeared in the Times.",
            id="the_times_for_latimes",
        ),
        pytest.param(
            "https://www.tarrowtimes.com/pool",
            "This story originally appeared in the Fort Tarrow Times.",
            id="inside_a_longer_name",
        ),
        pytest.param(
            "https://www.rivertongazette.com/pool",
            "Source: Riverton Gazette Foundation",
            id="gone_on_as_another_name",
        ),
        pytest.param(
            "https://ktvz.com/news/pool",
            "Staff of KTVX 4 News contributed to this report.",
            id="another_stations_letters",
        ),
        pytest.param(
            "https://www.news.com.au/pool",
            "Staff of KTVX 4 News contributed to this report.",
            id="site_of_a_common_word",
        ),
        pytest.param(
            "https://www.rivertongazette.com/pool",
            "The Riverton Gazette declined to comment.",
            id="mentioned_not_credited",
        ),
        pytest.param(
            "https://www.citynews.ca/pool",
            "Photo: City of Riverton",
            id="an_everyday_word_the_sites_name_holds_before_its_brand",
        ),
        pytest.param(
            "https://statenews.com/pool",
            "Photo: State of Oregon",
            id="another_everyday_word_before_a_brand",
        ),
    ],
)
def test_a_name_the_site_does_not_spell_leaves_the_reprint_uncredited(
    url: str, credit: str
) -> None:
    """A credit of another outlet, of a name that holds the site's but goes on, of a name many
    sites end with ("the Times": nytimes.com and latimes.com alike) or of a site whose name is a
    common word, an everyday word the site's name holds before its brand ("City" of
    citynews.ca), or a mention that cites no one, does not credit the site: the pair is
    flagged."""
    assert reprint_by_site(url, f"{POOL}\n\n{credit}").undisclosed_reuse


@pytest.mark.parametrize(
    "said",
    [
        pytest.param(", as first reported by the Riverton Gazette.", id="credit_phrase"),
        pytest.param(", according to the Riverton Gazette.", id="according_to"),
        pytest.param(", the Riverton Gazette reported.", id="outlet_verb"),
    ],
)
def test_a_site_named_in_words_in_the_story_is_credited_where_cited(said: str) -> None:
    """A reprint that cites the site's outlet by name in its lede ("according to the Riverton
    Gazette" for rivertongazette.com) discloses it, and the pair gives that sentence."""
    lede, rest = POOL.split("\n\n", 1)
    pair = reprint_by_site(
        "https://www.rivertongazette.com/pool", f"{lede.removesuffix('.')}{said}\n\n{rest}"
    )
    assert not pair.undisclosed_reuse
    (found,) = pair.credited_at
    assert found.sentence is not None and found.sentence.text.endswith(said)


def test_a_credit_in_lower_case_spells_no_site() -> None:
    """Words in lower case that spell a site's name ("in the hill country" for thehill.com)
    are no name, so no credit of it."""
    credit = "The story was first published in the hill country weekly."
    assert reprint_by_site("https://thehill.com/pool", f"{POOL}\n\n{credit}").undisclosed_reuse


GAZETTE_URL = "https://www.rivertongazette.com/news/2025/06/03/elm-street-pool"
GAZETTE_CREDIT = (
    "This story originally appeared in the Riverton Gazette and is republished with permission."
)


def _pool_as_records(folder: Path) -> None:
    """The gazette's pool story and a reprint, as a feed's records that name no source."""
    records = [
        {"id": "gazette", "url": GAZETTE_URL, "published": "2025-06-03T22:10:00Z", "text": POOL},
        {
            "id": "reprint",
            "url": "https://www.valleyvoice.org/2025/06/04/pool",
            "published": "2025-06-04T09:00:00Z",
            "text": f"{POOL}\n\n{GAZETTE_CREDIT}",
        },
    ]
    (folder / "feed.jsonl").write_text("".join(f"{json.dumps(r)}\n" for r in records))


def _pool_as_front_matter(folder: Path) -> None:
    """The gazette's pool story and a reprint, as Markdown files whose front matter gives only
    their address and time."""
    for name, url, published, text in (
        ("gazette", GAZETTE_URL, "2025-06-03T22:10:00Z", POOL),
        (
            "reprint",
            "https://www.valleyvoice.org/2025/06/04/pool",
            "2025-06-04T09:00:00Z",
            f"{POOL}\n\n{GAZETTE_CREDIT}",
        ),
    ):
        front = f"---\nurl: {url}\npublished: {published}\n---\n\n"
        (folder / f"{name}.md").write_text(f"{front}{text}\n")


@pytest.mark.parametrize(
    "write",
    [
        pytest.param(_pool_as_records, id="jsonl_records"),
        pytest.param(_pool_as_front_matter, id="url_front_matter"),
    ],
)
def test_every_report_counts_a_credit_of_the_site_in_words(
    tmp_path: Path, write: Callable[[Path], None]
) -> None:
    """A reprint that ends "This story originally appeared in the Riverton Gazette" of a story
    read from rivertongazette.com, as a feed's record or a file's front matter gives its
    address, is credited reuse in report.json (direction by credit, not undisclosed), in the
    index's verdict line and in edges.csv."""
    write(tmp_path)
    reports = render_reports(compare_paths([str(tmp_path)]), ReportFormat.ALL)
    (pair,) = json.loads("".join(reports["report.json"]))["pairs"]
    assert (pair["direction"], pair["direction_basis"], pair["verdict"]) == (
        "a->b",
        "credit",
        "copy",
    )
    assert (pair["undisclosed_reuse"], pair["credited_at"][0]["text"]) == (False, GAZETTE_CREDIT)
    assert "credits it; order told by credit" in "".join(reports["index.md"])
    (edge,) = csv.DictReader(io.StringIO("".join(reports["edges.csv"])))
    assert (edge["origin"], edge["credited"], edge["undisclosed"]) == ("gazette", "true", "false")


@pytest.mark.parametrize(
    ("byline", "disclosed"),
    [
        pytest.param("Sarah Coles, BPA Health Correspondent", True, id="initials_desk_and_role"),
        pytest.param("Sarah Coles, BPA Reporters", True, id="initials_and_plural_role"),
        pytest.param("Sarah Coles, BPA Holdings", False, id="initials_in_another_name"),
    ],
)
def test_a_byline_signing_with_the_agencys_dateline_initials_credits_it(
    byline: str, disclosed: bool
) -> None:
    """A copy whose byline signs with the initials the agency's own dateline signs with, a
    desk's or a writer's role after them, credits the agency."""
    text = "The council approved a new bus station on Monday after a two-hour debate."
    agency = side(Document("bpa", "Britannia Press Association", f"HARROWGATE (BPA) - {text}"))
    paper = side(Document("post", "Westshire Evening Post", text, author=byline))
    assert credits_outlet(paper, agency) is disclosed


@pytest.mark.parametrize(
    ("credit", "credited"),
    [
        pytest.param("Read the full story at rivertongazette.com.", True, id="bare_domain"),
        pytest.param("More at RivertonGazette.com", True, id="in_capitals"),
        pytest.param("Read more at news.rivertongazette.com.", False, id="a_longer_host"),
    ],
)
def test_a_domain_written_out_in_the_text_credits_its_site(credit: str, credited: bool) -> None:
    """A reprint that writes out its origin's site's domain in a sentence of its own ("Read the
    full story at rivertongazette.com.") credits it as a link would; a longer host that ends
    with it names another site."""
    pair = reprint_by_site(GAZETTE_URL, f"{POOL}\n\n{credit}")
    assert pair.undisclosed_reuse is not credited
    if credited:
        (found,) = pair.credited_at
        assert found.sentence is not None and found.sentence.text == credit


def reprint_of_paper(credit: str, *others: str) -> PairComparison:
    """The pool story as the Riverton Valley Gazette published it and a later reprint by Valley
    News Hub ending with ``credit``, compared as one story with a brief of each of ``others``."""
    briefs = [
        document("Tarrow's library will open on Saturdays from next month.", f"brief{n}", source)
        for n, source in enumerate(others)
    ]
    paper = document(POOL, "gazette", "Riverton Valley Gazette", published="2025-06-03")
    reprint = document(f"{POOL}\n\n{credit}", "reprint", "Valley News Hub", published="2025-06-04")
    result = compare_documents([paper, reprint, *briefs], single_story=True)
    (pair,) = [p for p in result.pairs if {p.a, p.b} == {"gazette", "reprint"}]
    return pair


@pytest.mark.parametrize(
    "credit",
    [
        pytest.param("The Gazette first reported the vote.", id="first_reported"),
        pytest.param("The Gazette has the story.", id="has_the_story"),
        pytest.param("More details were reported by the Gazette.", id="reported_by"),
    ],
)
def test_the_one_gazette_of_a_story_is_credited_by_its_short_name(credit: str) -> None:
    """Where one outlet of the story ends its name with a newspaper's word, "the Gazette" cited
    as a source credits it, and the credit says it was by its short name."""
    pair = reprint_of_paper(credit)
    assert not pair.undisclosed_reuse
    (found,) = pair.credited_at
    assert found.kind is CreditKind.SHORT_NAME
    assert found.sentence is not None and found.sentence.text == credit


@pytest.mark.parametrize(
    ("credit", "others"),
    [
        pytest.param(
            "The Gazette first reported the vote.", ("Tarrow Gazette",), id="two_gazettes"
        ),
        pytest.param("The Gazette declined to comment.", (), id="mentioned_not_cited"),
        pytest.param("The Herald first reported the vote.", (), id="another_papers_word"),
    ],
)
def test_a_short_name_several_outlets_share_or_not_cited_credits_no_one(
    credit: str, others: tuple[str, ...]
) -> None:
    """ "The Gazette" credits no one where two outlets of the run are Gazettes, nor where it is
    mentioned and not cited, and "the Herald" does not name a Gazette."""
    assert reprint_of_paper(credit, *others).undisclosed_reuse


def test_an_outlet_credited_with_and_without_its_the_is_listed_once() -> None:
    """A paper's credit line names "The Harwick Valley Gazette", and its pair with the Gazette's
    story credits the outlet by its source, "Harwick Valley Gazette": the paper's credits list
    that outlet once."""
    story = (
        "The Harwick city council voted 5-2 on Tuesday to raise downtown parking meter rates.\n"
        "The new rate of $2.50 an hour takes effect July 1, city manager Paula Greer said.\n"
        "Shop owners on Main Street said the increase would drive customers to the malls."
    )
    gazette = document(story, "gazette", "Harwick Valley Gazette", published="2025-05-13")
    text = f"{story}\nThe Harwick Valley Gazette contributed to this report."
    courier = replace(
        document(text, "courier", "Tri-County Courier", published="2025-05-14"),
        credits=find_credits(text),
    )
    result = compare_documents([gazette, courier])
    assert result.credits_of["courier"] == ("Harwick Valley Gazette",)


def test_a_gazette_of_another_story_leaves_the_short_name_a_credit() -> None:
    """A Tarrow Gazette brief of another story in the run is no Gazette a reader of the pool
    story thinks of: "The Gazette first reported the vote." still credits the Riverton Valley
    Gazette, as `compare pair` on the two finds."""
    brief = document(
        "Tarrow's library will open on Saturdays from next month.", "brief", "Tarrow Gazette"
    )
    paper = document(POOL, "gazette", "Riverton Valley Gazette", published="2025-06-03")
    reprint = document(
        f"{POOL}\n\nThe Gazette first reported the vote.",
        "reprint",
        "Valley News Hub",
        published="2025-06-04",
    )
    result = compare_documents([paper, reprint, brief])
    assert len(result.stories) == 2
    (pair,) = [p for p in result.pairs if {p.a, p.b} == {"gazette", "reprint"}]
    assert not pair.undisclosed_reuse


@pytest.mark.parametrize(
    ("credit", "kind"),
    [
        pytest.param("(HNA)", CreditKind.CREDIT_LINE, id="initials_alone"),
        pytest.param("Source: HNA", CreditKind.CREDIT_LINE, id="source_initials"),
        pytest.param("Source: Harborline", CreditKind.CREDIT_LINE, id="source_short_name"),
        pytest.param(
            "Harborline contributed to this report.",
            CreditKind.CREDIT_LINE,
            id="contributed_short_name",
        ),
        pytest.param(
            "The dykes were last inspected in March, according to Harborline.",
            CreditKind.SOURCE_NAMED,
            id="cited",
        ),
    ],
)
def test_a_copy_credits_the_agency_by_its_initials_or_short_name_as_what_its_credit_is(
    credit: str, kind: CreditKind
) -> None:
    """A client's copy credits the Harborline News Agency, filed "(Harborline)", by its initials
    ("(HNA)", "Source: HNA") or its short name, and the credit is told by what it is: a credit
    line, or a source cited, not a dateline."""
    result = agency_and_copy(f"{FLOOD}\n\n{credit}")
    (pair,) = result.pairs
    assert not pair.undisclosed_reuse
    (found,) = pair.credited_at
    assert (found.sentence.text if found.sentence else None, found.kind) == (credit, kind)


@pytest.mark.parametrize(
    "credit",
    [
        pytest.param("Photo: Harborline/Ivan Reis", id="a_pictures_credit"),
        pytest.param("(HN)", id="two_initials"),
    ],
)
def test_a_pictures_credit_or_two_initials_credit_no_agencys_text(credit: str) -> None:
    """A picture's credit to the agency credits the picture, not the text the copy took, and
    two letters are the initials of too many names to credit the agency."""
    (pair,) = agency_and_copy(f"{FLOOD}\n\n{credit}").pairs
    assert pair.undisclosed_reuse


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("This article uses reporting from Valley Times.", id="uses_reporting_from"),
        pytest.param("This story used reporting by Valley Times.", id="used_reporting_by"),
        pytest.param(
            "This report is based on reporting from Valley Times.", id="is_based_on_reporting"
        ),
        pytest.param("Based on reporting by Valley Times.", id="based_on_reporting_alone"),
        pytest.param(
            "Este art\u00edculo incluye informaci\u00f3n de Valley Times.", id="spanish_incluye"
        ),
        pytest.param("Dieser Artikel enth\u00e4lt Material von Valley Times.", id="german"),
    ],
)
def test_a_line_saying_whose_reporting_the_text_uses_discloses_it(line: str) -> None:
    """A closing line saying whose reporting the copy uses or is based on, in English or the
    other languages credit lines are read in, discloses that outlet's text."""
    copy = side(document(f"{STORY}\n{line}", "copy", "Harbour Post"))
    assert discloses(copy, origin_of("Valley Times"))


def test_an_agency_a_terms_file_declares_is_credited_by_its_names() -> None:
    """An agency no list knows, declared with its names in a terms file, signs its own copy
    with its dateline though its source is its short name alone, and a copy that credits it by
    its initials is credited."""
    use_terms(AddedTerms(wire_services=(("Osprey", ("Osprey", "Osprey News Agency", "ONA")),)))
    try:
        agency = Document(
            "osprey",
            "Osprey",
            f"BRENNA, May 9 (Osprey) - {FLOOD}",
            published_time="2026-05-09T07:00:00Z",
        )
        early = Document("site", "Valley Post", FLOOD, published_time="2026-05-09T06:00:00Z")
        credited = Document(
            "client",
            "Coast Daily",
            f"{FLOOD}\n\nSource: ONA",
            published_time="2026-05-09T08:00:00Z",
        )
        result = compare_documents([agency, early, credited], single_story=True)
    finally:
        use_terms()
    pairs = {frozenset((pair.a, pair.b)): pair for pair in result.pairs}
    site = pairs[frozenset(("osprey", "site"))]
    assert (site.origin, site.direction_basis, site.undisclosed_reuse) == (
        "osprey",
        DirectionBasis.AGENCY_DATELINE,
        True,
    )
    assert not pairs[frozenset(("client", "osprey"))].undisclosed_reuse


# A Spanish agency's wire, which no list names, and its text without the dateline: a client's copy.
SURENA_WIRE = (
    "VALPARAÍSO, 3 dic. 2026 (AS) \u2013 Un temporal de viento derribó este jueves 40 árboles en el "
    "puerto de Valparaíso y dejó sin luz a 12.000 hogares, según informó la empresa eléctrica.\n\n"
    "Los bomberos atendieron 85 emergencias durante la noche y no hubo heridos graves."
)
SURENA_SPANISH = SURENA_WIRE.split("\u2013 ", 1)[1]


def surena_and_copy(copy_text: str, author: str | None = None) -> Result:
    """The Agencia Sureña's wire and a client's text of it, published later."""
    wire = Document(
        "as_temporal", "Agencia Sureña", SURENA_WIRE, published_time="2026-12-03T09:00:00Z"
    )
    copy = Document(
        "client", "Diario Austral", copy_text, published_time="2026-12-03T12:00:00Z", author=author
    )
    return compare_documents([wire, copy], single_story=True)


@pytest.mark.parametrize(
    ("copy_text", "credit"),
    [
        pytest.param(
            f"{SURENA_SPANISH}\n\nCon información de Agencia Sureña.",
            "Con información de Agencia Sureña.",
            id="spanish_con_informacion",
        ),
        pytest.param(
            f"{SURENA_SPANISH}\n\nRedacción, con Agencia Sureña.",
            "Redacción, con Agencia Sureña.",
            id="spanish_newsroom_con",
        ),
        pytest.param(
            f"{SURENA_SPANISH}\n\nCom informações da Agência Sureña.",
            "Com informações da Agência Sureña.",
            id="portuguese_com_informacoes",
        ),
        pytest.param(
            f"{SURENA_SPANISH}\n\nAmb informació de l'Agència Sureña.",
            "Amb informació de l'Agència Sureña.",
            id="catalan_amb_informacio",
        ),
        pytest.param(
            f"{SURENA_SPANISH}\n\nFont: Agència Sureña", "Font: Agència Sureña", id="catalan_font"
        ),
    ],
)
def test_a_credit_to_an_agency_no_list_names_counts_in_each_language(
    copy_text: str, credit: str
) -> None:
    """A credit line names an agency no list knows by a word for an agency in its own language
    ("Agência", "Agència" for the Agencia Sureña), in Portuguese and Catalan too: the copy
    credits it, as the Spanish line does, and is not flagged for undisclosed reuse."""
    (pair,) = surena_and_copy(copy_text).pairs
    assert not pair.undisclosed_reuse
    (found,) = pair.credited_at
    assert found.sentence is not None
    assert (found.sentence.text, found.kind) == (credit, CreditKind.CREDIT_LINE)


@pytest.mark.parametrize(
    "source_line",
    [
        pytest.param("Fuente: Agencia Tributaria.", id="es_tax_agency"),
        pytest.param("Con datos de la Agencia Estatal de Meteorología.", id="es_weather_agency"),
        pytest.param(
            "Com informações da Agência Nacional de Vigilância Sanitária.", id="pt_health_agency"
        ),
        pytest.param("Source: Environment Agency.", id="en_environment_agency"),
    ],
)
def test_a_source_line_naming_a_public_body_called_an_agency_credits_no_outlet(
    source_line: str,
) -> None:
    """A copy of the Agencia Sureña's wire that names a tax office or a health or weather
    agency as its figures' source credits no news agency: its credits stay empty and its reuse
    of the wire is undisclosed."""
    result = surena_and_copy(f"{SURENA_SPANISH}\n\n{source_line}")
    assert result.credits_of["client"] == ()
    (pair,) = result.pairs
    assert pair.undisclosed_reuse


def test_a_byline_credit_gives_the_byline_as_its_evidence() -> None:
    """A copy that credits the agency by its byline alone ("Por Agencia Sureña", which the
    reader takes out of the text) gives the byline as where it credits, and how."""
    result = surena_and_copy(SURENA_SPANISH, author="Agencia Sureña")
    (pair,) = result.pairs
    (found,) = pair.credited_at
    assert (found.sentence, found.kind, found.byline) == (None, CreditKind.BYLINE, "Agencia Sureña")
    (listed,) = json.loads(render_reports(result, ReportFormat.JSON)["report.json"])["pairs"]
    assert listed["credited_at"][0]["how"] == "byline"
    assert listed["credited_at"][0]["text"] == "Agencia Sureña"


def test_a_dateline_by_initials_and_a_credit_line_are_one_credit() -> None:
    """A dateline's "(AS)" and a credit line naming the Agencia Sureña credit one agency: its
    name is listed once."""
    result = surena_and_copy(f"{SURENA_WIRE}\n\nCon información de Agencia Sureña.")
    assert result.credits_of["client"] == ("Agencia Sureña",)


MINE_COPY = (
    "Forty-two miners were entombed today by an explosion in the No. 3 mine of the Belden Fuel "
    "company, two miles north of here.\n\nRescue crews working in relays drove a tunnel toward "
    "the men through the night, and the company said it held hope for most of them.\n\nThe "
    "blast shook houses in the valley and broke windows in the company store."
)
MINE_DATELINES = {
    "cedar": "BELDEN, W. Va., March 3.\u2014(By United Press)\u2014 ",
    "pike": "BELDEN, W. Va., March 3 (UP)\u2014 ",
    "lowell": "BELDEN\u2014(By United Press)\u2014 ",
}
COLUMN = (
    "Many a mother writes to ask whether her child should be kept from the swimming hole this "
    "summer for fear of the fever.\n\nThere is no evidence that bathing in clean water spreads "
    "the disease, and the sun and exercise do a child nothing but good.\n\nBut crowded pools "
    "and tired children are another matter, and a sensible parent will watch for both."
)


def _wire_run(tmp_path: Path, texts: dict[str, str]) -> Mapping[str, str]:
    """The reports of a run over one file a paper, each dated a day later than the one before."""
    for day, (paper, text) in enumerate(texts.items(), start=3):
        (tmp_path / f"{paper}.txt").write_text(
            f"---\nsource: {paper.title()} Gazette\ndate: 1931-03-0{day}\n---\n{text}\n",
            encoding="utf-8",
        )
    return render_reports(compare_paths([str(tmp_path)]), ReportFormat.ALL)


def test_papers_that_each_ran_one_wires_copy_crediting_it_are_its_siblings(
    tmp_path: Path,
) -> None:
    """Three papers that each ran the United Press's copy of a mine disaster, each crediting UP
    in its dateline (one undated), took it from the wire, which is not among them: no pair has a
    direction or undisclosed reuse, and the story names UP, not a paper, the origin."""
    reports = _wire_run(tmp_path, {p: line + MINE_COPY for p, line in MINE_DATELINES.items()})
    pairs = json.loads("".join(reports["report.json"]))["pairs"]
    assert [(p["direction"], p["undisclosed_reuse"], p["common_wire"]) for p in pairs] == [
        (None, False, "UP")
    ] * 3
    (story,) = [name for name in reports if name.startswith("story-")]
    page = "".join(reports[story])
    assert (
        "**Likely origin:** UP's copy, not among these articles: Cedar Gazette, Lowell Gazette and "
        "Pike Gazette each ran it crediting UP; none took it from another." in page
    )
    assert "Gazette reuses" not in page


@pytest.mark.parametrize(
    ("headlines", "direction", "common_wire"),
    [
        pytest.param(
            ("HOPE FADES FOR MINERS", "42 ENTOMBED IN MINE"), None, "UP", id="own_headlines"
        ),
        pytest.param(("HOPE FADES FOR MINERS",) * 2, "a->b", None, id="one_file_saved_twice"),
    ],
)
def test_two_papers_that_ran_the_wires_copy_uncut_under_their_own_headlines_are_its_siblings(
    tmp_path: Path, headlines: tuple[str, str], direction: str | None, common_wire: str | None
) -> None:
    """Two papers that each set the United Press's copy word for word under a headline of their
    own both ran it from the wire: their pair names UP and no order, and the story page no pair
    of them that "share text"; the same text under the same headline is one file saved twice,
    a copy."""
    line = MINE_DATELINES["pike"]
    reports = _wire_run(
        tmp_path,
        {
            paper: f"{head}\n\n{line}{MINE_COPY}"
            for paper, head in zip(("cedar", "pike"), headlines, strict=True)
        },
    )
    (pair,) = json.loads("".join(reports["report.json"]))["pairs"]
    assert (pair["identical"], pair["direction"], pair["common_wire"]) == (
        True,
        direction,
        common_wire,
    )
    (story,) = [name for name in reports if name.startswith("story-")]
    assert ("share text" in "".join(reports[story])) is False


def test_a_focus_page_says_two_papers_ran_the_wires_copy_not_that_the_order_is_unknown(
    tmp_path: Path,
) -> None:
    """On one paper's focus page, another that ran the same UP copy shares its words because
    both ran the wire's: the page says so instead of that which took them from the other is
    not known."""
    papers = dict(list(MINE_DATELINES.items())[:2])
    for day, (paper, line) in enumerate(papers.items(), start=3):
        (tmp_path / f"{paper}.txt").write_text(
            f"---\nsource: {paper.title()} Gazette\ndate: 1931-03-0{day}\n---\n{line}{MINE_COPY}\n",
            encoding="utf-8",
        )
    first, _ = papers
    reports = render_reports(compare_paths([str(tmp_path)]), focus=first)
    page = "".join(reports[f"focus-{first}.md"])
    assert "which both ran from UP, neither from the other." in page
    assert "not known" not in page


def test_papers_that_ran_one_columnists_byline_are_the_syndicates_siblings(
    tmp_path: Path,
) -> None:
    """Two papers' copies of a syndicated health column, one cut to fit, each under the
    columnist's byline (read by the reader, or left in the text under the column's heading),
    reuse each other nowhere: the column's writer is their origin."""
    reports = _wire_run(
        tmp_path,
        {
            "wexford": f"YOUR HEALTH\n\nBy DR. PAUL HENDRY\n\n{COLUMN}",
            # Cut to fit its column: its last paragraph dropped.
            "ashby": "By Dr. Paul Hendry\n\n" + COLUMN.rsplit("\n\n", 1)[0],
        },
    )
    (pair,) = json.loads("".join(reports["report.json"]))["pairs"]
    assert (pair["direction"], pair["undisclosed_reuse"]) == (None, False)
    assert pair["common_wire"] in ("DR. PAUL HENDRY", "Dr. Paul Hendry")
    (story,) = [name for name in reports if name.startswith("story-")]
    assert "the syndicated column of " in "".join(reports[story])


def test_a_paper_that_ran_the_wire_without_crediting_it_still_reuses_the_first(
    tmp_path: Path,
) -> None:
    """A paper that printed the wire's copy without its credit is no sibling of the paper that
    credits the wire: it reuses the earlier paper's text, uncredited."""
    reports = _wire_run(
        tmp_path,
        {"cedar": MINE_DATELINES["cedar"] + MINE_COPY, "pike": f"BELDEN \u2014 {MINE_COPY}"},
    )
    (pair,) = json.loads("".join(reports["report.json"]))["pairs"]
    assert (pair["direction"], pair["undisclosed_reuse"], pair["common_wire"]) == (
        "a->b",
        True,
        None,
    )


RELEASE_PAGE = """<html><head><meta property="og:site_name" content="Carrow University News">
<meta property="article:published_time" content="2026-11-23T09:00:00+00:00"></head><body>
<article><p>FOR IMMEDIATE RELEASE</p><h1>Phone use linked to anxiety, Carrow study finds</h1>
<p>Teenagers who use their phones after midnight may be more likely to report anxiety, according
to a new study by researchers at Carrow University.</p>
<p>It found that 41% of heavy late-night users reported moderate or severe anxiety symptoms,
compared with 25% of those who rarely did.</p>
<h2>About Carrow University</h2>
<p>Carrow University is a public research university founded in 1888.</p>
<p>Media contact: Ann Reyes, press office, press@carrow.example</p><p>###</p>
</article></body></html>"""
SLEEP_BLOG = """---
source: Sleep Notes
date: 2026-11-24
---
Everyone is talking about phones and sleep this week, and the evidence deserves a careful look.

According to the university's press release, 41% of heavy late-night users reported moderate or severe anxiety symptoms, compared with 25% of those who rarely did.

Parents should keep phones out of the bedroom, but the phone is not the whole story.
"""


def test_a_release_pages_about_heading_names_its_issuer_and_a_copy_credits_its_release(
    tmp_path: Path,
) -> None:
    """A university's release saved from its news site ("Carrow University News") keeps its
    "About Carrow University" heading, which names the issuer; a blog that writes "According to
    the university's press release, ..." credits it (acceptance round 31: flagged undisclosed)."""
    (tmp_path / "release.html").write_text(RELEASE_PAGE, encoding="utf-8")
    (tmp_path / "blog.txt").write_text(SLEEP_BLOG, encoding="utf-8")
    report = json.loads(
        "".join(render_reports(compare_paths([str(tmp_path)]), ReportFormat.JSON)["report.json"])
    )
    issuers = {d["id"]: d["release_issuer"] for d in report["documents"]}
    assert issuers["release"] == "Carrow University"
    (pair,) = report["pairs"]
    from_release = "a->b" if pair["a"] == "release" else "b->a"
    assert (pair["direction"], pair["undisclosed_reuse"]) == (from_release, False)
    assert [(c["doc"], c["how"]) for c in pair["credited_at"]] == [("blog", "release_named")]


ABSTRACT = (
    "The prevalence of moderate-to-severe anxiety symptoms was 41.2% among frequent late-night "
    "users and 25.3% among infrequent users.\n\nCausality cannot be inferred from a "
    "cross-sectional design, and longitudinal studies are needed."
)


@pytest.mark.parametrize(
    ("source", "credited"),
    [
        pytest.param("Journal of Coastal Health", True, id="a_journals_page"),
        pytest.param("Coastal Daily", False, id="a_papers_story"),
    ],
)
def test_a_blog_that_names_the_abstract_credits_a_journals_page(
    source: str, credited: bool
) -> None:
    """A blog that introduces its quotation with "Here is what the abstract actually says:"
    credits the journal whose page it quotes, in its own words; not a newspaper's story that
    carries the same sentences."""
    journal = Document("journal", source, ABSTRACT, published="2026-11-23")
    blog = Document(
        "blog",
        "The Tech Sceptic",
        f"I read the research myself. Here is what the abstract actually says:\n\n{ABSTRACT}",
        published="2026-11-27",
    )
    (pair,) = compare_documents([journal, blog]).pairs
    assert ([c.doc for c in pair.credited_at] == ["blog"]) is credited
    assert pair.undisclosed_reuse is not credited


THESIS = (
    "Teenagers who use their phones after midnight may be more likely to report anxiety, a "
    "study by researchers at Carrow University found.\n\nThe survey of 2,400 students at 30 "
    "schools found that 41% of heavy late-night users reported moderate or severe anxiety.\n\n"
    "Heavy late-night users also slept 70 minutes less on school nights, the study found.\n\n"
    "The study, published in the Journal of Coastal Health, was funded by a local charity."
)
PAPER_PAGE = (
    "Late-night smartphone use and anxiety in adolescents.\n\nWe surveyed 2,400 students at 30 "
    "schools in the Carrow region about their phone use and their mood.\n\nHeavy late-night "
    "users also slept 70 minutes less on school nights than other students.\n\nCausality "
    "cannot be inferred from a cross-sectional design."
)


@pytest.mark.parametrize("single_story", [False, True], ids=["stories", "single_story"])
def test_a_documents_credits_are_the_outlets_it_credits_and_reuses(single_story: bool) -> None:
    """A paper built from the Northline wire ("Northline contributed to this report.") that
    names the journal the study appeared in credits Northline, whether the journal's page is
    compared with it or not (acceptance round 31: "Journal of ..., Northline" with
    --single-story, "Northline" without, for the same text)."""
    metro = f"{THESIS}\n\nNorthline contributed to this report."
    result = compare_documents(
        [
            Document("wire", "Northline", THESIS, published_time="2026-11-23T11:40:00Z"),
            Document(
                "metro",
                "Metro Daily",
                metro,
                published_time="2026-11-24T07:45:00Z",
                credits=find_credits(metro),
            ),
            Document("journal", "Journal of Coastal Health", PAPER_PAGE, published="2026-11-23"),
        ],
        single_story=single_story,
    )
    assert result.credits_of["metro"] == ("Northline",)


# A charity's press release of Thursday, 13 March 2025, that names itself as its report's author.
POVERTY_REPORT = [
    "One in four pensioners in Ashby cannot heat their homes, a report published today by "
    "Ferncroft Trust reveals.",
    "The charity surveyed 900 households across the district in January.",
]


@pytest.mark.parametrize(
    ("lede", "own", "disclosed"),
    [
        pytest.param(
            POVERTY_REPORT[0].replace("today", "on Thursday"),
            [],
            False,
            id="the_releases_sentence_with_its_day_resolved",
        ),
        pytest.param(
            POVERTY_REPORT[0].replace("today", "on Thursday"),
            ["Ferncroft Trust said in a statement that it would write to every MP."],
            True,
            id="said_in_a_statement_in_its_own_words",
        ),
        pytest.param(
            "One in four pensioners in Ashby cannot heat their homes, as first reported by "
            "Ferncroft Trust.",
            [],
            True,
            id="a_credit_phrase_of_its_own",
        ),
    ],
)
def test_the_issuer_named_as_its_reports_author_in_a_pasted_sentence_credits_nothing(
    lede: str, own: list[str], disclosed: bool
) -> None:
    """A copy that pastes a release's "a report published today by Ferncroft Trust", its "today"
    written "on Thursday", keeps the release's naming of its issuer as the author of what it
    reports: no credit of the release, the words between the credit's phrase and the name
    changed or not (acceptance 33, b3). A credit the copy writes itself ("said in a statement",
    "as first reported by") still is one."""
    release = side(
        document(
            "\n\n".join([*POVERTY_REPORT, "ENDS", "Notes to editors: Images on request."]),
            "release",
            "Ferncroft Trust",
        )
    )
    assert release.released
    user = side(document("\n\n".join([lede, POVERTY_REPORT[1], *own]), "copy", "Ashby Courier"))
    assert discloses(user, release, dict(enumerate(POVERTY_REPORT))) is disclosed


def test_a_later_copy_opening_with_the_dateline_is_no_origin_of_one_printing_it_after_an_intro() -> (
    None
):
    """A paper printed the wire's story at 01:21 under a line of its own, then the wire's
    dateline; another opened with the dateline at 04:36 under the wire's copyright line. Both took it from the wire, so the
    times tell the direction, not the dateline (acceptance round 34, c2: the later copy was
    named the origin, the story's directions went round and the first copy's date was set
    aside)."""
    wire_text = (
        "OTTERBURN MILL, Nov 3 (CW) - A ferry ran aground near Otterburn Mill on Thursday, "
        "injuring 12 passengers, officials said.\nThe harbour master said the vessel had lost "
        "power in heavy fog."
    )
    early = replace(
        document(
            "Readers in Ravensworth may be affected by the following news.\n" + wire_text,
            "early",
            published="2025-11-03",
        ),
        source="Brinmoor Post",
        published_time="2025-11-03T01:21:00Z",
    )
    late = replace(
        document(wire_text + "\nCopyright 2025 Continental Wire", "late", published="2025-11-03"),
        source="Frostbury Gazette",
        published_time="2025-11-03T04:36:00Z",
    )
    (pair,) = compare_documents([early, late], single_story=True).pairs
    assert (pair.origin, pair.direction_basis) == ("early", DirectionBasis.PUBLISHED_TIME)


def test_one_byline_is_read_against_each_outlet_and_site_it_is_asked_of() -> None:
    """A byline is judged for each pair that asks of it: "Staff of KTVX 4 News" over a reprint
    credits the station whose site is ktvx.com, not a paper's article nor the station's rival at
    kxyz.com, however often the one byline is asked before."""
    reprint = side(
        replace(document(STORY, "reprint", "Valley Times"), author="Staff of KTVX 4 News")
    )
    station = side(document(STORY, "station", "Channel 4", url="https://www.ktvx.com/news/flood"))
    rival = side(document(STORY, "rival", "Channel 9", url="https://kxyz.com/news/flood"))
    paper = side(document(STORY, "paper", "Tarrow Courier", url="https://tarrowcourier.com/flood"))
    asked = [
        (origin.document.id, credits_outlet(reprint, origin)) for origin in (paper, station, rival)
    ]
    assert asked == [("paper", False), ("station", True), ("rival", False)]


# A civic society's press release and an encyclopedia article that pastes its history and
# cites it in its reference list, by title and issuer.
CORN_EXCHANGE_RELEASE = [
    "Work to restore the Old Corn Exchange in Fenmouth will begin next month.",
    "The hall was built in 1864 by the Fenmouth Agricultural Company, and hosted grain "
    "auctions every Thursday until 1931.",
    "It later served as a dance hall and a furniture store before closing in 2009.",
]


@pytest.mark.parametrize(
    ("reference", "kind"),
    [
        pytest.param(
            'Fenmouth Civic Society (1 September 2022). "Old Corn Exchange restoration to '
            'begin" (press release).',
            CreditKind.RELEASE_NAMED,
            id="title_and_issuer",
        ),
        pytest.param(
            '"Old Corn Exchange restoration to begin" (Press release). Fenmouth Civic Society. '
            "1 September 2022.",
            CreditKind.RELEASE_NAMED,
            id="title_first",
        ),
        pytest.param(
            "Fenmouth Civic Society (1 September 2022).",
            CreditKind.ISSUER_NAMED,
            id="issuer_alone",
        ),
    ],
)
def test_a_reference_that_gives_a_releases_title_credits_the_release(
    reference: str, kind: CreditKind
) -> None:
    """A reference list that cites a press release by its title and issuer credits the release,
    not only its issuer, which a paste's own sentences may name (acceptance round 36, d7)."""
    release = replace(
        document(
            "\n\n".join(CORN_EXCHANGE_RELEASE),
            "release",
            "Fenmouth Civic Society",
            published="2022-09-01",
            title="Old Corn Exchange restoration to begin",
        ),
        press_release=True,
    )
    article = document(
        "\n\n".join([*CORN_EXCHANGE_RELEASE[1:], "References", f"1. {reference}"]),
        "wiki",
        "Fenmouth Local History Wiki",
    )
    (pair,) = compare_documents([release, article], single_story=True).pairs
    assert [(c.doc, c.kind) for c in pair.credited_at] == [("wiki", kind)]


def test_a_post_that_credits_its_source_in_brackets_at_its_end_discloses_it() -> None:
    """A live blog's post that closes with "(via Harbour Daily)" credits Harbour Daily, as
    "as reported by Harbour Daily" would: no undisclosed reuse."""
    rescue = (
        "Two sailors were winched from a stricken yacht off Sandpiper Point by a coastguard "
        "helicopter."
    )
    harbour = replace(
        document(
            f"{rescue}\nBoth were taken to Calloway General with mild hypothermia.",
            "hd",
            "Harbour Daily",
        ),
        published_time="2026-09-14T16:15:00Z",
    )
    rival = replace(
        document(
            f"{rescue.removesuffix('.')} (via Harbour Daily).\n"
            "Both were taken to Calloway General with mild hypothermia.",
            "mwt",
            "Metro Wire Today",
        ),
        published_time="2026-09-14T16:24:00Z",
    )
    (pair,) = compare_documents([harbour, rival], single_story=True).pairs
    assert (pair.origin, pair.crediting, pair.undisclosed_reuse) == ("hd", ("mwt",), False)


def test_a_paper_that_names_an_accounts_handle_credits_the_account() -> None:
    """A paper that retells a post and says "escribió la cuenta @VecinoAlerta" names where its
    words came from: the account "@VecinoAlerta (X)" is credited, in any case, and the paper's
    reuse is no undisclosed one; a longer handle that begins alike is another account (retest
    of acceptance round 39, b7)."""
    post = Document(
        "post",
        "@VecinoAlerta (X)",
        "La empresa de aguas reconoció que el 25 % de los hogares tuvo cortes largos. Veinte mil "
        "familias quedaron sin agua y ningún canal lo cuenta.",
        published="2026-02-04",
    )
    told = (
        "La empresa de aguas habría reconocido que el 25 % de los hogares tuvo cortes largos. "
        "Veinte mil familias quedaron sin agua y ningún canal lo cuenta, escribió la cuenta {}."
    )
    for handle, credited in (("@vecinoalerta", True), ("@VecinoAlertaBis", False)):
        paper = Document("paper", "Diario Ya", told.format(handle), published="2026-02-05")
        (pair,) = compare_documents([post, paper]).pairs
        assert pair.direction == "a->b"
        assert pair.undisclosed_reuse is not credited, handle


# An Arabic agency's wire, signed with its dateline and its name in brackets: the Valley News
# Agency reports that the municipality of Irbid opened a new bridge over the valley road.
VALLEY_STORY = (
    "افتتحت بلدية إربد، صباح الاثنين، جسراً جديداً فوق طريق الوادي بكلفة 4 ملايين دينار.\n"
    "وقال رئيس البلدية إن الجسر سيخفف الازدحام عن وسط المدينة خلال ساعات الذروة.\n"
    "ومن المقرر أن تبدأ أعمال صيانة الطريق القديم الشهر المقبل."
)


def valley_wire_and_copy(copy_text: str) -> Result:
    """The Valley News Agency's wire and a paper's text of it, published later."""
    wire = Document(
        "wadi",
        "وكالة أنباء الوادي",
        f"إربد - وادي - {VALLEY_STORY}\n(وادي)",
        published_time="2026-12-07T08:00:00Z",
    )
    copy = Document("paper", "صحيفة الشمال", copy_text, published_time="2026-12-07T10:00:00Z")
    return compare_documents([wire, copy], single_story=True)


@pytest.mark.parametrize(
    ("copy_text", "credits", "undisclosed"),
    [
        pytest.param(
            f"إربد - وادي - {VALLEY_STORY}",
            ("وكالة أنباء الوادي",),
            False,
            id="the_agency_dateline_kept",
        ),
        pytest.param(
            f"{VALLEY_STORY}\n(وادي)", ("وادي", "وكالة أنباء الوادي"), False, id="the_bracket_kept"
        ),
        pytest.param(
            f"عمّان - وكالات: {VALLEY_STORY}", (UNNAMED_WIRES,), False, id="agencies_in_general"
        ),
        pytest.param(
            f"القاهرة - متابعات - {VALLEY_STORY}", (UNNAMED_WIRES,), False, id="follow_ups"
        ),
        pytest.param(f"إربد - {VALLEY_STORY}", (), True, id="no_credit"),
    ],
)
def test_an_arabic_agency_is_credited_by_its_own_dateline_and_bracket_and_the_wires_in_general(
    copy_text: str, credits: tuple[str, ...], undisclosed: bool
) -> None:
    """With no --terms, an Arabic agency's dateline ("إربد - وادي -") and closing bracket
    ("(وادي)") sign its copy as its own, by the noun its full name makes an adjective of, and a
    paper that keeps either credits it; a paper that names the wires in general ("وكالات",
    "متابعات") credits an agency unnamed; one that drops every credit is flagged."""
    result = valley_wire_and_copy(copy_text)
    (pair,) = result.pairs
    assert (pair.a, pair.b) == ("wadi", "paper")
    assert result.credits_of["paper"] == credits
    assert pair.undisclosed_reuse is undisclosed


def test_a_reprint_keeping_the_agencys_dateline_is_no_origin_when_the_agency_is_there() -> None:
    """A client's evening round-up that kept the agency's dateline is put before the afternoon
    brief that dropped it (the dateline says whose text it is) only while the agency's own
    copy is missing: with the agency's record in the run, that copy is the origin of both,
    and the round-up published three hours after the brief gave it nothing."""
    signing = "Riverton United have signed striker Tomas Bako for a club-record fee."
    agency = Document(
        "wire",
        "wire.example",
        f"RIVERTON, Dec 4 (Reuters) - {signing}",
        published_time="2026-12-04T12:30:00Z",
        of_record=True,
    )
    roundup = side(
        Document(
            "roundup",
            "Northgate Ledger",
            f"HALDEN, Dec 4 (Reuters) - A wildfire was contained. {signing}",
            published_time="2026-12-04T18:00:00Z",
        )
    )
    brief = side(Document("brief", "Metro Digest", signing, published_time="2026-12-04T15:00:00Z"))
    own_copies = disclosure.agencies_with_own_copy([agency, roundup.document, brief.document])
    assert disclosure.signed_before(roundup, brief) is DirectionBasis.AGENCY_DATELINE
    assert disclosure.signed_before(roundup, brief, own_copies) is None


BHASHA_STORY = (
    "पटना, 7 दिसंबर (भाषा)। बिहार के सारण जिले में रविवार सुबह एक निजी बस के पलट जाने से नौ यात्रियों "
    "की मौत हो गई और 23 अन्य घायल हो गए। जिलाधिकारी ने बताया कि बस छपरा से मुजफ्फरपुर जा रही थी। "
    "घायलों को सदर अस्पताल में भर्ती कराया गया है, जहां चार की हालत गंभीर बताई जा रही है। "
    "मुख्यमंत्री ने मृतकों के परिजनों को चार-चार लाख रुपये की सहायता देने की घोषणा की।"
)
BHASHA_BODY = BHASHA_STORY.split("। ", 1)[1]


@pytest.mark.parametrize(
    "wire_outlet",
    [
        pytest.param("PTI भाषा", id="pti_and_its_hindi_name"),
        pytest.param("PTI-Bhasha", id="pti_bhasha_in_latin"),
        pytest.param("भाषा", id="the_hindi_name_alone"),
    ],
)
def test_an_outlet_named_for_a_wires_language_service_is_the_wire(wire_outlet: str) -> None:
    """A run that names PTI's Hindi service's files "PTI भाषा" (or "PTI-Bhasha", "भाषा") has
    PTI among its inputs: a desk that credits "(इनपुट: भाषा)" credits those files, not a rival
    that copied them too, and no warning says PTI is missing (Hindi desk acceptance b1)."""
    wire = Document("pti", wire_outlet, BHASHA_STORY, published_time="2026-12-07T03:30:00Z")
    rival = Document("rival", "ख़बर तक", BHASHA_BODY, published_time="2026-12-07T04:00:00Z")
    desk = Document(
        "desk",
        "देश दर्पण",
        f"{BHASHA_BODY}\n(इनपुट: भाषा)",
        published_time="2026-12-07T05:00:00Z",
    )
    result = compare_documents([wire, rival, desk], single_story=True)
    assert disclosure.absent_wires(result) == []
    by_pair = {(p.a, p.b): p for p in result.pairs}
    assert by_pair["pti", "desk"].undisclosed_reuse is False
    assert by_pair["pti", "rival"].undisclosed_reuse is True
    assert not [p for p in result.pairs if p.undisclosed_reuse and "desk" in (p.a, p.b)]


DESK_REPORT = (
    "गया में रविवार को फल्गु नदी पर बना नया पुल उद्घाटन के तीन दिन बाद ही धंस गया। "
    "पुल के दो खंभों में दरारें आने के बाद प्रशासन ने उस पर आवाजाही रोक दी। "
    "निर्माण कंपनी के अभियंता ने कहा कि मिट्टी के कटाव से नींव कमजोर हुई है। "
    "ग्रामीणों ने आरोप लगाया कि निर्माण में घटिया सामग्री का इस्तेमाल किया गया था।"
)


@pytest.mark.parametrize(
    ("credit_line", "undisclosed"),
    [
        pytest.param("साभार: दैनिक प्रहरी", False, id="with_thanks"),
        pytest.param("(साभार: दैनिक प्रहरी)", False, id="with_thanks_in_brackets"),
        pytest.param("(इनपुट: दैनिक प्रहरी)", False, id="input"),
        pytest.param("स्रोत: दैनिक प्रहरी", False, id="source"),
        pytest.param("दैनिक प्रहरी से साभार", False, id="with_thanks_from"),
        pytest.param("स्रोत: पुलिस ने बताया कि पुल बंद रहेगा।", True, id="a_sentence_of_news"),
    ],
)
def test_a_hindi_credit_line_credits_a_paper(credit_line: str, undisclosed: bool) -> None:
    """A Hindi portal's closing line that thanks a paper, takes it as its input or names it
    as its source credits that paper, as "Source: Dunmore Courier" does in English; a
    sentence after "स्रोत:" is news and credits no one (Hindi desk acceptance b3)."""
    paper = Document("paper", "दैनिक प्रहरी", DESK_REPORT, published_time="2026-12-07T05:00:00Z")
    portal = Document(
        "portal",
        "जन आवाज़",
        f"{DESK_REPORT}\n\n{credit_line}",
        published_time="2026-12-07T07:00:00Z",
    )
    (pair,) = compare_documents([paper, portal], single_story=True).pairs
    assert (pair.a, pair.b) == ("paper", "portal")
    assert pair.undisclosed_reuse is undisclosed


def test_an_agencys_own_feed_named_by_its_site_is_no_missing_wire(tmp_path: Path) -> None:
    """Kestrel's feed names no source, so its records are labelled kestrelnews.example, and the
    clients' datelines credit "Kestrel News Agency": the agency is in the run under its site's
    name. The run asks for that name to be given to the feed, not for stories it already has;
    its own records are not counted among the articles that credit it."""
    feed = write_agency_feed(tmp_path)
    use_terms(
        AddedTerms(wire_services=(("Kestrel News Agency", ("Kestrel News Agency", "Kestrel")),))
    )
    try:
        result = compare_paths([tmp_path], record=[feed])
        absent = disclosure.absent_wires(result)
        note = disclosure.absent_wires_note(absent)
    finally:
        use_terms()
    assert absent == [
        disclosure.AbsentWire(
            "Kestrel News Agency", ("Brae Herald", "Ellis Gazette"), 2, "kestrelnews.example"
        )
    ]
    assert "add its stories" not in note
    assert "give them the source Kestrel News Agency" in note


def test_whether_a_copy_credits_a_document_is_read_once_and_kept() -> None:
    """A paper's credit line is read against each other document of its story once, not again
    for each question a pair asks (its credit, its direction, the outlet it names) nor for each
    side of it the pair makes: the side without phrases a speaker said first knows it too."""
    wire = side(document(STORY, "kna", "Kestrel News Agency"))
    other = side(document(STORY, "hd", "Harbour Daily"))
    paper = side(document(f"{STORY}\nKestrel News Agency contributed to this report.", "rg"))
    without_said = replace(paper, said_first=frozenset({1}))
    assert credits_outlet(paper, wire)
    assert discloses(without_said, wire)
    assert not credits_outlet(without_said, other)
    assert paper.credited == {wire.document: True, other.document: False}
    assert without_said.credited is paper.credited


def test_whether_a_text_names_an_outlet_anywhere_is_read_once_for_each_outlet() -> None:
    """Who copied whom asks of each pair, both ways, whether either text names the other's
    outlet anywhere ("..., the Harbour Daily reported."): read once for each document, and read
    anew against what a copy took from it, which a name it pasted is not its own."""
    harbour = side(document(STORY, "hd", "Harbour Daily"))
    wire = side(document(STORY, "kna", "Kestrel News Agency"))
    naming = "The river peaked before dawn, the Harbour Daily reported."
    paper = side(document(f"{STORY}\n{naming}", "rg"))
    assert names_outlet(paper, harbour, {})
    assert not names_outlet(paper, wire, {})
    assert not names_outlet(paper, harbour, {3: naming})
    assert paper.names_anywhere == {harbour.document: True, wire.document: False}


VALLEY_LEDE, VALLEY_REST = VALLEY_STORY.split("\n", 1)


@pytest.mark.parametrize(
    ("copy_text", "undisclosed"),
    [
        pytest.param(
            "ذكرت وكالة أنباء الوادي أن بلدية إربد افتتحت، صباح الاثنين، جسراً جديداً فوق طريق "
            f"الوادي بكلفة 4 ملايين دينار.\n{VALLEY_REST}",
            False,
            id="the_agency_reported",
        ),
        pytest.param(
            f"{VALLEY_LEDE.removesuffix('.')}، بحسب وكالة أنباء الوادي.\n{VALLEY_REST}",
            False,
            id="according_to_the_agency",
        ),
        pytest.param(
            f"وأفادت وكالة أنباء الوادي بأن البلدية افتتحت جسراً جديداً.\n{VALLEY_STORY}",
            False,
            id="and_the_agency_told",
        ),
        pytest.param(
            f"{VALLEY_STORY}\nولم ترد وكالة أنباء الوادي على طلب للتعليق.",
            True,
            id="a_mention_is_no_credit",
        ),
    ],
)
def test_an_arabic_citation_in_the_text_credits_the_agency(
    copy_text: str, undisclosed: bool
) -> None:
    """Arab papers credit an agency in the sentence itself, its verb of reporting or "according
    to" before its name ("ذكرت وكالة ...", "بحسب وكالة ...", "وأفادت وكالة ..."), as "according
    to Reuters" does in English; a sentence that only names the agency ("did not respond")
    credits no one (acceptance round 42, j1)."""
    (pair,) = valley_wire_and_copy(copy_text).pairs
    assert (pair.a, pair.b) == ("wadi", "paper")
    assert pair.undisclosed_reuse is undisclosed


GULF_STORY = (
    "أرسلت الحكومة اليوم قافلة إغاثة تحمل 40 طنا من الأغذية إلى القرى المتضررة من السيول.\n"
    "وقال مسؤول في الهلال الأحمر إن القافلة ستوزع حمولتها على ثلاثة آلاف أسرة.\n"
    "وأوضح أن قافلة ثانية ستنطلق خلال الأسبوع المقبل."
)


@pytest.mark.parametrize(
    ("dateline", "kept", "restyled"),
    [
        pytest.param(
            "المنامة في 7 ديسمبر / ساحل / ",
            "المنامة في 7 ديسمبر / ساحل / ",
            "المنامة في 7 ديسمبر (ساحل) - ",
            id="between_slashes",
        ),
        pytest.param("حمص-ساحل\n\n", "حمص-ساحل\n\n", "حمص - (ساحل) - ", id="a_line_of_its_own"),
    ],
)
def test_a_state_agencys_arabic_dateline_signs_its_copy(
    dateline: str, kept: str, restyled: str
) -> None:
    """A state agency's house dateline, its name between slashes after the day ("/ وام /", "/قنا/")
    or joined to the place on a line of its own ("حمص-سانا"), signs its copy: a paper that
    keeps it credits the agency, one that only restyles it is a copy, and one that drops it
    removes no figure (the day) and no sentence of news (acceptance round 42, j2)."""
    wire = Document(
        "sahel",
        "وكالة أنباء الساحل",
        f"{dateline}{GULF_STORY}",
        published_time="2026-12-07T08:00:00Z",
    )
    copies = [
        Document(
            "kept", "صحيفة الوطن", f"{kept}{GULF_STORY}", published_time="2026-12-07T10:00:00Z"
        ),
        Document(
            "restyled",
            "صحيفة الشرق",
            f"{restyled}{GULF_STORY}",
            published_time="2026-12-07T11:00:00Z",
        ),
        Document(
            "dropped",
            "موقع الخبر",
            f"المنامة - {GULF_STORY}",
            published_time="2026-12-07T12:00:00Z",
        ),
    ]
    result = compare_documents([wire, *copies], single_story=True)
    pairs = {pair.b: pair for pair in result.pairs if pair.a == "sahel"}
    assert pairs["kept"].undisclosed_reuse is False
    assert pairs["restyled"].undisclosed_reuse is False
    assert pairs["restyled"].verdict.value == "copy"
    assert pairs["dropped"].undisclosed_reuse is True
    assert not [note for match in pairs["dropped"].matches for note in match.framing], (
        "the dropped dateline's day is no framing note"
    )
