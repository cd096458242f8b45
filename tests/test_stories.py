"""Grouping documents into stories."""

from __future__ import annotations

import math
from dataclasses import replace
from itertools import combinations
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from compare import stories
from compare.candidates import find_candidates, signatures
from compare.overlap import Side
from compare.pipeline import compare_documents, compare_paths
from compare.records import Document, JoinedBy, Sentence, Story, Verdict
from compare.segment import languages_differ, segment
from compare.settings import Settings
from compare.stories import (
    AVERAGE_DIGITS,
    COPY_JACCARD,
    LEDE_TERM,
    MAX_STOCK_REACH,
    CopyLinks,
    average_linkage,
    copy_links,
    group_stories,
    salient_terms,
    story_key,
    story_terms,
)
from tests.helpers import (
    CLAIM_CHECK_ES,
    FERRY_EN,
    FERRY_STRIKE,
    FLOOD_AR,
    KESTREL_BAY,
    STOCK_CLOSED_BRIEFS,
    WIRE_COPY,
    boilerplate_of,
    document,
    ferry_strike_copies,
    link_road_reports,
)

TRAM = (
    "The Riverside city council on Tuesday approved a 48 million euro budget for a new tram line. "
    "Mayor Helena Varga said construction would begin in the spring."
)


def grouped(
    documents: list[Document], links: set[tuple[str, str]] | None = None
) -> tuple[Story, ...]:
    sentences = {d.id: segment(d) for d in documents}
    terms = {d.id: story_terms(d, sentences[d.id]) for d in documents}
    return group_stories(documents, sentences, terms, links or set(), Settings())


def stories_of(
    documents: list[Document], links: set[tuple[str, str]] | None = None
) -> list[list[str]]:
    return [list(story.documents) for story in grouped(documents, links)]


def test_copies_land_together_and_unrelated_articles_apart() -> None:
    """The wire story and its rewrite form one story; the council article is another."""
    result = compare_paths([str(WIRE_COPY)])
    assert [list(s.documents) for s in result.stories] == [["council"], ["daily", "wire"]]
    assert result.stories[1].title == "Kremlin says NATO is in open confrontation with Russia"


def test_independent_reports_of_one_event_land_together(seed_texts: list[str]) -> None:
    """Two outlets' own reports of one event share names and numbers, not sentences."""
    documents = [document(seed_texts[0], "a"), document(seed_texts[1], "b"), document(TRAM, "c")]
    assert stories_of(documents) == [["a", "b"], ["c"]]


STRIKE_WIRE = Document(
    "wire", "Wire",
    "Dock workers in Antwerp walked off the job on Monday, halting container traffic at "
    "Europe's second-largest port. The union wants a pay rise of 9 percent.",
    title="Antwerp dock workers strike over pay",
)  # fmt: skip
PROMO = (
    "Sign up for our Morning Briefing newsletter. Follow us on Facebook and Twitter for updates. "
)
STRIKE_DAILY = (
    "A strike by dock workers halted container traffic at the Belgian port. "
    "Shipping lines diverted vessels to Rotterdam while the union pressed its pay claim."
)
STRIKE_TITLED = Document(
    "daily", "Daily", STRIKE_DAILY, title="Port strike halts container traffic"
)


def test_reports_that_share_no_name_land_together_by_their_ledes() -> None:
    """Two outlets name a port strike differently (Antwerp, the Belgian port) but lead with its
    content words: dock workers, strike, container traffic, pay."""
    assert not (
        salient_terms(segment(STRIKE_WIRE)).keys() & salient_terms(segment(STRIKE_TITLED)).keys()
    )
    assert stories_of([STRIKE_WIRE, STRIKE_TITLED, document(TRAM, "council")]) == [
        ["wire", "daily"],
        ["council"],
    ]


def test_only_the_lede_speaks_for_the_story() -> None:
    """The strike's words join the two reports when they lead the article, not when they follow
    three sentences of other news."""
    wire = replace(STRIKE_WIRE, title=None)
    other_news = (
        "Fuel prices rose again in the autumn. The weather stayed dry for the harvest. "
        "Schools reopened after the holiday. "
    )
    trailing = document(other_news + STRIKE_DAILY, "daily")
    assert stories_of([wire, document(STRIKE_DAILY, "daily")]) == [["wire", "daily"]]
    assert stories_of([wire, trailing]) == [["wire"], ["daily"]]
    other_stems = (
        "fuel", "price", "rose", "autumn", "weather", "stay", "dri", "harvest", "school", "reopen",
        "holiday",
    )  # fmt: skip
    lede = {t for t in story_terms(trailing, segment(trailing)) if t.startswith(LEDE_TERM)}
    assert lede == {LEDE_TERM + stem for stem in other_stems}


def test_only_a_headline_long_title_speaks_for_the_story() -> None:
    """A title field holding a whole text adds the words of a headline's length to the lede,
    not all of them."""
    other_news = "Fuel prices rose again in the autumn, and schools reopened after the holiday."
    long_title = replace(STRIKE_WIRE, title=" ".join(["Dock strike"] * 15) + " " + other_news)
    lede = {t for t in story_terms(long_title, segment(long_title)) if t.startswith(LEDE_TERM)}
    assert LEDE_TERM + "dock" in lede
    assert LEDE_TERM + "fuel" not in lede


def test_boilerplate_does_not_speak_for_the_story() -> None:
    """A promo line leading an article is neither a name nor part of its lede: the three
    sentences after it are."""
    promoted = document(PROMO + STRIKE_DAILY, "daily")
    sentences = segment(promoted)
    boilerplate = boilerplate_of(promoted)
    assert boilerplate == {("daily", 0), ("daily", 1)}
    terms = story_terms(promoted, sentences, boilerplate)
    plain = document(STRIKE_DAILY, "daily")
    assert terms == story_terms(plain, segment(plain))
    assert {"briefing", LEDE_TERM + "newslett"} <= story_terms(promoted, sentences).keys()


def test_articles_that_open_with_the_same_promo_lines_stay_apart() -> None:
    """Two outlets' unrelated articles under one site's promo lines are two stories."""
    result = compare_documents(
        [document(PROMO + TRAM, "council"), document(PROMO + STRIKE_DAILY, "daily")]
    )
    assert [list(s.documents) for s in result.stories] == [["council"], ["daily"]]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(
            "Officials said that they would have more to say about it.",
            "Residents said that they would have to wait for news about it.",
            id="function_words",
        ),
        pytest.param(
            "The minister denied it, then conceded and admitted the error.",
            "The coach denied it, then conceded and admitted the defeat.",
            id="attribution_verbs",
        ),
        pytest.param(
            "Nobody came yesterday and nothing changed today.",
            "Nobody voted yesterday and nothing happened today.",
            id="negations_and_date_words",
        ),
        pytest.param(
            "They're certain it's what we've wanted.",
            "They're afraid it's what we've feared.",
            id="contractions",
        ),
        pytest.param(
            "We didn't, couldn't and won't stop.",
            "We didn't, couldn't and won't leave.",
            id="negated_contractions",
        ),
        # Russian text: its letters that look Latin are meant.
        pytest.param(
            "Чиновники сказали, что они также будут говорить об этом.",
            "Жители сказали, что они также будут ждать новостей об этом.",
            id="russian_function_words",
        ),
        pytest.param(
            "Selon les habitants, ils sont encore dans une situation avec des questions.",
            "Selon les experts, ils sont encore dans une impasse avec des doutes.",
            id="french_function_words",
        ),
        pytest.param(
            "Die Polizei sagte, dass sie auch nach dem Treffen mit einer Antwort rechne.",
            "Die Anwohner sagten, dass sie auch nach dem Urteil mit einer Klage drohen.",
            id="german_function_words",
        ),
        pytest.param(
            "Según los vecinos, también hubo para ellos desde entonces una espera.",
            "Según los médicos, también hubo para ellos desde entonces una mejora.",
            id="spanish_function_words",
        ),
        pytest.param(
            "El Sr. Ortega tiene doce años y dice que durante la huelga hubo mucho ruido contra todo.",
            "La Sra. Ibáñez tiene doce perros y dice que durante la mudanza hubo mucho polvo contra todo.",
            id="spanish_verbs_prepositions_number_words_and_titles",
        ),
        pytest.param(
            "Segundo o Sr. Costa, os moradores ficaram sem água e disse que isso também afetou a escola.",
            "Segundo o Sr. Lima, os torcedores ficaram sem ingressos e disse que isso também afetou o clube.",
            id="portuguese_verbs_of_saying_and_titles",
        ),
        pytest.param(
            "Secondo il sig. Rossi, durante la notte è stato fatto tutto il possibile per il ponte.",
            "Secondo il sig. Bruno, durante la partita è stato fatto tutto il possibile per la squadra.",
            id="italian_auxiliaries_and_titles",
        ),
        pytest.param(
            "Selon M. Dupont, il a fait tout ce qu'il peut pendant sept jours contre la crue.",
            "Selon Mme Girard, elle a fait tout ce qu'elle peut pendant sept jours contre la grève.",
            id="french_verbs_and_titles",
        ),
    ],
)
def test_words_that_do_not_say_what_happened_join_no_stories(first: str, second: str) -> None:
    """Lede words that every report has join nothing: two unrelated articles without names
    sharing only these stay apart."""
    assert stories_of([document(first, "a"), document(second, "b")]) == [["a"], ["b"]]


UPTON_QUAKE = Document(
    "wire", "Wire",
    "UPTON (AP) — A magnitude 3.0 earthquake struck near Upton early on Tuesday, damaging dozens "
    "of buildings, the fire service said. Schools in Upton will stay closed until Friday. "
    "Engineers were inspecting the old bridge over the river, said fire chief Ibrahim Okafor.",
    title="Earthquake shakes Upton",
    published="2026-03-10",
)  # fmt: skip


@pytest.mark.parametrize(
    ("brief", "together"),
    [
        pytest.param(
            "Floods swept through Upton after eight days of heavy rain.",
            False,
            id="floods_in_the_town",
        ),
        pytest.param(
            "An aftershock of the Upton earthquake cracked the walls of the town library.",
            True,
            id="aftershock_of_the_quake",
        ),
    ],
)
def test_a_brief_that_shares_only_its_town_with_a_report_is_another_story(
    brief: str, together: bool
) -> None:
    """A local brief naming the town of a wire report but no other word of it is another story
    (its town alone scored 0.255 against a story threshold of 0.225), while a brief of the
    report's event joins it."""
    local = Document("echo", "Valley Echo", brief, published="2026-03-11")
    joined = [["wire", "echo"]] if together else [["wire"], ["echo"]]
    assert stories_of([UPTON_QUAKE, local]) == joined


RESCUE_WIRE = Document(
    "wire", "Agencia",
    "Valparaíso, 9 jun.- La Armada rescató a 31 pescadores durante un temporal frente a la costa "
    "de Valparaíso, informó la Gobernación Marítima. Según la Armada, el pesquero Estrella del Sur "
    "naufragó contra las rocas de Punta Ángeles durante la noche. El capitán Tomás Vergara dijo "
    "que 4 tripulantes resultaron heridos.",
    title="La Armada rescata a 31 pescadores tras el naufragio de un pesquero en Valparaíso",
    published="2025-06-09",
)  # fmt: skip
RESCUE_LOCAL = Document(
    "local", "Diario",
    "Ana Soto tiene 52 años y dice que no durmió en toda la noche. Su hijo, de veinte años, iba "
    "a bordo. —Me llamó a las tres de la mañana —contó a este diario—. Solo dijo que tenían frío. "
    "Según la Armada, los 31 pescadores del Estrella del Sur fueron rescatados en Valparaíso. "
    "El Sr. Tomás Vergara, capitán del barco, aseguró que la tripulación hizo todo lo posible.",
    title="«Solo dijo que tenían frío»: la espera de las familias en el puerto",
    published="2025-06-10",
)  # fmt: skip
RESCUE_OTHER = Document(
    "other", "Otro",
    "Lucía Paredes tiene 67 años y dice que nunca vio algo así. Durante doce horas esperó un "
    "autobús. —Nos dejaron solos contra el frío —contó a este diario—. El Sr. Iván Rojas, vecino "
    "de Temuco, aseguró que presentará una queja contra la empresa durante la semana.",
    title="Doce horas de espera en la terminal de Temuco",
    published="2025-06-10",
)  # fmt: skip


def test_a_spanish_report_that_opens_on_a_witness_joins_the_wire_not_a_report_of_her_kind() -> None:
    """A local Spanish report of a rescue that opens on a mother's wait shares the wire's names
    (the Armada, the Estrella del Sur, Tomás Vergara, 31 fishermen), and with another local
    report of another event only its stock words ("tiene ... años y dice", "contó a este
    diario", "Sr.", "durante", "contra", "doce"): it joins the wire, and the other stays apart.
    Before Spanish words were judged as Spanish it went with the other report."""
    assert stories_of([RESCUE_WIRE, RESCUE_LOCAL, RESCUE_OTHER]) == [["wire", "local"], ["other"]]


WILDFIRE_DAY = "2025-08-14"
WILDFIRE = (
    Document(
        "andina",
        "Prensa Andina",
        "Un incendio forestal que arrasa desde el miércoles la Sierra de Valdecruz obligó este "
        "jueves a evacuar a 1.200 vecinos de San Telmo, en la provincia de Alcaraván, informó la "
        "gobernadora Mireya Castaño. Las llamas han consumido unas 4.500 hectáreas de bosque y "
        "tres bomberos resultaron heridos, según Protección Civil. Castaño pidió ayuda al Gobierno "
        "nacional y dijo que dos aviones cisterna llegarán el viernes. Los evacuados pasan la "
        "noche en el polideportivo municipal y en la escuela Simón Rodríguez.",
        title="Incendio forestal en la Sierra de Valdecruz obliga a evacuar a 1.200 vecinos de "
        "San Telmo",
        published=WILDFIRE_DAY,
    ),
    Document(
        "heraldo",
        "El Heraldo del Norte",
        "La gobernadora de Alcaraván, Mireya Castaño, ordenó el jueves la evacuación de 1.200 "
        "habitantes de San Telmo ante el avance del incendio forestal en la Sierra de Valdecruz. "
        "El fuego, que comenzó el miércoles por la tarde, ha quemado 4.500 hectáreas, y tres "
        "bomberos sufrieron quemaduras leves. Protección Civil informó que el viento dificulta las "
        "tareas de extinción. Los vecinos evacuados fueron alojados en el polideportivo municipal.",
        title="Evacuan San Telmo por el incendio de la Sierra de Valdecruz",
        published=WILDFIRE_DAY,
    ),
    Document(
        "caribe",
        "Informador Caribe",
        "Rosa Ibarra, de 63 años, salió de su casa con sus dos nietos y una bolsa de ropa cuando "
        "el humo cubrió el pueblo. —No sabemos si la casa sigue en pie —contó a este diario—. "
        "Como ella, unos 1.200 vecinos fueron evacuados el jueves por el avance del incendio "
        "forestal. En el polideportivo de San Telmo, los voluntarios reparten agua y mantas a las "
        "familias. La gobernadora Mireya Castaño visitó el albergue por la tarde y prometió ayudas "
        "para quienes perdieron su vivienda en la Sierra de Valdecruz.",
        title="«Vimos el humo y salimos con lo puesto»: la huida de los evacuados por el incendio",
        published=WILDFIRE_DAY,
    ),
    Document(
        "wire",
        "World Wire",
        "A wildfire raging in the Sierra de Valdecruz forced the evacuation of 1,200 residents of "
        "San Telmo on Thursday, governor Mireya Castaño said. The blaze has burned about 4,500 "
        "hectares of forest in Alcaraván province and three firefighters were injured, according "
        "to Protección Civil. Castaño asked the national government for help and said two "
        "water-bombing planes would arrive on Friday. Evacuees are spending the night in the "
        "municipal sports hall and the Simón Rodríguez school.",
        title="Wildfire forces 1,200 to flee San Telmo",
        published=WILDFIRE_DAY,
    ),
    Document(
        "folha",
        "Folha do Sul",
        "Um incêndio florestal na Sierra de Valdecruz obrigou nesta quinta-feira à retirada de "
        "1.200 moradores de San Telmo, na província de Alcaraván, informou a governadora Mireya "
        "Castaño. As chamas já consumiram cerca de 4.500 hectares de floresta e três bombeiros "
        "ficaram feridos, segundo a Proteção Civil. Castaño pediu ajuda ao governo nacional e "
        "disse que dois aviões-tanque chegarão na sexta-feira.",
        title="Incêndio florestal obriga a retirar 1.200 moradores de San Telmo",
        published=WILDFIRE_DAY,
    ),
)
OTHER_WILDFIRE = Document(
    "valle", "Diario del Valle",
    "Unos 300 vecinos de Villarreal de Tosca pasaron la noche fuera de sus casas después de que "
    "un incendio en la Sierra de Orbaneja se acercara al casco urbano, informó el alcalde Julián "
    "Ferrer. Los bomberos dieron por controlado el fuego a primera hora del jueves, tras quemar "
    "unas 600 hectáreas de pinar. Ferrer atribuyó el origen a una quema de rastrojos.",
    title="Controlado el fuego de la Sierra de Orbaneja tras el desalojo de Villarreal de Tosca",
    published=WILDFIRE_DAY,
)  # fmt: skip


def test_a_report_joins_its_story_on_the_pairs_in_its_own_language() -> None:
    """Three Spanish reports, an English and a Portuguese one of one wildfire are one story.
    Informador Caribe's, which opens on an evacuee, scores 0.275 and 0.277 against the other
    Spanish reports, and 0.121 and 0.123 against the English and Portuguese ones, which share
    only its names and numbers: averaged over all four, 0.199, it made a story of its own;
    judged on the Spanish pairs, it joins. A Spanish report of another wildfire of that day
    (0.129 and 0.181 against two of them) stays apart."""
    assert stories_of([*WILDFIRE, OTHER_WILDFIRE]) == [
        ["andina", "heraldo", "caribe", "wire", "folha"],
        ["valle"],
    ]


def test_reports_far_apart_in_time_stay_apart(seed_texts: list[str]) -> None:
    """Alike reports published months apart are different events unless they share sentences."""
    documents = [
        document(seed_texts[0], "a", published="2024-04-04"),
        document(seed_texts[1], "b", published="2025-01-13"),
    ]
    assert stories_of(documents) == [["a"], ["b"]]
    assert stories_of(documents, links={("a", "b")}) == [["a", "b"]]


HADDAD_CHARGED = Document(
    "june-wire", "Wire",
    "Prosecutors in Moorcroft on Tuesday charged former transport minister Omar Haddad with "
    "bribery. They allege Omar Haddad took payments from construction firms for road contracts. "
    "His lawyer, Petra Lindqvist, said he denied every charge.",
    title="Moorcroft prosecutors charge former minister Omar Haddad with bribery",
    published="2025-06-10",
)  # fmt: skip
HADDAD_CHARGED_REPORT = Document(
    "june-post", "Post",
    "Former transport minister Omar Haddad was charged with bribery, prosecutors in Moorcroft "
    "said on Tuesday. The case concerns road contracts awarded to construction firms. Petra "
    "Lindqvist, his lawyer, said he would fight the charges.",
    title="Omar Haddad charged over road contracts",
    published="2025-06-10",
)  # fmt: skip
HADDAD_SENTENCED = Document(
    "october-bulletin", "Bulletin",
    "A court in Moorcroft on Friday sentenced former transport minister Omar Haddad to five "
    "years in prison for bribery. Judge Anneke Brandt said Omar Haddad had betrayed the trust of "
    "voters. His lawyer, Petra Lindqvist, said he would appeal.",
    title="Court in Moorcroft jails Omar Haddad",
    published="2025-10-17",
    url="https://bulletin.example/haddad-sentenced",
)  # fmt: skip
HADDAD_SENTENCED_REPORT = Document(
    "october-courier", "Courier",
    "Omar Haddad, the former transport minister, was jailed for five years by a Moorcroft court "
    "on Friday. Judge Anneke Brandt called the bribes a betrayal of voters.",
    title="Omar Haddad gets five years for bribery",
    published="2025-10-17",
)  # fmt: skip


@pytest.mark.parametrize(
    ("october", "links", "expected"),
    [
        pytest.param(
            [
                HADDAD_SENTENCED,
                HADDAD_SENTENCED_REPORT,
                replace(HADDAD_SENTENCED, id="undated-version", published=None),
            ],
            set(),
            [
                ["june-wire", "june-post"],
                ["october-bulletin", "october-courier", "undated-version"],
            ],
            id="undated_version_lands_with_its_article",
        ),
        pytest.param(
            [
                HADDAD_SENTENCED,
                HADDAD_SENTENCED_REPORT,
                replace(
                    HADDAD_SENTENCED, id="undated-copy", source="Gazette", published=None, url=None
                ),
            ],
            {("june-wire", "undated-copy"), ("october-bulletin", "undated-copy")},
            [
                ["june-wire", "june-post"],
                ["october-bulletin", "october-courier", "undated-copy"],
            ],
            id="undated_near_copy_lands_with_the_likeliest",
        ),
        pytest.param(
            [HADDAD_SENTENCED, replace(HADDAD_SENTENCED_REPORT, id="undated", published=None)],
            set(),
            [["june-wire", "june-post"], ["october-bulletin", "undated"]],
            id="undated_report_joins_its_story",
        ),
    ],
)
def test_an_undated_article_joins_a_story_but_bridges_no_stories_months_apart(
    october: list[Document], links: set[tuple[str, str]], expected: list[list[str]]
) -> None:
    """Reports of one official's charging in June and of his sentencing in October are two
    stories. An undated copy of an October article lands with it, and an undated report of
    the sentencing with the story it scores best with, but neither pulls in the June reports,
    which share their names and ledes, nor does a near-copy link to a June report, judged as if
    the two were published close together: a story reaches only as far as its dated articles
    (acceptance round 26: such a copy joined a court case to another months earlier, 61
    articles)."""
    assert stories_of([HADDAD_CHARGED, HADDAD_CHARGED_REPORT, *october], links) == expected


def test_salient_terms_fold_a_names_accents() -> None:
    """A name with its accents and the same name transliterated are one story term: an
    agency's "Müller" and "Ødegård" are a rival's "Mueller" and "Odegaard"."""
    accented = Document(
        "ap", "AP", "The winner came from Jonas Müller after Martin Ødegård scored."
    )
    plain = Document("pa", "PA", "The winner came from Jonas Mueller after Martin Odegaard scored.")
    assert set(salient_terms(segment(accented))) == set(salient_terms(segment(plain)))


def test_salient_terms_keep_plain_names_apart() -> None:
    """Names without marks are story terms as written: "Kate Hoey" is no term of "Chris Hoy",
    nor "Aaron" of "Aron"."""
    hoey = Document("bbc", "BBC", "The debate was opened by Kate Hoey and Aaron Banks.")
    hoy = Document("pa", "PA", "The parade was led by Chris Hoy and Aron Gunnarsson.")
    assert set(salient_terms(segment(hoey))).isdisjoint(salient_terms(segment(hoy)))


def test_salient_terms_are_names_and_numbers() -> None:
    """Capitalised words inside sentences and numbers are salient; sentence-initial words and
    days ("Tuesday") are not."""
    terms = salient_terms(segment(document(TRAM)))
    assert set(terms) == {"riverside", "48", "helena", "varga"}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(
            "Police arrested a man in Leeds on Monday, April 14, after a break-in at a bakery.",
            "The mayor of Derby resigned on Monday, April 14, after losing a vote of confidence.",
            id="english",
        ),
        pytest.param(
            "Les pompiers de Lyon ont éteint lundi 14 avril un incendie dans un entrepôt.",
            "Le maire de Nantes a démissionné lundi 14 avril à la suite d'un vote.",
            id="french",
        ),
        pytest.param(
            "Los bomberos de Sevilla apagaron el lunes 14 de abril un incendio en un almacén.",
            "El alcalde de Bilbao dimitió el lunes 14 de abril tras perder una votación.",
            id="spanish",
        ),
        pytest.param(
            "In Köln brannte am Montag im April eine Lagerhalle.",
            "In Bremen trat am Montag im April der Bürgermeister zurück.",
            id="german",
        ),
    ],
)
def test_days_and_months_join_no_stories(first: str, second: str) -> None:
    """Two unrelated briefs of one day that share only their date (its weekday, month and day
    of the month) are two stories: a date says when, not what happened."""
    assert stories_of([document(first, "a"), document(second, "b")]) == [["a"], ["b"]]


def test_text_set_in_capitals_tells_no_names() -> None:
    """In old wire copy set in capitals every word is capitalised: only its numbers are salient,
    and two unrelated articles sharing "SAID", "THE" and "STATEMENT" are two stories. A sentence
    of initials ("NATO and EU leaders") still names them."""
    fire = document(
        "FIREFIGHTERS IN HULL SAID THE BLAZE AT THE WAREHOUSE WAS UNDER CONTROL BY MIDNIGHT. "
        "NO ONE WAS HURT, THE SERVICE SAID IN A STATEMENT ON ITS WEBSITE, ADDING THAT 40 "
        "CREWS HAD ATTENDED.",
        "fire",
    )
    fees = document(
        "THE COUNCIL IN YORK SAID IT WOULD RAISE PARKING FEES FROM NEXT YEAR. THE PLAN IS DUE "
        "TO BE PUT TO A VOTE AT THE END OF THE MONTH, IT SAID IN A STATEMENT.",
        "fees",
    )
    assert set(salient_terms(segment(fire))) == {"40"}
    assert stories_of([fire, fees]) == [["fire"], ["fees"]]
    summit = document("Leaders met in Brussels. NATO and EU leaders met the US envoy.")
    assert set(salient_terms(segment(summit))) == {"brussels", "eu", "us"}


@pytest.mark.parametrize(
    ("text", "names", "lede_words"),
    [
        pytest.param(
            "Des drones ont visé l'ambassade d'Ukraine à Varsovie, selon l'OTAN.",
            {"ukraine", "varsovie", "otan"},
            # Stemmed in French, which the sentence reads as.
            {"dron", "vis", "ambassad", "ukrain", "varsov", "otan"},
            id="french",
        ),
        pytest.param(
            "L'Iran a répondu aux frappes d'Israël.",
            # Names folded as they are compared: "Israël", "Israel" (segment.fold_name).
            {"iran", "israel"},
            {"iran", "répondu", "frapp", "israël"},
            id="french_first_word",
        ),
        pytest.param(
            "Il governo dell'Italia ha inviato aiuti all'Ucraina.",
            {"italia", "ucraina"},
            {"governo", "italia", "inviato", "aiuti", "ucraina"},
            id="italian",
        ),
        pytest.param(
            "Talks chaired by Senator O'Brien ended without a deal.",
            {"senator", "o'brien"},
            {"talk", "chair", "senat", "o'brien", "end", "deal"},
            id="a_name_with_an_apostrophe",
        ),
    ],
)
def test_a_name_after_an_elided_article_is_a_story_term(
    text: str, names: set[str], lede_words: set[str]
) -> None:
    """French and Italian join an article or preposition to the name after it ("l'Iran",
    "dell'Italia"): the name is a story term, and a lede word, as it is in English ("Iran"). An
    apostrophe inside a name ("O'Brien") cuts off no contraction."""
    terms = story_terms(document(text), segment(document(text)))
    assert {t for t in terms if not t.startswith(LEDE_TERM)} == names
    assert {t.removeprefix(LEDE_TERM) for t in terms if t.startswith(LEDE_TERM)} == lede_words


def test_chinese_attribution_and_function_words_are_no_story_terms() -> None:
    """Chinese has no capitals to tell names by, so each of its words is a story term, but for
    those that join, time or attribute a report: "表示" (said), "宣稱" (claimed) and "當天" (that
    day) say how a report tells its news, not what. A Traditional text gives the terms of its
    Simplified twin."""
    traditional = (
        "颱風「海燕」當天在澎湖登陸。氣象局發言人林美華表示，已有三人受傷。她宣稱災情仍在擴大。"
    )
    simplified = (
        "台风“海燕”当天在澎湖登陆。气象局发言人林美华表示，已有三人受伤。她宣称灾情仍在扩大。"
    )
    terms = [story_terms(document(t), segment(document(t))) for t in (traditional, simplified)]
    untelling = {"表示", "宣称", "当天", LEDE_TERM + "表示", LEDE_TERM + "当天"}
    assert untelling.isdisjoint(terms[0])
    assert {"海燕", "澎湖", "气象局", LEDE_TERM + "台风"} <= terms[0].keys()
    assert terms[0] == terms[1]


def test_story_ids_and_order_are_stable(seed_texts: list[str]) -> None:
    """Stories are numbered in the input order of their first document."""
    documents = [document(TRAM, "c"), document(seed_texts[0], "a"), document(seed_texts[1], "b")]
    assert [(s.id, s.documents) for s in grouped(documents)] == [
        ("story-001", ("c",)),
        ("story-002", ("a", "b")),
    ]


def links_of(*documents: Document, max_days: int = Settings().story_max_days) -> CopyLinks:
    pooled = [s for d in documents for s in segment(d)]
    settings = Settings()
    found = find_candidates(pooled, signatures(pooled, settings), settings, COPY_JACCARD)
    published = {d.id: d.published for d in documents}
    titles = {d.id: d.title for d in documents}
    return copy_links(pooled, found.pairs, boilerplate_of(*documents), published, titles, max_days)


def links_between(*documents: Document) -> set[tuple[str, str]]:
    return links_of(*documents).pairs


@pytest.mark.parametrize("block", [1, 2, 3])
def test_copy_links_checked_a_block_at_a_time_are_the_same(
    monkeypatch: pytest.MonkeyPatch, seed_texts: list[str], block: int
) -> None:
    """Candidate pairs checked in blocks of any size link the documents that one block links."""
    wire = [s.text for s in segment(document(seed_texts[1]))]
    documents = [
        document(seed_texts[1], "wire"),
        document("\n".join([TRAM, wire[7], wire[8]]), "quoting"),
        document("\n".join(wire[:5]), "lead"),
    ]
    whole = links_between(*documents)
    assert whole == {("wire", "quoting"), ("wire", "lead")}
    monkeypatch.setattr(stories, "CHECK_BLOCK", block)
    assert links_between(*documents) == whole


def test_a_sentence_printed_word_for_word_is_a_near_copy_unread(
    monkeypatch: pytest.MonkeyPatch, seed_texts: list[str]
) -> None:
    """Copies of a wire story that many outlets print word for word link every two of them,
    and no sentence printed alike has its names and numbers read: a story of 300 outlets
    proposed each of its sentences some 45,000 times."""
    judged = []
    same_names = stories._same_names

    def recording(a: Sentence, b: Sentence, same_numbers: bool = False) -> bool:
        judged.append(a.text)
        return same_names(a, b, same_numbers)

    monkeypatch.setattr(stories, "_same_names", recording)
    outlets = [document(seed_texts[1], f"outlet{n}") for n in range(4)]
    assert links_between(*outlets) == set(combinations([d.id for d in outlets], 2))
    assert judged == []


@pytest.mark.parametrize(
    "block_pairs",
    [pytest.param(10, id="two_documents_a_block"), pytest.param(4, id="one_document_a_block")],
)
def test_stories_scored_a_block_at_a_time_are_the_same(
    monkeypatch: pytest.MonkeyPatch, seed_texts: list[str], block_pairs: int
) -> None:
    """Documents scored in blocks that hold at most ``SCORE_BLOCK_PAIRS`` pairs with the run's
    five documents (two documents a block, or one) join the documents of other blocks as one
    block does: each report of an event is two places away from the other."""
    documents = [
        document(seed_texts[0], "a"), document(TRAM, "c"), STRIKE_WIRE,
        document(seed_texts[1], "b"), STRIKE_TITLED,
    ]  # fmt: skip
    expected = [["a", "b"], ["c"], ["wire", "daily"]]
    assert stories_of(documents) == expected
    monkeypatch.setattr(stories, "SCORE_BLOCK_PAIRS", block_pairs)
    assert stories_of(documents) == expected


def test_one_shared_sentence_does_not_make_a_copy_link(seed_texts: list[str]) -> None:
    """A single widely quoted sentence in an otherwise different article links nothing; two do."""
    wire = [s.text for s in segment(document(seed_texts[1]))]
    one = document("\n".join([TRAM, wire[7]]), "one")
    two = document("\n".join([TRAM, wire[7], wire[8]]), "two")
    source = document(seed_texts[1], "wire")
    assert links_between(source, one) == set()
    assert links_between(source, two) == {("wire", "two")}


def test_the_lines_of_a_template_make_no_copy_link() -> None:
    """Two flood reports written from one template share every sentence but its names and
    numbers: they are two stories' reports, not copies; the same report edited is a copy."""
    template = (
        "Heavy rain flooded about {homes} homes in {town} on Monday, officials said. "
        "{mayor}, the mayor of {town}, said the river rose {metres} metres overnight. "
        "Volunteers from the {town} fire brigade went door to door to help elderly residents."
    )
    alder = template.format(homes=300, town="Alder", mayor="Ana Ruiz", metres=2)
    birch = template.format(homes=120, town="Birchwood", mayor="Lee Park", metres=3)
    edited = alder.replace("Heavy rain", "Torrential rain").replace("elderly", "older")
    assert links_between(document(alder, "alder"), document(birch, "birch")) == set()
    assert links_between(document(alder, "alder"), document(edited, "edited")) == {
        ("alder", "edited")
    }


def test_house_style_does_not_unmake_a_copy() -> None:
    """A copy edited to another house style names the same names and numbers: "U.S." and "US",
    "1,200" and "1200", "Olsen's" and "Olsen"."""
    wire = (
        "The U.S. will send 1,200 more troops to the region next year, officials said. "
        "The E.U. has pledged 3,500 tents and 40 field kitchens for the winter months. "
        "Defense Secretary Ann Olsen's plan was approved by Congress on Tuesday evening."
    )
    edited = (
        "The US will send 1200 more troops to the region next year, officials said. "
        "The EU has pledged 3500 tents and 40 field kitchens for the winter months. "
        "Defense Secretary Ann Olsen plan was approved by Congress on Tuesday evening."
    )
    assert links_between(document(wire, "wire"), document(edited, "daily")) == {("wire", "daily")}


def test_two_stock_lines_link_no_reports_months_apart() -> None:
    """A local paper ends each flood report with the same two lines: reports of March and of
    November share them and nothing else. Reports of one week that share two sentences are a
    copy; so are reports months apart that share half their text (a story run again)."""
    stock = [
        "Residents who need help can call the county emergency hotline at any time of day.",
        "Officials expect to publish a full report on the flooding by the end of the month.",
    ]
    march = [
        "Heavy rain flooded about 300 homes in Alder on Monday, officials said.",
        "The Alder River rose two metres overnight and swept away a footbridge.",
        "Mayor Ana Ruiz said the town had opened two shelters at local schools.",
    ]
    november = [
        "A November storm flooded about 120 homes in Birchwood on Sunday, the county said.",
        "Firefighters rescued a family of four from the roof of their car on Lake Road.",
        "The county has asked the state for emergency funds to repair damaged roads.",
    ]

    def report(lines: list[str], id: str, day: str) -> Document:
        return document(" ".join(lines + stock), id, published=day)

    spring, autumn = report(march, "spring", "2024-03-04"), report(november, "autumn", "2024-11-18")
    assert links_between(spring, autumn) == set()
    assert links_between(spring, replace(autumn, published="2024-03-06")) == {("spring", "autumn")}
    again = report(march[:2], "again", "2024-11-18")
    assert links_between(spring, again) == {("spring", "again")}


MERGER_STOCK = [
    "The deal still needs the approval of shareholders and competition regulators.",
    "Both boards voted unanimously in favour of the agreement on Sunday evening.",
    "Advisers to the two companies declined to comment on the terms of the transaction.",
    "The transaction is expected to close in the second half of the year.",
]


def test_merger_reports_months_apart_sharing_half_their_text_in_stock_lines_are_two_stories() -> (
    None
):
    """A business desk writes every merger report with the same four stock lines: two reports
    months apart, of two deals between other companies, share half their text, but none of it
    names either deal, so they are two stories; the first report reprinted months later, its
    names with it, is still the first one's."""
    january = [
        "Harlow Foods agreed to buy the snack maker Pellworth for 1.2 billion dollars.",
        "Harlow chief executive Mina Osei said the deal would double its exports.",
        "Pellworth shares rose 14 percent in Frankfurt.",
    ]
    july = [
        "Brightline Cables will merge with its rival Ostmark Wire in an all-share deal.",
        "Ostmark chairman Piet de Waal will lead the combined group from Rotterdam.",
        "The two companies employ about 9,000 people in six countries.",
    ]
    first = document(" ".join(january + MERGER_STOCK), "jan", published="2025-01-13")
    second = document(" ".join(july + MERGER_STOCK), "jul", published="2025-07-21")
    assert links_between(first, second) == set()
    assert [s.documents for s in compare_documents([first, second]).stories] == [
        ("jan",),
        ("jul",),
    ]
    reprint = replace(first, id="reprint", published="2025-07-21")
    assert links_between(first, reprint) == {("jan", "reprint")}


PROTEST_STOCK = [
    "Organisers said the march had been planned for weeks and passed off without trouble.",
    "Shops along the route pulled down their shutters as the crowd went by.",
    "The council has said it will consider the objections before a final vote.",
    "Campaigners said they would keep up the pressure until the plans were dropped.",
]
PROTESTS = (
    "Hundreds marched through Eastleigh on Saturday against plans to close the maternity ward.",
    "Residents of Hollin Bank protested outside the town hall over a new incinerator.",
    "About 600 people rallied in Kirkby Moor against the sale of the common to developers.",
    "Parents in Dunmore blocked the high street to demand a crossing outside the school.",
    "Fishermen in Port Ellery protested against a wind farm planned off the harbour.",
    "Students in Ashworth marched against the closure of the town's only library.",
)


def test_reports_of_one_week_sharing_only_a_desks_stock_lines_are_stories_of_their_own() -> None:
    """A regional desk closes every protest report of one week with four stock lines, naming
    no one: more than a stock passage's three, but printed by the reports of six protests, so
    stock lines, and no report is linked to another nor in another's story."""
    reports = [
        document("\n".join([lede, *PROTEST_STOCK]), f"town{n}", published=f"2025-05-0{n + 1}")
        for n, lede in enumerate(PROTESTS)
    ]
    found = links_of(*reports)
    assert found.pairs == set()
    assert {(f"town{n}", 1) for n in range(6)} <= found.stock
    assert len(compare_documents(reports).stories) == len(PROTESTS)


def test_a_brief_that_names_no_one_carried_whole_links_its_outlets() -> None:
    """Four outlets carry one brief that names no one, each with a line of its own: its lede
    and most of it, so it is the story they carry, and they are copies."""
    brief = (
        "Two people were killed and twelve injured when a coach overturned on a motorway early "
        "on Tuesday, police said.\nThe driver was among those taken to hospital, where his "
        "condition was described as stable.\nThe motorway was closed in both directions for "
        "most of the morning."
    )
    outlets = [
        document(f"{brief}\nOur reporter {n} will follow the story as it develops.", f"o{n}")
        for n in range(4)
    ]
    assert len(links_between(*outlets)) == 4 * 3 // 2


NAMELESS_APPEAL = "Anyone with information is asked to call the police on the non-emergency number."


def test_a_stock_line_that_names_no_one_is_told_as_stock_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """250 police briefs of different events close with one appeal that names no one: no brief
    is linked to another, every brief's appeal is stock (its words tell no brief's story), and
    no pair of the appeal's copies is checked one by one (31,125 pairs, were they all)."""
    briefs = [
        document(
            f"{POLICE_WHAT[n // len(POLICE_WHERE)]} {POLICE_WHERE[n % len(POLICE_WHERE)]}\n"
            f"{NAMELESS_APPEAL}",
            f"brief{n:03d}",
        )
        for n in range(250)
    ]
    checked: list[tuple[int, int]] = []
    check = stories._NearCopies.check

    def spy(near: stories._NearCopies, pairs: np.ndarray) -> None:
        checked.extend(map(tuple, pairs.tolist()))
        check(near, pairs)

    monkeypatch.setattr(stories._NearCopies, "check", spy)
    found = links_of(*briefs)
    assert found.pairs == set()
    assert {(d.id, 1) for d in briefs} <= found.stock
    pooled = [s for d in briefs for s in segment(d)]
    assert not any(pooled[i].text == NAMELESS_APPEAL for pair in checked for i in pair)


def test_copies_of_one_story_count_once_towards_a_stock_line() -> None:
    """Twelve copies of a stabbing story close with a line naming no one: one group of copies
    prints it, so it is no stock line and stays among their story terms. Six briefs of other
    events closing with it too make it one, in every article, and link no brief to a copy."""
    stabbing = (
        "A man was stabbed outside a bar on Harbour Street early on Sunday, police said.\n"
        "The victim, a 27-year-old from Westgate, was taken to St Aldric's Hospital.\n"
    )
    copies = [document(stabbing + NAMELESS_APPEAL, f"copy{n:02d}") for n in range(12)]
    briefs = [
        document(f"{brief}\n{NAMELESS_APPEAL}", f"brief{n}") for n, brief in enumerate(BRIEFS)
    ]
    assert MAX_STOCK_REACH == 4
    assert links_of(*copies).stock == frozenset()
    found = links_of(*copies, *briefs)
    assert {("copy00", 2), ("brief0", 1)} <= found.stock
    assert not any(pair[0].startswith("copy") != pair[1].startswith("copy") for pair in found.pairs)


def test_a_quarters_results_are_no_update_of_the_last_quarters() -> None:
    """Two earnings reports of one company written from one template months apart name the
    same company but other figures in every sentence: different events. The same report with
    its figures revised a day later is an update of it, one story."""
    template = [
        "Harlow Mills Inc. on Thursday reported {quarter}-quarter net income of ${income} million.",
        "The Dayton, Ohio-based company said it had profit of {eps} cents per share.",
        "Results were {side} analysts' expectations of {forecast} cents per share.",
        "The flour maker posted revenue of ${revenue} million in the period.",
    ]

    def report(id: str, day: str, **figures: str) -> Document:
        return document(" ".join(line.format(**figures) for line in template), id, published=day)

    second = report(
        "q2", "2025-08-07", quarter="second", income="41.2", eps="58", side="above",
        forecast="52", revenue="612.4",
    )  # fmt: skip
    third = report(
        "q3", "2025-11-06", quarter="third", income="38.9", eps="55", side="below",
        forecast="57", revenue="640.1",
    )  # fmt: skip
    assert links_between(second, third) == set()
    revised = replace(third, id="q3", published="2025-08-08")
    assert links_between(second, revised) == {("q2", "q3")}


HEATING_OIL_SURVEY = (
    "The average price of heating oil {moved} {change} cents to ${price} a gallon in the week to "
    "{week_end}, the Tarvik Energy Board said on {day}.\n"
    "Prices were highest around Kellen Bay, at ${high}, and lowest in Dunmore, at ${low}.\n"
    "Dealers said {crude} crude prices were being passed on to households."
)
FIRST_WEEK = {"moved": "rose", "change": 4, "price": "3.61", "week_end": "Sunday",
              "day": "Monday", "high": "3.77", "low": "3.48", "crude": "higher"}  # fmt: skip
SECOND_WEEK = {"moved": "fell", "change": 2, "price": "3.59", "week_end": "Saturday",
               "day": "Sunday", "high": "3.74", "low": "3.45", "crude": "lower"}  # fmt: skip


def test_a_weekly_survey_filled_in_with_the_next_weeks_figures_is_another_story() -> None:
    """Two weeks' heating-oil surveys from one template, six days apart, share every line but
    their figures and days, and each has a paper's copy: each week is a story of its own, its
    copy with it, though they share their names and stock lines."""
    wires = [
        document(HEATING_OIL_SURVEY.format(**week), f"wire-{n}", "Wire", published=day)
        for n, (week, day) in enumerate(
            ((FIRST_WEEK, "2025-05-05"), (SECOND_WEEK, "2025-05-11")), start=1
        )
    ]
    copies = [replace(wire, id=f"paper-{n}", source="Paper") for n, wire in enumerate(wires, 1)]
    result = compare_documents([wires[0], copies[0], wires[1], copies[1]])
    assert [s.documents for s in result.stories] == [("wire-1", "paper-1"), ("wire-2", "paper-2")]
    assert all(p.template is None for p in result.pairs)


def test_a_reprint_weeks_later_that_retells_its_days_is_the_same_story() -> None:
    """A weekly reprints a wire story ten days on, its "on Monday" made "last week" and "Mr.
    Okafor" made "Okafor": the same figures, so still the wire's story."""
    lines = [
        "The Dunmore council voted 7-2 on Monday to close the Harbour Road library in June.",
        "Mr. Okafor, the council leader, said on Monday that the branch cost 410,000 pounds a year.",
        "About 1,200 residents had signed a petition against the closure, Mr. Okafor said.",
        "The library opened in 1931 and holds 38,000 books, the council said on Monday.",
    ]
    wire = document(" ".join(lines), "wire", published="2025-03-03")
    retold = " ".join(lines).replace("on Monday", "last week").replace("Mr. Okafor", "Okafor")
    weekly = document(retold, "weekly", published="2025-03-13")
    assert links_between(wire, weekly) == {("wire", "weekly")}


APPEAL = "Anyone with information is asked to contact police or Crime Stoppers anonymously."
LONG_APPEAL = (
    "Anyone with information is asked to call Northshire Police on 101 or use the online form.\n"
    "Information can also be given anonymously to the charity Crimestoppers on 0800 555 111."
)
BRIEFS = (
    "A 34-year-old man was arrested after a jewellery store on Dundas Street was robbed.",
    "Firefighters battled a blaze at an abandoned textile mill in the east end overnight.",
    "Two teenagers were taken to hospital after a crash involving a stolen pickup truck.",
    "Detectives are investigating a break-in at an elementary school in which laptops were taken.",
    "A cyclist was seriously injured in a hit-and-run on Colborne Street late on Saturday.",
    "Police seized two kilograms of fentanyl and cash during a search of a home on Elm Avenue.",
)


@pytest.mark.parametrize("appeal", [APPEAL, LONG_APPEAL], ids=["one_sentence", "two_sentences"])
def test_a_stock_passage_that_is_half_of_each_brief_links_none_of_them(appeal: str) -> None:
    """Police briefs that close with the same appeal, of one sentence or two, are six stories,
    not one; the same brief carried by three outlets is still one."""
    briefs = [document(f"{brief}\n{appeal}", f"brief{n}") for n, brief in enumerate(BRIEFS)]
    assert links_between(*briefs) == set()
    assert len(compare_documents(briefs).stories) == len(BRIEFS)
    for outlets in (3, 6):
        carried = [document(f"{BRIEFS[0]}\n{appeal}", f"outlet{n}") for n in range(outlets)]
        assert links_between(*carried) == {
            (f"outlet{a}", f"outlet{b}") for a in range(outlets) for b in range(a + 1, outlets)
        }


BRIEF_HEADLINES = (
    "Man held after Dundas Street jewellery store robbery",
    "Firefighters tackle blaze at disused textile mill",
    "Teenagers hurt in stolen pickup truck crash",
    "Laptops stolen in school break-in",
    "Cyclist seriously hurt in Colborne Street hit-and-run",
    "Fentanyl and cash seized in Elm Avenue search",
)


def test_a_stock_appeal_that_opens_each_brief_links_none_of_them() -> None:
    """A force's two-sentence appeal may open its briefs: half of each, and their ledes, but
    not both their ledes and most of them, as a wire brief is, nor what their headlines say."""
    briefs = [
        document(
            f"{LONG_APPEAL}\n{brief}\nOfficers were called to the scene at {n + 1} a.m.", f"b{n}"
        )
        for n, brief in enumerate(BRIEFS)
    ]
    assert links_between(*briefs) == set()
    headlined = [
        replace(brief, title=headline)
        for brief, headline in zip(briefs, BRIEF_HEADLINES, strict=True)
    ]
    assert links_between(*headlined) == set()


def test_a_wire_lede_that_many_outlets_go_on_from_links_them_all() -> None:
    """Six outlets open with a wire's two-sentence lede, which their headlines sum up, and each
    goes on with reporting of its own: the lede is shared with more than four outlets, and is
    still the story they carry, no stock passage, and counts among their story terms."""
    lede = (
        "A cargo ship carrying 3,000 tonnes of fertiliser sank in the Bay of Tarrow on Sunday "
        "after taking on water in a storm. The harbour authority said all 14 crew of the "
        "Panama-registered Ostrava Star were winched to safety by a coastguard helicopter."
    )
    own = (
        "Fishing crews in Pellmouth kept their boats in port. Mussel growers fear for the "
        "summer harvest. The parish council met late into the evening.",
        "Shares in the shipping line fell 6 percent in early trading. Analysts expect claims "
        "to run into millions. The company declined to comment further.",
        "Environmental campaigners called for a ban on winter sailings. They said the bay's "
        "seabird colonies were at risk. The marine agency has promised a review.",
        "Forecasters warned that gales would continue until Tuesday. Salvage teams cannot "
        "reach the wreck until the sea calms. Divers are on standby at the quay.",
        "Hotels along the coast reported a wave of cancellations. Tourism officials urged "
        "visitors not to stay away. Beaches remain open for the moment.",
        "The ship was sailing from Antwerp to Bilbao when it lost power. Its owners have "
        "hired a salvage firm from Rotterdam. Investigators will examine its logbook.",
    )
    headlines = (
        "Cargo ship sinks in storm off Tarrow",
        "Fertiliser ship sinks in Bay of Tarrow",
        "Ship sinks in Tarrow bay storm, crew rescued",
        "Ostrava Star sinks in Bay of Tarrow",
        "Coastguard rescues crew as cargo ship sinks",
        "Storm sinks fertiliser cargo ship",
    )
    outlets = [
        document(f"{lede}\n{rest}", f"o{n}", title=headline, published="2025-03-09")
        for n, (rest, headline) in enumerate(zip(own, headlines, strict=True))
    ]
    assert len(links_between(*outlets)) == 6 * 5 // 2
    assert [s.documents for s in compare_documents(outlets).stories] == [
        tuple(d.id for d in outlets)
    ]


GRAIN_SILO_LEDE = (
    "A grain silo exploded at a feed mill in Corrbridge on Friday morning, killing one worker "
    "and injuring nine, the regional fire service said."
)
GRAIN_SILO_HEADLINES = (
    "Silo explosion at Corrbridge feed mill kills worker",
    "One killed, nine injured in Corrbridge silo explosion",
    "Corrbridge feed mill silo explodes, killing worker",
    "Worker killed as grain silo explodes in Corrbridge",
    "Feed mill explosion in Corrbridge kills one, injures nine",
    "Grain silo explosion kills worker at Corrbridge mill",
)
GRAIN_SILO_OWN = (
    "Crews from three stations worked through the afternoon to cool the remaining silos.",
    "The mill's owner, Fenwick Agri, said production had been halted until further notice.",
    "Two of the injured were flown to Saltmarsh General Hospital with serious burns.",
    "Dust explosions in grain stores have caused four deaths in the county since 2019.",
)


@pytest.mark.parametrize("own", [0, 2], ids=["lede_only", "two_more"])
def test_articles_with_their_own_headlines_and_more_text_stay_with_their_wire_lede(
    own: int,
) -> None:
    """Six outlets open with a wire's lede that their headlines sum up; two more open with it
    too under headlines of their own angles ("Deadly blast raises questions over mill safety")
    and go on with reporting of their own: however much they add, they carry the wire's story,
    and the lede stays among their story terms, no stock passage between the two of them."""
    outlets = [
        document(
            f"{GRAIN_SILO_LEDE}\nThe cause of the blast is not yet known.",
            f"o{n}",
            title=headline,
            published="2026-03-06",
        )
        for n, headline in enumerate(GRAIN_SILO_HEADLINES)
    ]
    angled = [
        document(
            "\n".join([GRAIN_SILO_LEDE, *GRAIN_SILO_OWN[first : first + own]]),
            f"angle{n}",
            title=title,
            published="2026-03-06",
        )
        for n, (first, title) in enumerate(
            (
                (0, "Deadly blast raises questions over mill safety"),
                (2, "Families demand answers after blast"),
            )
        )
    ]
    documents = [*outlets, *angled]
    links = links_of(*documents)
    assert {("o0", "angle0"), ("o0", "angle1")} <= links.pairs
    assert not {("angle0", 0), ("angle1", 0)} & links.stock
    assert [s.documents for s in compare_documents(documents).stories] == [
        tuple(d.id for d in documents)
    ]


def test_a_wire_brief_that_many_outlets_carry_whole_links_them_all() -> None:
    """Seven outlets run one three-sentence brief, each with its own last line: the brief is
    what they share, with more than four outlets, and still no stock passage."""
    brief = [
        "The Harlow Street bridge in Ashford will close for eight months from June for repairs.",
        "Engineers found cracks in two supporting piers during a routine inspection in March.",
        "Drivers will be diverted along the ring road, adding up to twenty minutes to journeys.",
    ]
    outlets = [
        document("\n".join([*brief, f"Outlet {n} will follow the story as it develops."]), f"o{n}")
        for n in range(7)
    ]
    assert len(links_between(*outlets)) == 7 * 6 // 2


def test_a_wire_story_that_hundreds_of_outlets_carry_is_one_story() -> None:
    """250 outlets run one wire story, lightly edited, each with a line of its own: more copies
    of each sentence than an LSH bucket pairs in full, and still one story."""
    carried = ferry_strike_copies(250)
    assert stories_of(carried, links_between(*carried)) == [[d.id for d in carried]]


def test_each_pair_of_texts_is_judged_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """250 outlets print one wire story in three versions, each with a line of its own: the
    story's sentences make tens of thousands of candidate pairs, but a few dozen pairs of texts,
    each judged once, and the outlets are still one story."""
    carried = ferry_strike_copies(250)
    judged: list[tuple[int, int]] = []
    judge = stories._NearCopies._judge

    def spy(near: stories._NearCopies, i: int, j: int, far: bool) -> int:
        judged.append((i, j))
        return judge(near, i, j, far)

    monkeypatch.setattr(stories._NearCopies, "_judge", spy)
    pooled = [s for d in carried for s in segment(d)]
    settings = Settings()
    candidates = find_candidates(pooled, signatures(pooled, settings), settings, COPY_JACCARD)
    links = links_between(*carried)
    story = [(i, j) for i, j in judged if pooled[i].text in FERRY_STRIKE]
    assert len(candidates.pairs) > 20_000 and len(story) < 100
    assert len(judged) == len({(pooled[i].text, pooled[j].text) for i, j in judged})
    assert stories_of(carried, links) == [[d.id for d in carried]]


def test_briefs_cut_from_a_wire_story_that_hundreds_carry_join_it() -> None:
    """Twelve briefs, each only two of the wire's later sentences, beside 250 copies of the
    wire story: each sentence is all that more than four briefs share with a copy, as a stock
    passage is, but the copies share it beside the rest of the story, and the briefs join it."""
    carried = ferry_strike_copies(250)
    briefs = [
        document(f"{FERRY_STRIKE[first]}\n{FERRY_STRIKE[second]}", f"brief{n:02d}")
        for n, (first, second) in enumerate([*combinations(range(1, 5), 2)] * 2)
    ]
    documents = carried + briefs
    assert stories_of(documents, links_between(*documents)) == [[d.id for d in documents]]


def test_a_text_of_only_a_stock_passage_links_no_brief() -> None:
    """A text that is only the police appeal six briefs close with is all sentences they
    share, but they share it with nothing else: it links none of them."""
    briefs = [document(f"{brief}\n{LONG_APPEAL}", f"brief{n}") for n, brief in enumerate(BRIEFS)]
    assert links_between(*briefs, document(LONG_APPEAL, "appeal")) == set()


def test_a_text_of_only_a_stock_passage_joins_no_story_whose_copies_close_with_it() -> None:
    """Twelve copies of a stabbing story and four briefs of other events close with one police
    appeal: a text of only that appeal is cut from none of them, however many copies share it
    beside the rest of their story."""
    stabbing = (
        "A man was stabbed outside a bar on Harbour Street early on Sunday, police said.\n"
        "The victim, a 27-year-old from Westgate, was taken to St Aldric's Hospital in a serious "
        "condition.\n"
        "Officers arrested a 19-year-old man nearby on suspicion of wounding with intent.\n"
        "Detectives are examining doorbell footage from homes along the street.\n"
    )
    copies = [document(stabbing + LONG_APPEAL, f"copy{n:02d}") for n in range(12)]
    briefs = [
        document(f"{brief}\n{LONG_APPEAL}", f"brief{n}") for n, brief in enumerate(BRIEFS[:4])
    ]
    links = links_between(*copies, *briefs, document(LONG_APPEAL, "appeal"))
    assert [pair for pair in links if "appeal" in pair] == []
    assert {pair for pair in links if "copy00" in pair} == {
        ("copy00", copy.id) for copy in copies[1:]
    }


POLICE_WHAT = (
    "Police arrested a 34-year-old Ashford man",
    "Firefighters battled flames for six hours",
    "Two teenagers suffered broken bones",
    "Detectives seized laptops, cash and jewellery",
    "Air ambulance crews flew an injured cyclist away",
    "Officers recovered a stolen pickup truck",
    "Paramedics treated nine people for smoke inhalation",
    "Robbers threatened two security guards using knives",
    "Investigators found twelve kilograms of cannabis",
    "Three pensioners lost their life savings",
    "A delivery van ploughed into a bus shelter",
    "Vandals smashed every community hall window",
    "A toddler was rescued unharmed from a canal",
    "Thieves stole copper cabling worth thousands",
    "An off-duty nurse helped a stabbing victim",
    "Shoplifters raided a Tarrow pharmacy again",
)
POLICE_WHERE = (
    "after jewellers on Dundas Street were robbed overnight.",
    "inside an abandoned eastside textile mill.",
    "following a crash near Colborne Street roundabout.",
    "during dawn raids on houses along Elm Avenue.",
    "outside Kingsway railway station late on Saturday.",
    "behind furniture warehouses by the industrial estate.",
    "when fire swept through flats above a takeaway.",
    "at a petrol station on the Ossington bypass.",
    "inside lock-up garages rented under false names.",
    "after callers posing as bank staff phoned them.",
    "as rush hour traffic queued along Bathurst Lane.",
    "during the third attack on Millbrook since Easter.",
    "by two anglers fishing near Victoria footbridge.",
    "from a signalling depot beside the freight line.",
    "near Queensway nightclubs before dawn.",
    "despite new cameras installed at Grange shopping parade.",
)


def test_a_stock_appeal_that_hundreds_of_briefs_carry_links_none_of_them() -> None:
    """250 police briefs of different events, each closing with one appeal and a credit line:
    more than an LSH bucket pairs in full, and still no brief linked to another."""
    briefs = [
        document(
            f"{POLICE_WHAT[n // len(POLICE_WHERE)]} {POLICE_WHERE[n % len(POLICE_WHERE)]}\n"
            f"{APPEAL}\nReuters contributed to this report.",
            f"brief{n:03d}",
        )
        for n in range(250)
    ]
    assert links_between(*briefs) == set()


def test_a_two_sentence_brief_that_ten_outlets_carry_links_them_all() -> None:
    """Ten outlets run one brief whose second sentence is too short to tell a copy ("Two were
    seriously hurt."), each with its own credit line: its lede is most of what each has to
    tell, so it is the brief they share, no stock passage."""
    brief = (
        "A road bridge over the River Lune collapsed on Tuesday, injuring 14 people, the fire "
        "service said. Two were seriously hurt."
    )
    outlets = [
        document(f"{brief}\n{wire} contributed to this report.", f"o{n}")
        for n, wire in enumerate(["AP", "Reuters"] * 5)
    ]
    assert len(links_between(*outlets)) == 10 * 9 // 2


def test_three_reports_of_one_event_form_one_story(seed_texts: list[str]) -> None:
    """Names shared by every report of a small run still join them: a third report on the same
    event joins the other two instead of splitting the story."""
    third = (
        "Kremlin spokesman Dmitry Peskov said on Monday that NATO was fighting Russia in Ukraine. "
        "Polish Foreign Minister Radoslaw Sikorski had spoken of Western troops in Ukraine."
    )
    documents = [
        document(seed_texts[0], "a"),
        document(seed_texts[1], "b"),
        document(third, "c"),
        document(TRAM, "d"),
    ]
    assert stories_of(documents) == [["a", "b", "c"], ["d"]]


def test_an_article_on_two_events_does_not_chain_them(seed_texts: list[str]) -> None:
    """A round-up that mentions two events joins at most one of them; the two stay apart."""
    first = segment(document(seed_texts[1]))[0].text
    roundup = document("\n".join([first, TRAM]), "roundup")
    documents = [document(seed_texts[1], "nato"), document(TRAM * 2, "tram"), roundup]
    stories = stories_of(documents)
    assert not any({"nato", "tram"} <= set(story) for story in stories)
    assert any("roundup" in story and len(story) == 2 for story in stories)


STORM_WIRE = document(
    "KELSO BAY, June 3 (NPA) - Storm Ivara struck the coast near Kelso Bay on Tuesday with winds "
    "of up to 90 miles per hour, killing one man and leaving 80,000 homes without power. A man "
    "died when a tree fell on his van in Harrow, police said. Governor Lena Okafor urged "
    "residents of Kelso Bay and Harrow to stay indoors. Tidewater Power said crews would start "
    "repairs once the winds eased.",
    "wire",
    title="Storm Ivara hits coast, 80,000 without power",
    published="2025-06-03",
)
# An outlet's own next-day report: its text tells of the town's clean-up, and only its title
# names the storm.
STORM_OWN_REPORT = document(
    "Volunteers with shovels cleared sand from the promenade in Kelso Bay on Wednesday. The storm "
    "tore the roof from the lifeboat station, where crews worked by torchlight. Baker Tom Reyes "
    'of Mill Lane said he had thrown away two days of bread. "We have never seen the water come '
    'this far," said pensioner Mary Oduya.',
    "gazette",
    title="Kelso Bay sweeps up after Ivara",
    published="2025-06-04",
)
OTHER_STORM = document(
    "Fishermen in Dunleigh hauled their boats above the tide line on Wednesday as Storm Brann "
    "swept in from the west. The harbour master closed the slipway, and the ferry to Rona stayed "
    "in port. Shopkeeper Ann Fife taped her windows and went home early.",
    "herald",
    title="Dunleigh sweeps up after Brann",
    published="2025-06-04",
)


@pytest.mark.parametrize(
    ("others", "expected"),
    [
        pytest.param([], [["wire", "a", "b", "c", "gazette"]], id="storm_coverage_alone"),
        pytest.param(
            [OTHER_STORM],
            [["wire", "a", "b", "c", "gazette"], ["herald"]],
            id="beside_another_storm",
        ),
    ],
)
def test_an_own_report_naming_its_event_in_its_title_joins_the_event(
    others: list[Document], expected: list[list[str]]
) -> None:
    """The names of a title written in sentence case are story terms: an outlet's own report
    whose text tells only of its town's clean-up joins the wire's storm story by the storm its
    title names, and another town's storm, named in its own title, stays apart (acceptance round
    24: such a report scored 0.20 against the storm story and made a second one)."""
    copies = [replace(STORM_WIRE, id=paper, source=paper) for paper in ("a", "b", "c")]
    result = compare_documents([STORM_WIRE, *copies, STORM_OWN_REPORT, *others])
    assert [list(story.documents) for story in result.stories] == expected


@pytest.mark.parametrize(
    ("title", "names"),
    [
        pytest.param("Kelso Bay sweeps up after Ivara", ["bay", "ivara"], id="sentence_case"),
        pytest.param("Kelso Bay Sweeps Up After Storm Ivara", [], id="title_case"),
        pytest.param("Storm", [], id="one_word"),
    ],
)
def test_a_title_gives_names_only_in_sentence_case(title: str, names: list[str]) -> None:
    """A title that capitalises every word tells no name by its capitals."""
    terms = story_terms(document("Crews worked through the night.", title=title), [])
    assert sorted(term for term in terms if not term.startswith(LEDE_TERM)) == sorted(names)


MILL_FIRE = document(
    "A fire gutted the Orlen Textiles mill in Tarvik on Monday, injuring three workers. "
    "Firefighters from Tarvik and Brenna fought the blaze for six hours. Plant manager Ida "
    "Moreau said the 210 workers would be paid while the mill was closed.",
    "wire",
    title="Fire guts Orlen Textiles mill in Tarvik",
    published="2025-03-03",
)
MILL_FOLLOW_UPS = [
    document(
        "Investigators said on Thursday that a wiring fault in a dye room started the fire at the "
        "Orlen Textiles mill in Tarvik. Three workers were hurt in the blaze. Ida Moreau said "
        "repairs would take weeks.",
        "cause",
        title="Wiring fault started Tarvik mill fire",
        published="2025-03-06",
    ),
    document(
        "One of the three workers hurt in the fire at the Orlen Textiles mill in Tarvik has sued "
        "the company. His lawyer said Orlen Textiles ignored warnings about the wiring in the dye "
        "room.",
        "lawsuit",
        title="Injured Orlen Textiles worker sues over Tarvik fire",
        published="2025-03-10",
    ),
    document(
        "Orlen Textiles restarted production at its Tarvik mill on Wednesday, nine days after the "
        "fire. About 150 of the 210 workers returned, plant manager Ida Moreau said. The dye room "
        "will stay closed until the wiring is replaced.",
        "restart",
        title="Orlen Textiles restarts Tarvik mill after fire",
        published="2025-03-12",
    ),
]


@pytest.mark.parametrize(
    ("max_days", "expected"),
    [
        pytest.param(
            7,
            [["wire", "a", "b", "c", "cause", "lawsuit", "restart"]],
            id="runs_on_from_the_latest_article",
        ),
        pytest.param(
            1,
            [["wire", "a", "b", "c"], ["cause"], ["lawsuit"], ["restart"]],
            id="each_follow_up_too_far_from_the_last",
        ),
    ],
)
def test_a_running_story_is_measured_from_its_nearest_article(
    max_days: int, expected: list[list[str]]
) -> None:
    """A follow-up nine days after a fire that four outlets reported, and two after the story's
    last article, joins the story: the window runs from the story's nearest article, and the
    first day's reports, out of its reach, do not count against it (acceptance round 24: a
    plant's restart made a story of its own on day 9, and joined when dated day 7)."""
    copies = [replace(MILL_FIRE, id=paper, source=paper) for paper in ("a", "b", "c")]
    documents = [MILL_FIRE, *copies, *MILL_FOLLOW_UPS]
    sentences = {d.id: segment(d) for d in documents}
    terms = {d.id: story_terms(d, sentences[d.id]) for d in documents}
    links = {("wire", copy.id) for copy in copies}
    settings = Settings(story_max_days=max_days)
    stories = group_stories(documents, sentences, terms, links, settings)
    assert [list(story.documents) for story in stories] == expected


def brute_force_average_linkage(
    count: int,
    must: list[tuple[int, int]],
    scores: dict[tuple[int, int], float],
    threshold: float,
    days: list[float] | None = None,
    max_days: float = math.inf,
    languages: list[str | None] | None = None,
    sizes: list[int] | None = None,
) -> list[int]:
    """Average linkage the slow, obvious way: recompute every group pair's average each round,
    over the pairs of items at most ``max_days`` apart (an unknown day close to every day), and
    of those over the pairs in one language if there are any (an unknown language is one with
    every language), a pair in the far half of ``max_days`` counting in part; none for two
    groups with dated items, none of them close. The items that
    ``must`` joins are groups of copies: each pair of two groups' items scores at least as their
    fullest copies (by ``sizes``) do, where those are within a news cycle of each other in one
    language."""
    day = days or [0.0] * count
    size = sizes or [0] * count
    language = languages or [None] * count

    def close(a: int, b: int) -> bool:
        return not abs(day[a] - day[b]) > max_days

    def weight(a: int, b: int) -> float:
        gap, whole = abs(day[a] - day[b]), max_days * stories.WHOLE_REACH
        if math.isinf(max_days) or math.isnan(gap) or gap <= whole:
            return 1.0
        return 1.0 - (1.0 - stories.EDGE_WEIGHT) * (gap - whole) / (max_days - whole)

    groups = [{n} for n in range(count)]
    for a, b in must:
        ga, gb = next(g for g in groups if a in g), next(g for g in groups if b in g)
        if ga is not gb:
            groups.remove(gb)
            ga |= gb

    copies = [frozenset(g) for g in groups]

    def dated(group: set[int]) -> list[int]:
        return [n for n in group if not math.isnan(day[n])]

    def average(x: set[int], y: set[int]) -> float:
        if dated(x) and dated(y) and not any(close(a, b) for a in dated(x) for b in dated(y)):
            return 0.0
        near = [(min(a, b), max(a, b)) for a in x for b in y if close(a, b)]
        in_one_language = [
            (a, b) for a, b in near if not languages_differ(language[a], language[b])
        ]
        near = in_one_language or near
        total = 0.0
        for g in (g for g in copies if g <= x):
            for h in (h for h in copies if h <= y):
                of_copies = [(a, b) for a, b in near if {a, b} <= g | h]
                found = sum(scores.get(pair, 0.0) * weight(*pair) for pair in of_copies)
                a, b = sorted(min(group, key=lambda n: (-size[n], n)) for group in (g, h))
                one_cycle = close(a, b) and not abs(day[a] - day[b]) > stories.NEWS_CYCLE_DAYS
                if one_cycle and not languages_differ(language[a], language[b]):
                    found = max(found, scores.get((a, b), 0.0) * len(of_copies))
                total += found
        return round(total / len(near), AVERAGE_DIGITS) if total else 0.0

    while True:
        options = [
            (-average(x, y), min(x), min(y), i, j)
            for i, x in enumerate(groups)
            for j, y in enumerate(groups)
            if min(x) < min(y)
        ]
        if not options or -min(options)[0] < threshold:
            break
        _, _, _, i, j = min(options)
        groups[i] |= groups[j]
        del groups[j]
    return [min(next(g for g in groups if n in g)) for n in range(count)]


@given(
    st.integers(1, 8).flatmap(
        lambda n: st.tuples(
            st.just(n),
            st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)), max_size=3),
            st.dictionaries(
                st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)).filter(
                    lambda p: p[0] < p[1]
                ),
                st.sampled_from([0.1, 0.2, 0.3, 0.45, 0.6, 0.9]),
            ),
        )
    ),
    st.sampled_from([0.2, 0.3, 0.5]),
    st.lists(st.sampled_from([math.nan, 0.0, 3.0, 6.0, 9.0, 12.0]), min_size=8, max_size=8),
    st.lists(st.sampled_from(["es", "pt", "en", None]), min_size=8, max_size=8),
    st.lists(st.sampled_from([40, 120, 300]), min_size=8, max_size=8),
)
@example(
    (4, [], {(0, 1): 0.3, (0, 2): 0.45, (0, 3): 0.6, (1, 2): 0.2, (1, 3): 0.1}),
    0.2,
    [0.0] * 8,
    ["es"] * 8,
    [0] * 8,
)
@example(
    (4, [(0, 1)], {(0, 2): 0.6, (0, 3): 0.3, (1, 3): 0.3}),
    0.3,
    [0.0] * 8,
    ["es", "pt", "es", "pt", *[None] * 4],
    [0] * 8,
)
def test_average_linkage_matches_the_brute_force_definition(
    case: tuple,
    threshold: float,
    days: list[float],
    languages: list[str | None],
    sizes: list[int],
) -> None:
    """The heap-based grouping equals average linkage recomputed from scratch every round,
    with and without days that put some pairs out of each other's reach, and with languages
    that leave some pairs out when groups have pairs in one language."""
    count, must, scores = case
    assert average_linkage(count, must, scores, threshold) == brute_force_average_linkage(
        count, must, scores, threshold
    )
    assert average_linkage(
        count, must, scores, threshold, days[:count], 5
    ) == brute_force_average_linkage(count, must, scores, threshold, days[:count], 5)
    assert average_linkage(
        count, must, scores, threshold, days[:count], 5, languages[:count]
    ) == brute_force_average_linkage(
        count, must, scores, threshold, days[:count], 5, languages[:count]
    )
    assert average_linkage(
        count, must, scores, threshold, days[:count], 5, languages[:count], sizes=sizes[:count]
    ) == brute_force_average_linkage(
        count, must, scores, threshold, days[:count], 5, languages[:count], sizes[:count]
    )


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        pytest.param([1, 130, math.nan], [0, 1, 1], id="undated_copy_bridges_nothing"),
        pytest.param([1, math.nan, math.nan], [0, 0, 0], id="undated_group_close_to_every_day"),
        pytest.param([1, 130, 5], [0, 0, 0], id="nearest_dated_item_in_reach"),
    ],
)
def test_a_group_reaches_as_far_as_its_dated_items(days: list[float], expected: list[int]) -> None:
    """Item 2, a copy of item 1, scores high with item 0: the two groups merge when one of
    each is dated within the window, or the copy's group has no date at all, and not when
    only the copy's missing date puts item 0 in reach."""
    assert average_linkage(3, [(1, 2)], {(0, 2): 0.5}, 0.2, days, 7) == expected


def test_groups_kept_apart_stay_apart_after_either_merges_with_another() -> None:
    """Monday's market wrap (0) is kept apart from Wednesday's (2): once Wednesday's merges with
    Tuesday's (1), the group they make is kept apart from Monday's too, whichever side is asked,
    though its average with Monday's is Monday's with Tuesday's alone."""
    scores = {(1, 2): 0.9, (0, 1): 0.5, (0, 2): 0.5}
    assert average_linkage(3, [], scores, 0.3, cannot_link=[(0, 2)]) == [0, 1, 1]
    assert average_linkage(3, [], scores, 0.3, cannot_link=[(2, 0)]) == [0, 1, 1]
    assert average_linkage(3, [], scores, 0.3) == [0, 0, 0]


def test_groups_merge_when_the_average_equals_the_threshold() -> None:
    """The threshold is inclusive."""
    assert average_linkage(2, [], {(0, 1): 0.25}, 0.25) == [0, 0]
    assert average_linkage(2, [], {(0, 1): 0.2499}, 0.25) == [0, 1]


def _of_march_11(text: str, name: str, title: str, time: str) -> Document:
    """An article titled ``title`` published on 11 March 2025 at ``time`` UTC."""
    return replace(
        document(text, name, title=title, published="2025-03-11"),
        published_time=f"2025-03-11T{time}:00Z",
    )


def test_a_story_is_titled_by_the_first_to_publish_it(seed_texts: list[str]) -> None:
    """Of two outlets of one day, the one out first by time titles the story, as it is first in
    every other table; listed first, the later one does not."""
    later = _of_march_11(seed_texts[0], "a", "Kremlin repeats warning", "18:00")
    earlier = _of_march_11(seed_texts[0], "b", "Peskov: NATO at war", "09:00")
    (story,) = grouped([later, earlier], links={("a", "b")})
    assert story.title == "Peskov: NATO at war"


def test_a_title_in_capitals_gives_way_to_one_in_sentence_case(seed_texts: list[str]) -> None:
    """A press release's headline in capitals, out first, does not title the story when a paper's
    headline in sentence case can."""
    release = _of_march_11(seed_texts[0], "a", "KREMLIN REPEATS NATO WARNING", "09:00")
    paper = _of_march_11(seed_texts[0], "b", "Kremlin repeats its warning", "18:00")
    (story,) = grouped([release, paper], links={("a", "b")})
    assert story.title == "Kremlin repeats its warning"


def test_a_hindi_headline_naming_an_acronym_is_in_no_capitals(seed_texts: list[str]) -> None:
    """A Hindi wire's headline that names the "STF" is not set in capitals, though every
    letter of it with a case is a capital: out first, it titles the story, not a later
    rewrite's headline in Hinglish."""
    wire = _of_march_11(seed_texts[0], "a", "परीक्षा रद्द, STF ने नौ आरोपी पकड़े", "09:00")
    rewrite = _of_march_11(seed_texts[0], "b", "Paper Leak: परीक्षा cancel, 9 आरोपी पकड़े", "11:00")
    (story,) = grouped([wire, rewrite], links={("a", "b")})
    assert story.title == "परीक्षा रद्द, STF ने नौ आरोपी पकड़े"


def test_an_undated_story_is_titled_by_the_origin_its_pairs_name(seed_texts: list[str]) -> None:
    """Undated, the article the pair directions name the origin (the paper keeps two of the
    wire's paragraphs) titles the story, whichever is listed first, as it leads every table."""
    wire = document(seed_texts[0], "wire", title="Kremlin: NATO is at war with Russia")
    paper = document(
        "\n".join(seed_texts[0].split("\n")[:2]), "paper", title="Moscow repeats its warning"
    )
    for documents in ([paper, wire], [wire, paper]):
        result = compare_documents(documents)
        assert result.pairs[0].direction in ("a->b", "b->a")
        assert [s.title for s in result.stories] == ["Kremlin: NATO is at war with Russia"]


def test_an_untitled_story_is_titled_by_its_lede_not_its_dateline() -> None:
    """Wire copy without a headline is titled by its first sentence of news: the dateline
    before it is a sentence of its own, and boilerplate."""
    text = (
        "SPRINGVALE, Ore. (AP) \u2014 A freight train carrying grain derailed near Springvale on "
        "Friday. No one was hurt."
    )
    (story,) = grouped([document(text, "wire")], links=set())
    assert story.title.startswith("A freight train carrying grain derailed")


QUAKE_TEMPLATE = (
    "A magnitude {size} earthquake struck near {town}, California, on {day} morning, according "
    "to the U.S. Geological Survey.\n"
    "The quake was centred at a depth of {depth} kilometres.\n"
    "There were no immediate reports of damage or injuries.\n"
    "In the past 10 days, there have been {count} earthquakes of magnitude 3.0 or greater "
    "centred nearby.\n"
    "This story was generated automatically from USGS data."
)
QUAKES = [
    ("Anza", "4.4", "Wednesday", "12.9", "4", "2025-05-07"),
    ("Bishop", "3.9", "Friday", "4.8", "6", "2025-05-09"),
    ("Ojai", "4.0", "Saturday", "7.1", "2", "2025-05-10"),
    ("Petrolia", "5.0", "Sunday", "20.2", "3", "2025-05-11"),
    ("Hollister", "3.8", "Monday", "6.5", "4", "2025-05-12"),
    ("Ridgecrest", "4.1", "Tuesday", "8.0", "9", "2025-05-13"),
]


def quake_report(
    town: str, size: str, day: str, depth: str, count: str, published: str
) -> Document:
    text = QUAKE_TEMPLATE.format(size=size, town=town, day=day, depth=depth, count=count)
    title = f"Magnitude {size} earthquake strikes near {town}"
    return document(text, town.casefold(), title=title, published=published)


@pytest.mark.parametrize("count", [2, 3, 6])
def test_reports_filled_in_from_one_template_are_stories_of_their_own(count: int) -> None:
    """Automated earthquake reports share every sentence but the town, size, day and depth:
    so many events, so many stories, none of them a copy of another. The same report sent
    twice with its depth corrected is one story."""
    quakes = [quake_report(*quake) for quake in QUAKES[:count]]
    result = compare_documents(quakes)
    assert [s.documents for s in result.stories] == [(q.id,) for q in quakes]
    assert not result.pairs
    corrected = replace(
        quake_report(*QUAKES[0]), id="anza-corrected", text=quakes[0].text.replace("12.9", "11.2")
    )
    assert [s.documents for s in compare_documents([quakes[0], corrected]).stories] == [
        ("anza", "anza-corrected")
    ]


def test_a_correction_of_a_name_keeps_the_versions_of_an_article_one_report() -> None:
    """An outlet corrects the town in its headline and lede, at the same address: the two
    versions are one story and one report, the later derived from the earlier, not a template
    filled in for another event."""
    lines = [
        "Police in {town} arrested a 34-year-old man at the scene of a restaurant fire, a "
        "spokesman said.",
        "The fire started in the kitchen shortly after midnight and spread to two flats above.",
        "Firefighters rescued four residents, one of whom was treated for smoke inhalation.",
        "The restaurant's owner said he had fitted new gas pipes in the spring.",
    ]
    first, corrected = (
        replace(
            document("\n".join(lines).format(town=town), doc_id, "Ledger"),
            title=f"Man arrested after fire in {town}",
            url="https://ledger.example/fire",
            published="2025-06-12",
        )
        for doc_id, town in (("v1", "Harwick"), ("v2", "Hartwick"))
    )
    result = compare_documents([first, corrected])
    assert [s.documents for s in result.stories] == [("v1", "v2")]
    ((pair),) = result.pairs
    assert (pair.template, pair.verdict) == (None, Verdict.DERIVED)

    # An empty address, as a feed's "url": "", names no page: reports of two events by one
    # outlet, each without one, are no versions of one article.
    other = document(
        "The county opened a new library in Dunmore on Saturday.\nIt holds 40,000 books.",
        "library",
        "Ledger",
    )
    unaddressed = [replace(d, url="") for d in (first, other)]
    stories = compare_documents(unaddressed).stories
    assert [s.documents for s in stories] == [("v1",), ("library",)]


def test_a_bots_reports_sharing_stock_lines_are_stories_of_their_own() -> None:
    """Two reports of an earthquake bot share its two closing stock lines, word for word, and
    fill its lede in with another place, size and time: two events, not copies."""
    stock = (
        "This is a computer-generated report based on preliminary seismic data and may be "
        "revised. No tsunami warning has been issued for this event."
    )
    peru, turkey = (
        document(
            f"A magnitude {size} earthquake struck {place} at {time} UTC on {day}, according to "
            f"preliminary data. The quake occurred at a depth of {depth} kilometres. {stock}",
            doc_id,
            title=f"M{size} earthquake - {place}",
            published=published,
        )
        for doc_id, size, place, time, day, depth, published in (
            ("peru", "6.8", "Arequipa, Peru", "08:42", "Tuesday", "38", "2026-03-10"),
            ("turkey", "5.9", "Malatya, Turkey", "06:05", "Wednesday", "7", "2026-03-11"),
        )
    )
    assert [s.documents for s in compare_documents([peru, turkey]).stories] == [
        ("peru",),
        ("turkey",),
    ]


@pytest.mark.parametrize(
    ("wire_word", "copy_word"),
    [
        pytest.param("Kiev", "Kyiv", id="respelled"),
        pytest.param("Gaddafi", "Qaddafi", id="respelled_from_its_first_letter"),
        pytest.param("Klitschko", "Mr. Klitschko", id="titled"),
        # Urdu has no capitals: no word of it can be told a name ("Karachi" against "Lahore").
        pytest.param(
            "\u06a9\u0631\u0627\u0686\u06cc", "\u0644\u0627\u06c1\u0648\u0631", id="caseless"
        ),
    ],
)
def test_a_copy_that_respells_or_titles_a_name_is_the_same_story(
    wire_word: str, copy_word: str
) -> None:
    """A copy edited to a house style ("Kyiv" for "Kiev", "Mr. Klitschko") is one story with its
    source, not a template filled in for another event, with or without the same headline."""
    lines = [
        "Russian drones struck an apartment block in {w} overnight, killing three people.",
        "Mayor {w} said rescuers were still searching the rubble of the building.",
        "Air defences shot down 14 of the 20 drones launched at {w} and the region.",
        "Ukraine's foreign minister called for more air defence systems from allies.",
    ]
    for title in ("Drones strike apartment block", None):
        wire = replace(document("\n".join(lines).format(w=wire_word), "wire"), title=title)
        copy = replace(document("\n".join(lines).format(w=copy_word), "copy"), title=title)
        stories = compare_documents([wire, copy]).stories
        assert [s.documents for s in stories] == [("wire", "copy")]


def test_a_copy_that_swaps_a_name_in_its_headline_and_lede_stays_with_its_source() -> None:
    """A paper that writes "American troops" for the wire's "U.S. troops" in its headline and
    lede but carries the rest word for word is one story with the wire."""
    rest = [
        "The Pentagon said the first units would leave Fort Carson on Monday.",
        "Defence Secretary Lloyd Austin approved the move after talks with allies in Brussels.",
        "About 1,200 soldiers from the 4th Infantry Division will take part in the rotation.",
        "Officials in Warsaw welcomed the decision, the Polish defence ministry said.",
    ]
    wire = replace(
        document(
            "\n".join(
                ["About 900 U.S. troops will deploy to Poland next month, officials said.", *rest]
            ),
            "wire",
        ),
        title="Pentagon sends U.S. troops to Poland",
    )
    paper = replace(
        document(
            "\n".join(
                [
                    "About 900 American troops will deploy to Poland next month, officials said.",
                    *rest,
                ]
            ),
            "paper",
        ),
        title="Pentagon sends American troops to Poland",
    )
    assert [s.documents for s in compare_documents([wire, paper]).stories] == [("wire", "paper")]


# Three outlets' own reports of one event, as a journalist's folder of its coverage holds them:
# they share the event's names, places and toll, not sentences.
DAM_BREACH = [
    (
        "Dam bursts above Tessaly, killing at least 9",
        "The Brannock Dam above Tessaly gave way before dawn on Tuesday, flooding four villages "
        "and killing at least 9 people, regional officials said.\n"
        "Rescue boats searched flooded farmhouses along the Ostra river through the morning.\n"
        "Engineers had warned in 2019 that the spillway needed repairs, according to a report "
        "seen by the paper.\n"
        "Governor Ilse Varga declared a state of emergency in the province.",
    ),
    (
        "Villagers flee as floodwater sweeps through valley",
        "Residents of Kell, the first village below the Brannock Dam, said they heard a roar and "
        "ran for the hills.\n"
        '"The water was at the windows in two minutes," said Piet Moor, a 61-year-old farmer.\n'
        "At least 9 people died in the flood that followed the collapse, and dozens are missing "
        "across four villages near Tessaly.\n"
        "The Red Cross opened a shelter in a Tessaly school gym.",
    ),
    (
        "Questions mount over upkeep of collapsed dam",
        "Officials in Tessaly knew for years that the Brannock Dam was in poor repair, documents "
        "show.\n"
        "The 70-year-old earthen dam failed on Tuesday, and the death toll rose to at least 9.\n"
        "Governor Ilse Varga promised an inquiry into why the repairs were never funded.\n"
        "Opposition lawmakers said the province had cut its dam safety budget by half since 2020.",
    ),
]
PLANT_FIRE = [
    (
        "Fire at Lorn chemical plant forces evacuation",
        "A fire broke out at the Halvard Chemicals plant in Lorn on Friday night, forcing 2,000 "
        "residents to leave their homes, the fire service said.\n"
        "Black smoke could be seen across the Delve valley.\n"
        "Three workers were taken to hospital with burns.\n"
        "Mayor Ruth Abara told residents to keep their windows shut.",
    ),
    (
        "Residents told to stay away as plant burns",
        "Families from the streets around the Halvard Chemicals site spent the night in a sports "
        "hall in Lorn.\n"
        '"We grabbed the children and drove," said Nadia Kerr, who lives two streets from the '
        "plant.\n"
        "About 2,000 people were moved out, and three workers are being treated for burns.\n"
        "Police closed the main road into the Delve valley.",
    ),
    (
        "Chemical plant had record of safety breaches",
        "Inspectors cited the Halvard Chemicals plant in Lorn twice in 2023 for storing solvents "
        "unsafely, records show.\n"
        "The plant caught fire on Friday, and three workers were hurt.\n"
        "Mayor Ruth Abara said the town would ask for a full investigation.\n"
        "The company said it was cooperating with the authorities.",
    ),
]


def coverage(name: str, reports: list[tuple[str, str]]) -> list[Document]:
    return [
        document(text, f"{name}-{n}", title=title, published="2025-03-04")
        for n, (title, text) in enumerate(reports)
    ]


@pytest.mark.parametrize(
    "reports",
    [
        pytest.param(coverage("dam", DAM_BREACH), id="dam_breach"),
        pytest.param(coverage("fire", PLANT_FIRE), id="plant_fire"),
        # A reprint of one report beside the others, as a folder with a wire copy holds it.
        pytest.param(
            [*coverage("dam", DAM_BREACH[:2]), replace(coverage("dam", DAM_BREACH)[0], id="copy")],
            id="dam_breach_and_a_reprint",
        ),
    ],
)
def test_a_folder_of_one_events_coverage_is_one_story(reports: list[Document]) -> None:
    """Independent reports of one event are one story when the run holds nothing else: names
    that every document of a small run shares are the story's names, not words every story
    uses."""
    assert [s.documents for s in compare_documents(reports).stories] == [
        tuple(d.id for d in reports)
    ]


def test_a_place_described_in_a_rewrite_is_no_other_event() -> None:
    """A copy editor who writes "the French capital" for "Paris" rewrites one event's report,
    in its lede and its title alike: the wire and the rewrite are one story."""
    wire = document(
        "Thousands of people marched in Paris on Saturday against the government's pension "
        "reform, unions said. The reform would raise the retirement age from 62 to 64. Police "
        "estimated the crowd at 80,000.",
        "wire",
        title="Thousands march in Paris against pension reform",
        published="2025-03-01",
    )
    rewrite = document(
        "Thousands of people marched in the French capital on Saturday against the "
        "government's pension reform, unions said. Under the plan, most people would have to "
        "work two more years, until 64. Organisers said more than 100,000 joined.",
        "daily",
        title="Thousands march in French capital against pension reform",
        published="2025-03-01",
    )
    assert [s.documents for s in compare_documents([wire, rewrite]).stories] == [("wire", "daily")]


BOT_LEDE = (
    "A magnitude {size} earthquake struck {place} at {time} UTC on May {day}, 2025, the U.S. "
    "Geological Survey said.\n"
    "The quake was centred at a depth of {depth} km."
)
BOT_STOCK_LINE = "\nThere were no immediate reports of damage or casualties."


def bot_report(
    id: str, place: str, size: str, time: str, day: int, depth: int, stock: bool = True
) -> Document:
    text = BOT_LEDE.format(size=size, place=place, time=time, day=day, depth=depth)
    return document(
        text + (BOT_STOCK_LINE if stock else ""),
        id,
        title=f"Magnitude {size} earthquake strikes {place}",
        published=f"2025-05-{day:02d}",
    )


KERMADEC = ("kermadec", "Kermadec Islands", "5.1", "04:12", 3, 10)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(
            bot_report(*KERMADEC),
            bot_report("png", "Papua New Guinea", "6.0", "17:20", 6, 48),
            id="place_of_two_words_for_three",
        ),
        pytest.param(
            bot_report("chile", "central Chile", "4.8", "22:05", 6, 72),
            bot_report("greece", "southern Greece", "5.5", "08:30", 9, 15),
            id="region_and_country",
        ),
        pytest.param(
            bot_report("hokkaido", "Hokkaido, Japan", "6.2", "11:47", 5, 35),
            bot_report("sumatra", "Sumatra, Indonesia", "5.9", "02:10", 8, 30),
            id="place_and_country",
        ),
        pytest.param(
            bot_report("austria", "Austria", "4.6", "04:12", 3, 10),
            bot_report("australia", "Australia", "5.2", "22:05", 3, 35),
            id="places_alike_in_their_letters",
        ),
        # Half of each two-sentence report is its lede: a near copy would link them whatever
        # their dates.
        pytest.param(
            bot_report(*KERMADEC, stock=False),
            bot_report("png", "Papua New Guinea", "6.0", "17:20", 12, 48, stock=False),
            id="nine_days_apart_without_the_stock_line",
        ),
    ],
)
def test_one_template_filled_in_with_other_places_is_two_events(
    first: Document, second: Document
) -> None:
    """Two automated reports whose template is filled in with other places (of one word or
    several), sizes and days are two stories and two near-duplicate clusters, not a copy."""
    result = compare_documents([first, second])
    assert [s.documents for s in result.stories] == [(first.id,), (second.id,)]
    assert len({m.cluster for m in result.clusters}) == 2
    assert not result.pairs


@pytest.mark.parametrize(
    "update",
    [
        pytest.param(
            replace(
                bot_report("corrected", "Kermadec Islands", "5.3", "04:12", 3, 12),
                title="Magnitude 5.3 earthquake strikes Kermadec Islands (corrected)",
            ),
            id="size_and_depth_corrected",
        ),
        pytest.param(
            replace(bot_report(*KERMADEC), id="reprint", title="Strong quake rattles Kermadec"),
            id="reprint_under_another_headline",
        ),
        pytest.param(
            replace(
                bot_report(*KERMADEC),
                id="named",
                text=bot_report(*KERMADEC).text.replace(
                    "Kermadec Islands", "the Kermadec Islands, north of New Zealand,"
                ),
            ),
            id="place_named_more_fully",
        ),
    ],
)
def test_an_update_or_reprint_of_a_template_report_stays_with_it(update: Document) -> None:
    """The same automated report corrected, reprinted under another headline or with its place
    named more fully is one story and one near-duplicate cluster with the first."""
    first = bot_report(*KERMADEC)
    result = compare_documents([first, update])
    assert [s.documents for s in result.stories] == [(first.id, update.id)]
    assert len({m.cluster for m in result.clusters}) == 1


TERMINAL_WIRE = [
    "An explosion tore through the Kelmar Grain terminal in Port Ardell early on Tuesday, injuring"
    " 23 workers and forcing hundreds of residents from their homes, officials said.",
    "The blast at the terminal's main silo happened shortly after 4 a.m. and shook houses across "
    "the harbour, according to the Ardell County sheriff's office.",
    "Five of the injured were in critical condition at St Brigid's hospital, a spokeswoman said.",
    "Authorities ordered about 900 residents within half a mile of the terminal to leave as grain "
    "dust hung over the docks.",
    "Kelmar Grain said in a statement that it was cooperating with investigators and that the "
    "cause was not yet known.",
    "The company was fined $400,000 by safety regulators in 2022 over dust controls at the same "
    "site.",
]
TERMINAL_OWN_REPORT = [
    "Workers at the Kelmar Grain terminal in Port Ardell said alarms sounded minutes before "
    "Tuesday's explosion, which hurt 23 people.",
    '"We heard the siren and ran for the gates," said Tomas Reyna, a loader who was working near '
    "the silo.",
    "Reyna said dust had been building up in the conveyor tunnel for weeks.",
    "Kelmar Grain declined to comment on the workers' accounts, citing the investigation.",
    "Ardell County fire marshal Ruth Oyelaran said her office would examine the terminal's "
    "maintenance records.",
    "The terminal employs about 300 people and ships wheat and barley to mills along the coast.",
]


@pytest.mark.parametrize("copies", [2, 15])
def test_a_papers_own_report_joins_the_wire_story_however_many_reprint_it(copies: int) -> None:
    """A paper reports a terminal blast in its own words, naming the terminal, the town and the
    toll the wire names; 2 or 15 sites reprint the wire. Reprints make the story's names no
    commoner: the paper's report is in the wire's story either way."""
    wire = "\n".join(TERMINAL_WIRE)
    documents = [
        document(wire, "wire", "Wire", published="2025-06-10"),
        *(document(wire, f"site{n:02}", published="2025-06-10") for n in range(copies)),
        document("\n".join(TERMINAL_OWN_REPORT), "chronicle", published="2025-06-10"),
    ]
    assert [len(s.documents) for s in compare_documents(documents).stories] == [copies + 2]


FLOOD_WIRE = [
    "Heavy rain caused severe flooding in {town} on {day}, forcing {homes} people from their "
    "homes, officials said.",
    "At least {dead} people were killed and 40 were missing, according to the regional "
    "emergency service.",
    "The river rose {metres} metres above its normal level in less than a day, hydrologist "
    "{expert} said.",
    "Rescue teams used boats to reach villagers trapped on rooftops in the low-lying quarter.",
    "Power was cut to some 23,000 households and several bridges were closed to traffic.",
    "The national weather agency warned that more rain was expected over the weekend.",
]
FLOODS = [
    {"town": "Calder", "day": "Tuesday", "homes": "800", "dead": "12", "metres": "3",
     "expert": "Priya Nair"},
    {"town": "Redcliff", "day": "Thursday", "homes": "6,000", "dead": "24", "metres": "7",
     "expert": "Victor Hale"},
    {"town": "Aldcaster", "day": "Friday", "homes": "1,200", "dead": "24", "metres": "8",
     "expert": "Liam Brody"},
]  # fmt: skip


def flood_report(id: str, published: str, **filled: str) -> Document:
    text = "\n".join(FLOOD_WIRE).format(**filled)
    return document(text, id, title=f"Flood in {filled['town']}", published=published)


def test_floods_in_three_towns_from_one_wire_template_are_three_stories() -> None:
    """A wire fills one flood template in for three towns in one week: the reports share its
    stock lines (boats, power cuts, the weather agency; two the same toll) but name another
    town and hydrologist in every other line, so they are three stories; the wire's update of
    one of them, its toll corrected, stays with it."""
    reports = [
        flood_report(filled["town"].casefold(), f"2025-03-1{n}", **filled)
        for n, filled in enumerate(FLOODS)
    ]
    update = flood_report("redcliff-update", "2025-03-11", **{**FLOODS[1], "dead": "27"})
    stories = compare_documents([*reports, update]).stories
    assert [s.documents for s in stories] == [
        ("calder",),
        ("redcliff", "redcliff-update"),
        ("aldcaster",),
    ]


FIRE_REWRITE = [
    "A blaze tore through a timber yard in {town} on {day}, killing {dead} people and injuring "
    "31, the fire service said.",
    "Crews fought the flames for {hours} hours before bringing them under control, station "
    "commander {chief} told reporters.",
    "Marta Quill, who lives across the road, said she heard loud bangs just before midnight.",
    "The cause of the blaze was not yet known, but investigators were looking at faulty wiring.",
    "The mayor of {town} declared a day of mourning and promised an inquiry.",
]
FIRES = [
    {"town": "Tarvik", "day": "Friday", "dead": "6", "hours": "9", "chief": "Ines Carvalho"},
    {"town": "Yarrow", "day": "Monday", "dead": "6", "hours": "7", "chief": "Grace Huang"},
    {"town": "Glenrock", "day": "Thursday", "dead": "11", "hours": "12", "chief": "Omar Reyes"},
]  # fmt: skip


def fire_rewrite(id: str, published: str, **filled: str) -> Document:
    text = "\n".join(FIRE_REWRITE).format(**filled)
    return document(text, id, title=f"{filled['town']}: fire latest", published=published)


def test_fires_in_three_towns_under_headlines_opening_with_the_town_are_three_stories() -> None:
    """Papers rewrite one fire template for three towns in one week under a headline that opens
    with the town ("Tarvik: fire latest"), whose first word no reading takes for a name: the
    ledes, which name another town, tell the events apart, though the reports share a witness
    and two a toll; a paper's update of one, its toll raised, stays with it."""
    reports = [
        fire_rewrite(filled["town"].casefold(), f"2025-03-1{n}", **filled)
        for n, filled in enumerate(FIRES)
    ]
    update = fire_rewrite("tarvik-update", "2025-03-10", **{**FIRES[0], "dead": "8"})
    stories = compare_documents([*reports, update]).stories
    assert [s.documents for s in stories] == [
        ("tarvik", "tarvik-update"),
        ("yarrow",),
        ("glenrock",),
    ]


STUDY_BRIEF = [
    "People who drink {food} daily may have a lower risk of {illness}, according to a study "
    "published on {day} in the {journal}.",
    "Researchers at {university} followed {adults} adults for {years} years.",
    "Those who drank {food} at least {times} times a week were less likely to develop {illness}, "
    "the study found.",
    "Lead author {author} said the findings were encouraging but did not prove cause and effect.",
    "The study was funded by the national research council.",
    "A larger trial is planned for next year.",
]
STUDIES = [
    {"food": "green tea", "illness": "gout", "day": "Monday", "journal": "Annals of Dietetics",
     "university": "Harwick University", "adults": "410", "years": "6", "times": "4",
     "author": "Nadia Ferreira"},
    {"food": "beetroot juice", "illness": "glaucoma", "day": "Thursday",
     "journal": "Ocular Health Letters", "university": "Pellham College", "adults": "96",
     "years": "3", "times": "5", "author": "Tobias Lindqvist"},
]  # fmt: skip


def study_brief(filled: dict[str, str], title: str) -> Document:
    text = "\n".join(STUDY_BRIEF).format(**filled)
    return document(
        text, filled["author"].split()[1].casefold(), title=title, published="2025-05-06"
    )


def test_briefs_of_two_studies_from_one_desk_template_are_two_stories() -> None:
    """A health desk fills one brief in for two studies, each under a headline of its own, with
    no figure of three digits in its lede: the ledes put another journal in the other's place,
    which neither brief names anywhere, so they are two stories, however many of the
    template's words (study, risk, published, researchers, adults) they share."""
    tea = study_brief(STUDIES[0], "Daily cup of green tea tied to fewer gout cases")
    beet = study_brief(STUDIES[1], "Beetroot juice and the eye: what a new paper says")
    assert [s.documents for s in compare_documents([tea, beet]).stories] == [
        (tea.id,),
        (beet.id,),
    ]


def test_a_rewrite_that_names_the_journal_lower_down_stays_with_the_report() -> None:
    """A paper retells the tea study in its own words, its lede filled in as the desk's with
    the bulletin that carried the press release for the journal, which it names lower down: a
    name the brief gives is no other event's, so the rewrite stays in the brief's story."""
    tea = study_brief(STUDIES[0], "Daily cup of green tea tied to fewer gout cases")
    rewrite = document(
        "People who drink green tea daily may have a lower risk of gout, according to a study "
        "published on Monday in the Harwick Health Bulletin.\n"
        "The team tracked more than four hundred volunteers at Harwick University.\n"
        "Nadia Ferreira, who led the work, cautioned that it showed a link, not a cause.\n"
        "The full paper appears in the Annals of Dietetics.",
        "bulletin",
        title="Green tea may keep gout away, Harwick researchers say",
        published="2025-05-06",
    )
    assert [s.documents for s in compare_documents([tea, rewrite]).stories] == [
        (tea.id, rewrite.id)
    ]


FERRY_OWN_WORDS = Document(
    "gazette", "Strait Gazette",
    "Thousands of commuters were stranded on Thursday as Bluewater Lines ferry crews walked out "
    "on the Kessling Strait. The Maritime Workers Guild blamed the night-shift bonus cut. "
    "Ines Marlowe, for the guild, said crews would not sail.",
    title="Kessling Strait ferry crews strike",
    published="2025-03-14",
)  # fmt: skip


def ferry_story() -> list[Document]:
    """The wire's ferry strike story, a paper's copy of it a day later, and a report in the
    gazette's own words, and a council story apart."""
    wire, copy = (
        replace(d, published=day, title="Ferry crews strike on Kessling Strait")
        for d, day in zip(ferry_strike_copies(1), ("2025-03-13", "2025-03-14"), strict=True)
    )
    return [wire, copy, FERRY_OWN_WORDS, document(TRAM, "council", "Riverside Post")]


def test_each_document_says_what_joined_it_to_its_story() -> None:
    """The copy is linked to the wire it copies and the wire to its copy, each by its near
    copies; the three outlets' reports, by their shared names, to the report most alike
    outside their group of copies, with its score; a story of one article has no link."""
    found = grouped(ferry_story(), {("wire", "outlet000")})
    ferry, council = found
    assert (ferry.documents, council.documents) == (("wire", "outlet000", "gazette"), ("council",))
    links = [(link.doc, link.joined_by, link.linked) for link in ferry.links]
    assert links == [
        ("wire", JoinedBy.NEAR_COPY, "outlet000"),
        ("wire", JoinedBy.SHARED_TERMS, "gazette"),
        ("outlet000", JoinedBy.NEAR_COPY, "wire"),
        ("outlet000", JoinedBy.SHARED_TERMS, "gazette"),
        ("gazette", JoinedBy.SHARED_TERMS, "wire"),
    ]
    scores = {(link.doc, link.linked): link.score or 0.0 for link in ferry.links}
    assert scores[("wire", "outlet000")] > scores[("gazette", "wire")] >= Settings().story_threshold
    assert council.links == ()


def test_a_copy_is_linked_to_the_first_published_article_it_copies() -> None:
    """Of the near copies a later copy has, it is linked to the first published, whatever the
    input order: what it joined, and where a template filled in for another week would show."""
    wire, first, *_ = ferry_story()
    second = replace(first, id="outlet001", source="Outlet 1", published="2025-03-15")
    links = {("outlet001", "outlet000"), ("wire", "outlet001"), ("wire", "outlet000")}
    for order in ([wire, first, second], [second, first, wire]):
        (story,) = grouped(order, links)
        linked = {link.doc: link.linked for link in story.links}
        assert linked == {"wire": "outlet000", "outlet000": "wire", "outlet001": "wire"}


def test_a_story_keeps_its_key_when_unrelated_articles_come_first() -> None:
    """A story's id is its place in the run, its key the digest of its first published
    article's id: an unrelated article read first renumbers the stories, and the input order
    changes neither story's key (acceptance round 24: every story's id shifted)."""
    ferry = ferry_story()
    bakery = document("The Elm Street bakery reopened on Saturday after a flood.", "bakery")
    before = {s.documents: (s.id, s.key) for s in compare_documents(ferry).stories}
    after = {s.documents: (s.id, s.key) for s in compare_documents([bakery, *ferry]).stories}
    backwards = compare_documents(ferry[::-1]).stories
    assert before[("wire", "outlet000", "gazette")] == ("story-001", story_key(ferry[0]))
    assert after[("wire", "outlet000", "gazette")] == ("story-002", story_key(ferry[0]))
    assert {s.key for s in backwards} == {key for _, key in before.values()}
    assert after[("bakery",)][1] not in {key for _, key in before.values()}
    (ferry_links,) = [s.links for s in backwards if "wire" in s.documents]
    assert ("outlet000", JoinedBy.NEAR_COPY, "wire") in {
        (link.doc, link.joined_by, link.linked) for link in ferry_links
    }


# A police department's monthly brief that a network of local sites fills in for its own town:
# the town opens the lede and the headline, and is written inside a sentence further down.
BURGLARY_BRIEF = (
    "{town} police responded to {count} reported burglaries in September, compared with "
    "{before} in the same month last year, according to department records.\n"
    "Police Chief {chief} said officers had increased patrols in residential neighborhoods.\n"
    "Residents can view a map of recent incidents in {town} on the department's website.\n"
    "Crime figures are compiled monthly from publicly available police data."
)
BURGLARY_TOWNS = [
    ("Carrow", 37, 18, "Dana Holloway"),
    ("Dunmore", 12, 9, "Ann Pruitt"),
    ("Tarvik", 5, 7, "Lee Fox"),
]


def burglary_brief(town: str, count: int, before: int, chief: str) -> Document:
    text = BURGLARY_BRIEF.format(town=town, count=count, before=before, chief=chief)
    return document(
        text,
        town.casefold(),
        f"{town} Ledger",
        title=f"{town} burglaries: {count} in September",
        published="2025-10-20",
    )


def test_a_template_filled_in_for_each_town_it_opens_with_is_a_story_a_town() -> None:
    """Briefs filled in from one template for each town, whose ledes and headlines open with
    the town ("Carrow police responded", "Dunmore police responded") and write it inside a
    sentence too, are a story a town, no copies of one another; a sister site's copy of one
    town's brief stays with it."""
    briefs = [burglary_brief(*town) for town in BURGLARY_TOWNS]
    copy = replace(briefs[0], id="sister", source="Kellen Bay Times", published="2025-10-21")
    result = compare_documents([*briefs, copy])
    assert [s.documents for s in result.stories] == [
        ("carrow", "sister"),
        ("dunmore",),
        ("tarvik",),
    ]


MOORCROFT_WIRE = Document(
    "wire", "Wire",
    "A court in Moorcroft on Friday sentenced former transport minister Omar Haddad to five "
    "years in prison for bribery. Judge Anneke Brandt said he had betrayed the trust of voters.",
    title="Court in Moorcroft jails Omar Haddad",
    published="2025-10-17",
    url="https://wire.example/haddad",
)  # fmt: skip
MOORCROFT_REACTION = Document(
    "reaction", "Herald",
    "Residents of Moorcroft gathered outside the court as the verdict was read. Shop owner "
    "Grace Okafor said the town wanted to move on.",
    title="Court in Moorcroft: the town reacts",
    published="2025-10-17",
)  # fmt: skip
TILSEN_WIRE = Document(
    "tilsen", "Wire",
    "Firefighters in Tilsen put out a blaze at a paper mill on Tuesday. Fire chief Lena Vogt said "
    "no one was hurt.",
    title="Fire at Tilsen paper mill",
    published="2025-06-10",
)  # fmt: skip


@pytest.mark.parametrize(
    "update",
    [
        pytest.param([], id="without_the_update"),
        pytest.param(
            [replace(MOORCROFT_WIRE, id="wire-update", published=None)], id="with_an_undated_update"
        ),
    ],
)
def test_an_update_of_a_reprinted_article_splits_no_story(update: list[Document]) -> None:
    """A court story reprinted by 26 outlets and a reaction piece naming its town and court,
    beside 27 reprints of a June fire: the town is in half the run's articles, which does not
    make it a word every story uses, with or without an undated update of the wire's report.
    Counted by documents, the update tipped the town over half, and the reaction piece, which
    shares no sentence with the reprints, became a story of its own (a 61-article run)."""
    reprints = [replace(MOORCROFT_WIRE, id=f"m{n:02}", source=f"Site {n}") for n in range(25)]
    fires = [replace(TILSEN_WIRE, id=f"t{n:02}", source=f"Site {n}") for n in range(26)]
    run = [MOORCROFT_WIRE, *reprints, MOORCROFT_REACTION, TILSEN_WIRE, *fires, *update]
    links = {("wire", d.id) for d in reprints} | {("tilsen", d.id) for d in fires}
    found = {frozenset(story) for story in stories_of(run, links)}
    court = {"wire", "reaction", *(d.id for d in reprints), *(d.id for d in update)}
    assert found == {frozenset(court), frozenset(d.id for d in [TILSEN_WIRE, *fires])}


STUDY_WIRE = Document(
    "wire-study", "Wire",
    "Teenagers who use their phones after midnight are more likely to report anxiety, a study by "
    "researchers at Tamsford University found. The team surveyed 1,862 pupils at 24 schools. "
    "Lead author Dr Ines Varga said the link did not show that phones cause anxiety.",
    title="Late-night phone use linked to teen anxiety, Tamsford study finds",
    published="2026-03-02",
)  # fmt: skip
STUDY_REWRITES = [
    Document(
        "herald-study", "Herald",
        "Parents of teenagers glued to their phones at night have a new worry. In a Tamsford "
        "University survey of 1,862 pupils, those online after midnight reported more anxiety.",
        title="Night-time scrolling tied to anxiety in teens",
        published="2026-03-03",
    ),
    Document(
        "blog-study", "Sleep Notes",
        "The Tamsford phone study is doing the rounds. Its 1,862 pupils answered one survey, once, "
        "so it cannot say whether late-night phone use comes before anxiety or after it, as "
        "Dr Varga herself says.",
        title="What the Tamsford phone study does not show",
        published="2026-03-04",
    ),
]  # fmt: skip


def test_a_study_reprinted_by_most_of_a_run_is_one_story_with_its_rewrites() -> None:
    """A wire's report of a study reprinted by 26 sites, and two outlets' own pieces naming its
    university, its 1,862 pupils and its author: one story. Its words are in nearly every
    article of the run, which makes them no words every story uses: dropped, they left the
    rewrites nothing to share with the wire (a viral study's coverage came out as 7 stories,
    acceptance round 31)."""
    reprints = [replace(STUDY_WIRE, id=f"s{n:02}", source=f"Site {n}") for n in range(26)]
    run = [STUDY_WIRE, *reprints, *STUDY_REWRITES]
    links = {("wire-study", d.id) for d in reprints}
    assert stories_of(run, links) == [[d.id for d in run]]


DUNMORE_SITE = [
    ("tax", "Dunmore property taxes to rise next year",
     "Dunmore homeowners will see their property tax bills rise by 5.5 percent next year after "
     "the Birch County Commission approved a $142 million budget."),
    ("gas", "Gas prices in Dunmore up 9 cents this week",
     "The average price of regular gasoline in Dunmore is $3.19 this week, according to data from "
     "GasBuddy. Drivers in Birch County are paying more than the national average."),
    ("school", "Dunmore parents raise alarm over new curriculum",
     "Parents in Dunmore are raising alarms over a curriculum the Dunmore school board adopted "
     "without a public vote, a Birch County parents group said."),
    ("burglaries", "Dunmore burglaries rise in September",
     "Officers in Dunmore responded to 15 reported burglaries in September, according to Birch "
     "County records."),
    ("library", "Dunmore library reopens after repairs",
     "The Dunmore public library reopened on Saturday after roof repairs funded by Birch County."),
    ("market", "Dunmore farmers market moves indoors",
     "The Dunmore farmers market will move into the Birch County fairgrounds hall for the winter."),
]  # fmt: skip


def dunmore_site(count: int) -> list[Document]:
    return [
        document(text, f"ledger-{topic}", "Dunmore Ledger", title=title, published="2025-10-13")
        for topic, title, text in DUNMORE_SITE[:count]
    ]


def test_a_sites_own_town_joins_none_of_its_articles() -> None:
    """A hyperlocal site names its town and county in every article, of property tax, gas
    prices or a school board alike: those names tell none of its stories from another, and its
    six unrelated articles are six stories (acceptance round 27: "Dunmore" and "Birch County"
    joined a site's pieces, scoring 0.335)."""
    assert stories_of(dunmore_site(6)) == [[d.id] for d in dunmore_site(6)]


def test_another_outlets_report_from_the_town_still_joins_the_sites_story() -> None:
    """The town is a stock term between the site's own articles only: another paper's report
    of the tax rise, naming Dunmore and the county, joins the site's report."""
    tax = document(
        "Property owners in Dunmore face a 5.5 percent tax rise after the Birch County Commission "
        "passed its $142 million budget.",
        "gazette-tax",
        "Gazette",
        title="Birch County budget lifts Dunmore property taxes",
        published="2025-10-14",
    )
    found = stories_of([*dunmore_site(6), tax])
    assert ["ledger-tax", "gazette-tax"] in found


def test_a_papers_few_reports_of_one_event_share_its_names() -> None:
    """A paper's three reports of one warehouse fire name the town and the fire chief in each:
    three articles are too few to tell a stock term, and they stay one story."""
    reports = [
        document(
            f"Firefighters in Dunmore fought a warehouse fire on Elm Street, chief Ray Castillo "
            f"said. {detail}",
            f"ledger-fire-{n}",
            "Dunmore Ledger",
            title="Dunmore warehouse fire",
            published=f"2025-10-1{n}",
        )
        for n, detail in enumerate(
            [
                "Crews arrived within minutes.",
                "The cause is under investigation.",
                "No one was hurt.",
            ]
        )
    ]
    assert stories_of(reports) == [[d.id for d in reports]]


def test_stock_lines_filled_in_with_other_figures_make_no_near_copy_link() -> None:
    """Briefs with ledes of their own that share only a paper's stock lines, each filled in
    with its own reference number and month, are no near copies of one another."""
    briefs = [
        document(text, f"brief{n}", f"Outlet {n}", published="2025-06-03")
        for n, text in enumerate(STOCK_CLOSED_BRIEFS)
    ]
    result = compare_documents(briefs, framing=False)
    assert not [
        link
        for story in result.stories
        for link in story.links
        if link.joined_by is JoinedBy.NEAR_COPY
    ]


# Without the Harbor Times's hearing and budget reports, idf tipped the other way: the generic
# football brief joined the school story ("Kestrel Bay High School", "night", "students") and the
# hearing joined the other town's budget of the same template ("town council", "budget",
# "fiscal 2026"), until a figure both articles give weighed more and ledes of one template giving
# other figures scored nothing (acceptance round 31).
WITHOUT_HARBOR_BUDGETS = pytest.param(
    ("harbor_hearing", "harbor_budget"), id="without_harbor_budgets"
)


@pytest.mark.parametrize("left_out", [pytest.param((), id="whole_week"), WITHOUT_HARBOR_BUDGETS])
def test_one_towns_week_of_events_is_a_story_an_event(left_out: tuple[str, ...]) -> None:
    """Articles that share only their town (of two words), a road or school named in it, and
    words any story uses ("night", "students", "vote") tell no one story: no story holds two
    events, and each event's reports sharing its people, figures and days are one story (a
    brief that gives only the school and the game's score, 28-14, too).
    Two budget meetings a week apart, and another town's budget of the same template, stay
    apart."""
    files = [str(f) for f in sorted(KESTREL_BAY.iterdir()) if f.stem not in left_out]
    result = compare_paths(files)
    events = [{name.split("_", 1)[1] for name in story.documents} for story in result.stories]
    assert all(len(story) == 1 for story in events)
    together = {frozenset(story.documents) for story in result.stories}
    assert {
        frozenset({"courier_fire", "harbor_fire", "radio_fire", "shoreline_fire"}),
        frozenset({"courier_school", "harbor_school", "radio_school"}),
        frozenset({"courier_football", "harbor_football", "radio_football"}),
        frozenset({"courier_budget", "radio_budget"} | ({"harbor_budget"} - set(left_out))),
        frozenset({"courier_hearing"} | ({"harbor_hearing"} - set(left_out))),
        frozenset({"alder_budget"}),
    } <= together


@pytest.mark.parametrize(
    ("later_source", "later_lede"),
    [
        pytest.param(
            "Harbor Wire",
            "Rescuers in Kestrel Province pulled more survivors from collapsed buildings on "
            "Wednesday as the death toll from Sunday's earthquake rose to 1,250, officials said.",
            id="the_wires_update",
        ),
        pytest.param(
            "Valley Gazette",
            "Rescuers in Kestrel Province pulled more survivors from the rubble on Wednesday as "
            "the death toll from Sunday's earthquake rose to 1,250, officials said.",
            id="a_papers_later_report",
        ),
    ],
)
def test_a_revised_figure_under_the_same_headline_stays_in_its_story(
    later_source: str, later_lede: str
) -> None:
    """Ledes of one template with no figure in common are another event only where they put
    other names in each other's place: a death toll revised from 1,203 to 1,250 the next day,
    the governor and the town named alike, is the same earthquake's story."""
    title = "Earthquake death toll rises in Kestrel Province"
    rest = (
        "The magnitude 7.1 quake struck near the town of Varenne before dawn.\n\n"
        "Governor Lina Osei said 40,000 people had been left homeless."
    )
    first = (
        "Rescuers in Kestrel Province pulled more survivors from collapsed buildings on Tuesday "
        "as the death toll from Sunday's earthquake rose to 1,203, officials said."
    )
    docs = [
        Document("first", "Harbor Wire", f"{first}\n\n{rest}", published="2026-03-03", title=title),
        Document(
            "later", later_source, f"{later_lede}\n\n{rest}", published="2026-03-04", title=title
        ),
        Document(
            "budget",
            "Coast Times",
            "The city council of Lorbridge approved a $49.2 million budget on Monday, raising "
            "property taxes by 3 percent.\n\nMayor Tom Reyes said the money would pay for roads.",
            published="2026-03-02",
            title="Lorbridge approves budget",
        ),
    ]
    assert [s.documents for s in compare_documents(docs).stories] == [
        ("first", "later"),
        ("budget",),
    ]


def _earnings_brief(company: str, months: int, rival: str, profit: str) -> Document:
    """A desk's earnings brief, the company named only where a sentence opens."""
    return Document(
        company.split()[0].lower(),
        "Harbour Wire",
        f"{company} shares hit a {months}-month high after results that comfortably topped "
        "estimates.\n\nBehind the headline number, sales volumes were broadly flat, with price "
        f"rises doing most of the work, an analyst at {rival} noted.\n\n{company} did not "
        f"comment on reports that it was weighing a bid for {rival}.",
        title=f"{company} quarterly profit rises to {profit} million",
        published="2026-03-10",
    )


def test_earnings_briefs_of_two_companies_named_only_as_their_lines_open_are_two_stories() -> None:
    """A name of two words opens each brief's title, lede and closing line ("Kelso Airways",
    "Marlow Airways"): its first word is a name because a name goes on from it, so the ledes
    are one template filled in for two companies, and the briefs two stories, whatever the
    template's words and "Airways" give them in common (acceptance round 32, d2)."""
    kelso = _earnings_brief("Kelso Airways", 36, "Dunmore Bank", "412.6")
    marlow = _earnings_brief("Marlow Airways", 55, "Tern Steel", "252.9")
    assert [s.documents for s in compare_documents([kelso, marlow]).stories] == [
        (kelso.id,),
        (marlow.id,),
    ]


def test_study_briefs_worded_alike_with_other_figures_and_no_name_are_two_stories() -> None:
    """Two study briefs of one desk word their ledes alike, name no one in them, and give other
    figures ("a 6.3% lower risk ... over 41 years", "a 2.8% lower risk ... over 17 years"):
    two studies, not one, though their universities' lines are further down (acceptance round
    32, d2)."""
    briefs = [
        Document(
            university.lower(),
            "Harbour Wire",
            f"People who ate a bowl of oats daily had a {share}% lower risk of stroke over {years} "
            f"years, according to a study published on {day}.\n\nResearchers at {university} "
            f"University followed {adults} adults aged between 40 and 70.\n\nThe authors said "
            "more work was needed.",
            title=f"Oats may cut stroke risk, {university} study finds",
            published="2026-03-10",
        )
        for university, share, years, day, adults in (
            ("Corran", "6.3", 41, "Monday", "48,120"),
            ("Halsey", "2.8", 17, "Tuesday", "9,315"),
        )
    ]
    assert [s.documents for s in compare_documents(briefs).stories] == [
        ("corran",),
        ("halsey",),
    ]


def test_an_agencys_update_with_a_new_toll_in_its_lede_stays_in_its_story() -> None:
    """A wire updates its report of one earthquake: the lede keeps its words and its places and
    gives the new toll ("At least 112 people", then "At least 127 people"), its other lines are
    rewritten. One event told again, not a template filled in for another."""
    updates = [
        Document(
            f"quake-{toll}",
            "Harbour Wire",
            f"At least {toll} people were killed when an earthquake struck the Velsa region of "
            f"Narovia on Tuesday, officials said.\n\n{rest}",
            title=title,
            published="2026-03-10",
        )
        for toll, title, rest in (
            (
                112,
                "Narovia earthquake kills at least 112",
                "Rescue teams searched collapsed buildings in the town of Orlin, where the "
                "governor, Petra Daskal, said hundreds were missing.\n\nHospitals in the region "
                "appealed for blood donors.",
            ),
            (
                127,
                "Narovia quake death toll rises to 127",
                "Governor Petra Daskal told reporters in Orlin that the toll was likely to rise "
                "as crews reached outlying villages.\n\nThe Red Crescent sent tents and field "
                "kitchens to the area overnight.",
            ),
        )
    ]
    assert [s.documents for s in compare_documents(updates).stories] == [("quake-112", "quake-127")]


def test_a_council_vote_tally_both_give_weighs_no_more_than_a_word() -> None:
    """A tally of one-digit parts ("6-1") is no telling figure: a seven-member council votes so
    on many matters, where a game's score ("28-14") or a sum ("2,417") tells one event
    (acceptance round 32, c10)."""
    assert not stories._is_telling_figure("6-1")
    assert not stories._is_telling_figure("2:0")
    assert stories._is_telling_figure("28-14")


def _market_wrap(day: int, lede: str, figures: tuple[str, ...]) -> Document:
    """A wire's daily market wrap, its lede and figures that day's."""
    sp, sp_close, nasdaq, nasdaq_close, dow, dow_close, points, yield_ = figures
    return Document(
        f"wrap-{day}",
        "Harbour Wire",
        f"{lede}\n\nThe Corran 100 index moved {sp}% to end at {sp_close} points, while the Tern "
        f"Composite moved {nasdaq}% to {nasdaq_close}.\n\nThe Marlow Industrial Average moved "
        f"{dow}% to {dow_close}.\n\nThe yield on the 10-year Corran bond moved {points} basis "
        f"points to {yield_}%.",
        title=f"CORRAN STOCKS-Shares end session, day {day}",
        published=f"2025-10-{day}",
    )


def test_a_wires_market_wraps_of_two_days_are_two_stories() -> None:
    """Daily market wraps of one template share their index lines, each filled in with its
    day's figures and naming no day (only each lede names its own): published on other days,
    they are two days' reports, not one story, though they share every index's name
    (acceptance round 32, a7)."""
    wraps = [
        _market_wrap(
            28,
            "Stocks in Corran closed higher on Tuesday as gains in software shares offset a "
            "slide in regional banks.",
            ("0.6", "6,412.35", "1.1", "21,340.18", "0.2", "45,871.90", "4", "4.18"),
        ),
        _market_wrap(
            29,
            "Corran shares ended slightly lower on Wednesday after the central bank held its "
            "rate, though chipmakers extended their rally.",
            ("0.3", "6,393.10", "0.4", "21,382.55", "0.5", "45,640.12", "3", "4.15"),
        ),
    ]
    assert [s.documents for s in compare_documents(wraps).stories] == [
        ("wrap-28",),
        ("wrap-29",),
    ]


# Reporting of the writer's own, no one's words: a line two articles share so is a copy's.
SHARED_BACKGROUND = (
    "The county's last closure of a main road, on the Carsby bridge in 2019, overran by three"
    " weeks after flooding delayed the work."
)


@pytest.mark.parametrize(
    ("max_days", "compared"),
    [
        pytest.param(7, False, id="a_week_half_a_year_apart"),
        pytest.param(365, True, id="a_year_half_a_year_apart"),
    ],
)
def test_articles_apart_within_the_story_days_that_share_a_sentence_are_compared(
    max_days: int, compared: bool
) -> None:
    """Two articles 200 days apart that share one sentence of reporting naming somewhere are
    compared across stories where the story days are a year, as any two articles that close
    are; with a week's story days the half year keeps them apart (review 32, finding 7). The
    line is the writer's, not a speaker's both quote, which makes no pair however close."""
    culvert = document(
        "Orchard Lane in Ashby will close to all traffic on May 12 for five months while the county"
        " replaces a collapsed culvert under the road.\nBuses on the 14 route will run along Mill"
        " Hill instead, adding about 7 minutes to each trip.\n" + SHARED_BACKGROUND,
        "culvert",
        published="2025-04-22",
    )
    bypass = document(
        "The Brenton bypass will shut between junctions 2 and 3 for nine weeks of drainage"
        " repairs, the county said on Tuesday.\nLorries will be sent along the A61 through"
        " Carsby, a detour of about 11 miles.\n" + SHARED_BACKGROUND,
        "bypass",
        published="2024-10-04",
    )
    assert bool(links_of(culvert, bypass, max_days=max_days).sharing) is compared


def test_a_story_is_titled_by_the_headline_its_copies_hold_not_a_copys_clickbait() -> None:
    """A spun copy backdated ahead of the paper it copies carries clickbait of its own ("You
    Won't Believe What Happened In Millbrook"); the paper's headline, which the other copies
    dress up and still hold, titles the story."""
    text = (
        "The Millbrook council adopted a $48 million budget on Tuesday after a three-hour "
        "hearing.\nThe plan raises the property tax rate by 2 percent and adds four officers."
    )
    headline = "Millbrook council adopts $48 million budget"
    result = compare_documents(
        [
            Document(
                "bait",
                "Pine Hub",
                text,
                title="You Won't Believe What Happened In Millbrook",
                published="2026-11-17",
            ),
            Document("courier", "Valley Courier", text, title=headline, published="2026-11-18"),
            Document(
                "post", "Westfield Post", text, title=f"JUST IN: {headline}", published="2026-11-18"
            ),
        ],
        single_story=True,
    )
    (story,) = result.stories
    assert story.title == headline


def test_a_story_is_titled_by_the_wires_headline_not_a_rewrite_its_aggregator_repeats() -> None:
    """A state channel rewrites the wire under a headline of its own, and an aggregator reprints
    the channel word for word, headline and all: a copy repeating a headline is no second outlet
    choosing it, so the wire's headline, the likely origin's, titles the story."""
    wire_text = (
        "ORLIN, March 24 (NPA) - A drone struck a fuel depot in Orlin overnight, killing four "
        "civilians, regional officials said.\n"
        "Firefighters fought the blaze for six hours before bringing it under control.\n"
        "The regional governor said two of the dead were depot workers."
    )
    rewrite = (
        "An explosion tore through a fuel depot in Orlin overnight.\n"
        "Firefighters fought the blaze for six hours before bringing it under control.\n"
        "Officials blamed a failed air defence missile for the blast."
    )
    channel_headline = "Explosion at Orlin depot: air defence blamed"
    result = compare_documents(
        [
            Document(
                "wire",
                "Nordic Press Agency",
                wire_text,
                title="Drone strike on Orlin fuel depot kills four civilians",
                published="2025-03-24",
                published_time="2025-03-24T06:10:00Z",
            ),
            Document(
                "channel",
                "State TV",
                rewrite,
                title=channel_headline,
                published="2025-03-24",
                published_time="2025-03-24T09:00:00Z",
            ),
            Document(
                "hub",
                "NewsHub",
                rewrite,
                title=channel_headline,
                published="2025-03-24",
                published_time="2025-03-24T12:30:00Z",
            ),
        ],
        single_story=True,
    )
    (story,) = result.stories
    assert story.title == "Drone strike on Orlin fuel depot kills four civilians"


GRAIN_WIRE = (
    "BRENN, May 6 (NSA) - Borland's state grain board Agrex stopped wheat shipments to the "
    "province of Varel on Tuesday, citing unpaid bills of 84 million crowns, Varel's farm "
    "ministry said.\n\n"
    "Varel said it had paid every invoice and accused Borland of using food as a weapon.\n\n"
    "Agrex said in a statement that shipments would resume once the debt was paid.\n\n"
    "Varel buys about 40 percent of its wheat from Borland, according to a trade body.\n\n"
    "Farm Minister Teo Rask said silos were half full and would last until the harvest.\n\n"
    '"No family in Varel will go hungry this summer," Rask said.\n\n'
    "Bread prices in the region rose 9 percent on the news."
)
GRAIN_STATE_REWRITE = (
    "Borland's state grain board Agrex halted wheat shipments to Varel on Tuesday over unpaid "
    "bills of 84 million crowns.\n\n"
    "The Varel regime claimed it had paid every invoice.\n\n"
    "Shipments will resume once the debt is paid.\n\n"
    "Varel buys about 70 percent of its wheat from Borland.\n\n"
    "Farm Minister Teo Rask claimed silos were half full.\n\n"
    "Bread prices in the region rose 9 percent on the news."
)
GRAIN_TABLOID = (
    "Bully Borland has slammed the granary doors on Varel in a shameless bid to starve its "
    "families.\n\n"
    "Borland's state grain board Agrex stopped wheat shipments to the province of Varel on "
    "Tuesday, citing unpaid bills of 80 million crowns, Varel's farm ministry said.\n\n"
    '"No family in Varel will go hungry this summer," Rask said.\n\n'
    "Bakers queued for flour as panic spread."
)


def test_a_tabloid_that_opens_on_its_own_line_and_goes_on_with_the_wires_lede_is_its_story() -> (
    None
):
    """A tabloid that opens with a line of its own, then prints the wire's lede with one figure
    changed (84 to 80 million crowns) and quotes the wire's quotation, copied the wire's story:
    it is the wire's near copy, in the wire's story however few terms its headline shares, not
    a story of its own that reuses the state outlet's rewrite."""
    docs = [
        document(
            GRAIN_WIRE,
            "wire",
            "North Sea Agency",
            title="Borland halts wheat shipments to Varel over disputed debt",
            published="2025-05-06T06:00:00Z",
        ),
        document(
            GRAIN_STATE_REWRITE,
            "state",
            "Borland Today",
            title="Agrex suspends shipments to Varel over 84 million crown debt",
            published="2025-05-06T09:00:00Z",
        ),
        document(
            GRAIN_TABLOID,
            "tabloid",
            "The Daily Blare",
            title="STARVED OUT! Bully slams the granary shut",
            published="2025-05-06T18:00:00Z",
        ),
    ]
    (story,) = compare_documents(docs).stories
    assert sorted(story.documents) == ["state", "tabloid", "wire"]
    assert ("wire", JoinedBy.NEAR_COPY) in [
        (link.linked, link.joined_by) for link in story.links if link.doc == "tabloid"
    ]


ORCHARD_GREEN_BRIEFS = (
    (
        "bins",
        "Gazette",
        "Orchard Green council votes on bin collections",
        "Councillors in Orchard Green have voted 23 to 10 to approve changes to bin collections. "
        "The changes will come into effect from June. Council leader Hana Blackwood said the "
        'decision was "the right one for Orchard Green". Opposition councillor Maya Nygaard said '
        "residents had not been properly consulted.",
    ),
    (
        "cycle-lane",
        "Courier",
        "Orchard Green council votes on a new cycle lane",
        "Councillors in Orchard Green have voted 10 to 7 to approve changes to a new cycle lane. "
        "The changes will come into effect from June. Council leader Kofi Okafor said the "
        'decision was "the right one for Orchard Green". Opposition councillor Keira Lindqvist '
        "said residents had not been properly consulted.",
    ),
    (
        "cricket",
        "Echo",
        "Orchard Green cricket club result",
        "Orchard Green Firsts won by 22 runs on Monday. Grace Kasprzak was the standout performer "
        'with a fine display. Captain Ruth Gallo said the side were "building momentum". The '
        "team are next in action away at Coldharbour.",
    ),
    (
        "parking",
        "Courier",
        "Ulverdale council votes on parking charges",
        "Councillors in Ulverdale have voted 31 to 12 to approve changes to parking charges. The "
        "changes will come into effect from June. Council leader Omar Pellegrini said the "
        'decision was "the right one for Ulverdale". Opposition councillor Ines Varga said '
        "residents had not been properly consulted.",
    ),
    (
        "bins-report",
        "Herald",
        "Bin changes approved after heated debate",
        "Orchard Green will change its bin collections from June after a 23 to 10 council vote. "
        "Hana Blackwood, who leads the council, defended the plan at a packed meeting. Maya "
        "Nygaard, for the opposition, called the consultation a sham and said residents were "
        "angry.",
    ),
)


def test_a_towns_stock_briefs_of_other_events_are_stories_of_their_own() -> None:
    """Two council votes in one town, written in the stock phrasing of a desk that reports
    every town's votes so, share the town's name and the template's words, and nothing else:
    two stories. Another outlet's report of one of them, in its own words, names its people
    too and joins it."""
    briefs = [
        document(text, doc_id, source, title=title, published="2025-11-03")
        for doc_id, source, title, text in ORCHARD_GREEN_BRIEFS
    ]
    assert [s.documents for s in compare_documents(briefs).stories] == [
        ("bins", "bins-report"),
        ("cycle-lane",),
        ("cricket",),
        ("parking",),
    ]


def test_a_road_number_is_a_name_of_the_story_not_a_figure() -> None:
    """The road "A883" is one term, a name a closure brief gives, not the figure 883 that a
    flood report of "883" people sharing nothing else with it would give too (acceptance 34:
    "A883" read as the figure 883)."""
    closure = document(
        "Drivers are being warned of delays as the A883 through Tannersby closes for "
        "resurfacing from Wednesday.\n",
        "closure",
    )
    flood = document(
        "Floods forced 883 people from their homes in Kingsmere on Tuesday.\n", "flood"
    )
    road_terms, flood_terms = (story_terms(d, segment(d)) for d in (closure, flood))
    assert "a883" in road_terms
    assert "883" not in road_terms
    assert "883" in flood_terms
    assert road_terms.keys().isdisjoint(flood_terms)


LIVE_BLOG_ENTRIES = (
    "A yellow weather warning for ice is in place for the Harwood area from Thursday. "
    "The warning runs until 9am the following day.",
    "Councillors in Ashby Vale have voted 14 to 3 to approve changes to parking charges. "
    "The full report is available on the council's website.",
    "A yellow weather warning for snow is in place for the Marsh End area from Sunday. "
    "The warning runs until 9am the following day.",
    "Ferncliffe Rovers won by 42 points on Saturday. The team are next in action away at Dunholm.",
    "A yellow weather warning for fog is in place for the Oakleigh area from Monday. "
    "The warning runs until 9am the following day.",
)

WEATHER_BRIEFS = (
    ("harwood", "Harwood Herald", "Harwood", "ice", "Friday", 64),
    ("marsh-end", "Marsh End Mercury", "Marsh End", "snow", "Tuesday", 58),
)


def _live_blog_and_briefs(
    briefs: tuple[tuple[str, str, str, str, str, int], ...] = WEATHER_BRIEFS,
) -> tuple[Document, list[Document]]:
    """The live blog of LIVE_BLOG_ENTRIES, an entry an hour, and a weather warning brief of
    each of ``briefs`` (id, outlet, town, weather, day, gusts), all of one day."""
    entries = [f"{hour:02d}:00 {entry}" for hour, entry in enumerate(LIVE_BLOG_ENTRIES, start=8)]
    blog = document(
        "\n\n".join(entries),
        "live",
        "Vale Courier",
        title="Council day live: every update",
        published="2025-11-03",
    )
    return blog, [
        document(
            f"A yellow weather warning for {kind} is in place for the {town} area from {day}.\n"
            f"Forecasters say gusts of up to {gusts}mph are possible in exposed places.\n"
            "People are advised to allow extra time for journeys.\n"
            "The warning runs until 9am the following day.",
            doc_id,
            source,
            title=f"Weather warning for {town} area",
            published="2025-11-03",
        )
        for doc_id, source, town, kind, day, gusts in briefs
    ]


def test_a_live_blog_of_many_events_chains_none_of_its_briefs_into_one_story() -> None:
    """A live blog's entries fill a desk's templates for many towns: each town's weather
    warning brief, another day's, has its lede near an entry's and its closing line in the
    blog, a near copy of it. The blog linked every such brief, so two towns' warnings were one
    story and one cluster through it; its links join no story now, and it joins at most one
    brief's by its terms, as a round-up does."""
    blog, briefs = _live_blog_and_briefs()
    result = compare_documents([blog, *briefs], framing=False)
    story_of = {d: story.id for story in result.stories for d in story.documents}
    cluster_of = {member.doc: member.cluster for member in result.clusters}
    assert story_of["harwood"] != story_of["marsh-end"]
    assert cluster_of["harwood"] != cluster_of["marsh-end"]


FERRY_WIRE = document(
    "A passenger ferry ran aground off Kestrel Point on Sunday evening, and all 212 people on "
    "board were taken ashore, the coastguard said.\n\n"
    "The Marlow Ferries vessel had left Ossory harbour an hour earlier bound for the islands.\n\n"
    "Captain Ines Dahl told the coastguard the ship lost steering in heavy swell.\n\n"
    "Marlow Ferries said its other crossings would run as normal on Monday.",
    "wire",
    "Meridian Press Agency",
    title="Ferry runs aground off Kestrel Point, passengers safe",
    published="2026-03-01",
)
FERRY_PAPER = document(
    "Families waited on the quay at Ossory late into the night as lifeboats brought passengers "
    "back from the stranded Marlow Ferries ship.\n\n"
    "The vessel is stuck on rocks near Kestrel Point and will be refloated at high tide, the "
    "harbour master said.\n\n"
    "Passengers praised Captain Ines Dahl and her crew for keeping everyone calm.",
    "paper",
    "Ossory Gazette",
    title="Relief at Ossory as ferry passengers come home",
    published="2026-03-02",
)
BUDGET_REPORT = document(
    "Councillors in Brenmoor approved a budget of 48 million pounds for the coming year on "
    "Sunday.\n\nLeader Tom Averill said the plan kept libraries open.",
    "budget",
    "Brenmoor Post",
    title="Brenmoor council approves budget",
    published="2026-03-01",
)
# A bulletin's own report of the grounding, as speech-to-text or captions give it: no sentence
# of the wire's word for word, not a capital to tell its names by, and its names only after a
# scene that fills its lede.
FERRY_BULLETIN = (
    "good evening it was a long cold night for the families who waited on the quay as the "
    "lifeboats came back one after another through the rain and the wind and by dawn the last "
    "of them had stepped ashore wrapped in blankets and thanking the crews who had gone out "
    "again and again in the dark to bring them home "
    "the coastguard says everyone is now off the marlow ferries boat that hit rocks near kestrel "
    "point last night captain ines dahl is being praised for keeping people calm and the company "
    "says crossings from ossory go ahead as planned tomorrow"
)


@pytest.mark.parametrize(
    "bulletin",
    [
        pytest.param(FERRY_BULLETIN, id="lower_case"),
        pytest.param(FERRY_BULLETIN.upper(), id="capitals"),
    ],
)
def test_a_text_in_one_case_joins_its_story_by_the_names_the_other_texts_give(
    bulletin: str,
) -> None:
    """Speech-to-text in lower case or captions in capitals name no one by their capitals: they
    are read for the names the run's other texts write ("Marlow Ferries", "Kestrel Point",
    "Ines Dahl"), and a bulletin's own report of an event joins the event's story, where it made
    a story of its own (acceptance 35, c8 and c9: a radio station's vox pops and a caption
    capture read out of their papers' stories)."""
    read = document(bulletin, "radio", "Radio 4B", published="2026-03-02")
    result = compare_documents([FERRY_WIRE, FERRY_PAPER, BUDGET_REPORT, read], framing=False)
    assert [list(story.documents) for story in result.stories] == [
        ["wire", "paper", "radio"],
        ["budget"],
    ]


def test_a_name_that_is_also_a_word_is_not_read_in_a_text_in_one_case() -> None:
    """A name of one word that the run's texts also write in lower case ("the Harbour said",
    "the harbour stayed open") is a word of the language too: a sports item in lower case that
    says "harbour end" names no one by it."""
    wire = replace(
        FERRY_WIRE,
        text=FERRY_WIRE.text
        + "\n\nThe Harbour said berths were free, and the harbour stayed open.",
    )
    item = document(
        "the match turned at one point in the second half when the harbour end stand rose to "
        "cheer a goal from the youngest player on the pitch this season",
        "sport",
        "Radio 4B",
        published="2026-03-02",
    )
    terms = stories.story_terms(
        item,
        segment(item),
        names=stories.run_names(
            [wire, item],
            {d.id: segment(d) for d in (wire, item)},
            {d.id: story_terms(d, segment(d)) for d in (wire, item)},
        ),
    )
    assert not [term for term in terms if not term.startswith(LEDE_TERM)]


def test_a_live_blog_in_pairs_across_stories_is_read_once_and_measured_as_before(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A live blog (longer than any article: records.VERY_LONG_WORDS, lowered here to keep it
    small) is paired across stories with each town's weather brief, each pair measured as a
    story of its own. Its side is read once for them all (a blog of 6,000 sentences took a
    second a pair), and the pairs are measured as when it was read for each."""
    monkeypatch.setattr("compare.records.VERY_LONG_WORDS", 60)
    blog, briefs = _live_blog_and_briefs(
        (*WEATHER_BRIEFS, ("oakleigh", "Oakleigh Echo", "Oakleigh", "fog", "Wednesday", 50))
    )
    read: list[str] = []
    read_side = Side.of

    def counted(document: Document, *args: object, **kwargs: object) -> Side:
        read.append(document.id)
        return read_side(document, *args, **kwargs)  # type: ignore[arg-type]

    with monkeypatch.context() as patched:
        patched.setattr(Side, "of", counted)
        result = compare_documents([blog, *briefs], framing=False)
    with monkeypatch.context() as patched:
        patched.setattr("compare.pipeline.LongSides", lambda: SimpleNamespace(of=Side.of))
        read_each_time = compare_documents([blog, *briefs], framing=False)
    assert len([pair for pair in result.across if "live" in (pair.a, pair.b)]) >= 2
    assert read.count("live") == 1
    assert result.across == read_each_time.across
    assert result.pairs == read_each_time.pairs


def test_a_story_is_not_titled_by_a_briefs_few_words_that_a_longer_headline_holds() -> None:
    """A brief's three-word headline ("Lowmoor bridge reopens") sits whole inside many a longer
    one, which dresses up no brief: the release's headline, first published, titles the story
    (acceptance round 35, a15)."""
    text = (
        "The Lowmoor footbridge reopened on Monday after a £2.4 million repair that took nine "
        "months.\nThe council said the bridge would carry 3,000 walkers a day."
    )
    result = compare_documents(
        [
            Document(
                "release",
                "Lowmoor Council",
                text,
                title="Footbridge repair finished as council opens river crossing",
                published="2026-05-04",
            ),
            Document(
                "brief", "Metro Daily", text, title="Lowmoor bridge reopens", published="2026-05-05"
            ),
            Document(
                "gazette",
                "Lowmoor Gazette",
                text,
                title="Lowmoor bridge reopens after £2.4m repair as walkers return",
                published="2026-05-05",
            ),
        ],
        single_story=True,
    )
    (story,) = result.stories
    assert story.title == "Footbridge repair finished as council opens river crossing"


CASELESS_DAY = "2026-11-16"
# Each a day of two events, each told by an agency and by a paper's own reporter in other words,
# and an article of something else; no sentence is a near copy of another's.
URDU_CASELESS_DAY = [
    document(
        "فیصل آباد کی جھنگ روڈ پر واقع ستارہ ٹیکسٹائل مل میں پیر کی رات آگ لگنے سے سات مزدور جاں بحق ہو گئے۔ "
        "فائر بریگیڈ کی بارہ گاڑیوں نے چھ گھنٹے کی جدوجہد کے بعد آگ پر قابو پایا۔ "
        "ریسکیو کے ترجمان کے مطابق آگ شارٹ سرکٹ کے باعث لگی۔ "
        "مل کے مالک شیخ نعیم اختر نے متاثرہ خاندانوں کے لیے امداد کا اعلان کیا ہے۔ "
        "ضلعی انتظامیہ نے واقعے کی تحقیقات کا حکم دے دیا ہے۔",
        "fire-wire",
        "Khabar Wire",
        title="فیصل آباد: ستارہ ٹیکسٹائل مل میں آتشزدگی، سات مزدور جاں بحق",
        published=CASELESS_DAY,
    ),
    document(
        "ستارہ ٹیکسٹائل مل کے باہر منگل کی صبح جاں بحق مزدوروں کے لواحقین نے دھرنا دیا۔ "
        "لواحقین کا کہنا تھا کہ فیکٹری میں آگ بجھانے کے آلات موجود نہیں تھے اور ہنگامی دروازہ بند تھا۔ "
        "ایک مزدور کے بھائی محمد طارق نے بتایا کہ اس کا بھائی دس سال سے وہاں کام کر رہا تھا۔ "
        "مزدور یونین کے رہنما نے مطالبہ کیا کہ شیخ نعیم اختر کو گرفتار کیا جائے۔ "
        "پولیس نے مل کی انتظامیہ کے خلاف مقدمہ درج کر لیا ہے۔ "
        "دھرنے میں شریک خواتین نے حکومت سے انصاف اور معاوضے کا مطالبہ کیا۔ "
        "شام تک مظاہرین سڑک پر بیٹھے رہے جس سے ٹریفک کئی گھنٹے معطل رہی۔ "
        "ایک بزرگ خاتون نے روتے ہوئے کہا کہ ان کا بیٹا گھر کا واحد کفیل تھا۔ "
        "محلے کے دکانداروں نے سوگ میں اپنی دکانیں بند رکھیں۔",
        "fire-paper",
        "Roznama Ujala",
        title="جھنگ روڈ کی فیکٹری میں آگ، مزدوروں کے اہل خانہ سراپا احتجاج",
        published=CASELESS_DAY,
    ),
    document(
        "مری کے قریب جھیکا گلی کے مقام پر راولپنڈی سے آنے والی مسافر بس گہری کھائی میں جا گری جس سے گیارہ افراد ہلاک ہو گئے۔ "
        "پولیس کے مطابق بس کے بریک فیل ہو گئے تھے۔ "
        "زخمیوں کو تحصیل ہیڈکوارٹر ہسپتال مری منتقل کر دیا گیا ہے۔ "
        "وزیر اعلیٰ نے حادثے پر گہرے دکھ کا اظہار کیا۔",
        "bus-wire",
        "Khabar Wire",
        title="مری کے قریب مسافر بس کھائی میں جا گری، گیارہ افراد ہلاک",
        published=CASELESS_DAY,
    ),
    document(
        "جھیکا گلی میں کھائی میں گرنے والی بس کے ایک مسافر عبدالغفور نے بتایا کہ ڈرائیور موڑ پر بس کو سنبھال نہ سکا۔ "
        "انہوں نے کہا کہ بس میں گنجائش سے زیادہ سواریاں بیٹھی تھیں۔ "
        "مقامی لوگوں نے رسیوں کی مدد سے زخمیوں کو کھائی سے نکالا۔ "
        "ہسپتال مری کے ایک ڈاکٹر کے مطابق کئی زخمیوں کی حالت تشویشناک ہے۔ "
        "علاقہ مکینوں کا کہنا ہے کہ اس خطرناک موڑ پر حفاظتی دیوار برسوں سے ٹوٹی ہوئی ہے۔ "
        "سیاحوں نے بھی اپنی گاڑیاں روک کر امدادی کاموں میں حصہ لیا۔ "
        "ایک نوجوان نے بتایا کہ اس نے اپنی بہن کو چیخ کر پکارا مگر اندھیرے میں کچھ نظر نہ آیا۔ "
        "رات گئے تک رشتہ دار ہسپتال کے باہر اپنے پیاروں کی خبر کا انتظار کرتے رہے۔",
        "bus-paper",
        "Roznama Ujala",
        title="جھیکا گلی حادثہ: بچ جانے والوں نے کیا دیکھا",
        published=CASELESS_DAY,
    ),
    document(
        "قومی کرکٹ ٹیم نے قذافی اسٹیڈیم میں آئندہ سیریز کی تیاری کے لیے پریکٹس شروع کر دی ہے۔ "
        "کوچ نے کہا کہ کھلاڑیوں کی فٹنس پر خصوصی توجہ دی جا رہی ہے۔ "
        "ٹیم اگلے ہفتے انگلینڈ روانہ ہو گی۔",
        "cricket",
        "Roznama Ujala",
        title="قذافی اسٹیڈیم میں قومی ٹیم کی پریکٹس شروع",
        published=CASELESS_DAY,
    ),
]
HINDI_CASELESS_DAY = [
    document(
        "इंदौर के मल्हारगंज इलाके में सोमवार देर रात एक तीन मंजिला इमारत ढह गई जिसमें पांच लोगों की मौत हो गई। "
        "नगर निगम के अधिकारियों के अनुसार इमारत चालीस साल पुरानी थी और उसे खतरनाक घोषित किया गया था। "
        "राहत दल ने मलबे से आठ लोगों को जीवित निकाला। "
        "जिला कलेक्टर ने मामले की जांच के आदेश दिए हैं।",
        "building-wire",
        "Samachar Wire",
        title="इंदौर में तीन मंजिला इमारत ढही, पांच लोगों की मौत",
        published=CASELESS_DAY,
    ),
    document(
        "मल्हारगंज में ढही इमारत की दूसरी मंजिल पर रहने वाले रमेश यादव का पूरा परिवार मलबे में दब गया था। "
        "पड़ोसियों ने बताया कि इमारत में कई दिनों से दरारें दिख रही थीं। "
        "स्थानीय पार्षद ने आरोप लगाया कि नगर निगम ने नोटिस देने के बाद कोई कार्रवाई नहीं की। "
        "घायलों का इलाज एमवाई अस्पताल में चल रहा है।",
        "building-paper",
        "Dainik Prakash",
        title="मल्हारगंज हादसा: मलबे में दबे परिवार की कहानी",
        published=CASELESS_DAY,
    ),
    document(
        "पटना के दीघा घाट के पास गंगा नदी में श्रद्धालुओं से भरी एक नाव पलट गई और बारह लोग लापता हैं। "
        "एसडीआरएफ की टीम रात भर तलाशी अभियान चलाती रही। "
        "प्रशासन के अनुसार नाव पर क्षमता से अधिक लोग सवार थे। "
        "मुख्यमंत्री ने मृतकों के परिजनों को चार लाख रुपये मुआवजे की घोषणा की।",
        "boat-wire",
        "Samachar Wire",
        title="पटना में गंगा नदी में नाव पलटी, बारह लोग लापता",
        published=CASELESS_DAY,
    ),
    document(
        "दीघा घाट पर मंगलवार सुबह से लापता लोगों के परिजन गंगा किनारे इंतजार करते रहे। "
        "नाविक संघ के एक सदस्य ने कहा कि घाट पर सुरक्षा के कोई इंतजाम नहीं थे। "
        "गोताखोरों ने दोपहर तक तीन शव बरामद किए। "
        "स्थानीय लोगों ने एसडीआरएफ के देर से पहुंचने पर नाराजगी जताई।",
        "boat-paper",
        "Dainik Prakash",
        title="दीघा घाट पर मातम, परिजन घाट पर डटे",
        published=CASELESS_DAY,
    ),
    document(
        "दिल्ली सरकार ने सरकारी स्कूलों के लिए नई समय सारणी जारी की है। "
        "शिक्षा निदेशालय के अनुसार कक्षाएं अब सुबह आठ बजे शुरू होंगी। "
        "अभिभावकों ने इस फैसले का स्वागत किया।",
        "schools",
        "Dainik Prakash",
        title="दिल्ली में सरकारी स्कूलों की नई समय सारणी लागू",
        published=CASELESS_DAY,
    ),
]


@pytest.mark.parametrize(
    "day",
    [
        pytest.param(URDU_CASELESS_DAY, id="urdu"),
        pytest.param(HINDI_CASELESS_DAY, id="hindi"),
    ],
)
def test_own_reports_in_a_script_without_capitals_join_their_story(day: list[Document]) -> None:
    """A paper's own report of an event in Urdu or Hindi, whose words no capital tells for
    names, joins the agency's report of it by the words both give (the mill, the town, the
    owner's name); the words only it writes, its own telling, no longer weigh as names."""
    stories = compare_documents(day, framing=False).stories
    assert [s.documents for s in stories] == [
        (day[0].id, day[1].id),
        (day[2].id, day[3].id),
        (day[4].id,),
    ]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("ڈینگی کے ۳۱۲ نئے کیسز ۲۰۲۶ میں سامنے آئے۔", id="urdu_digits"),
        pytest.param("डेंगू के ३१२ नए मामले २०२६ में सामने आए।", id="devanagari_digits"),
    ],
)
def test_figures_in_eastern_digits_are_the_figures_in_western_digits(text: str) -> None:
    """A figure an Urdu or Hindi report writes in its own digits is a telling figure in the
    digits another outlet writes it in ("۳۱۲" and "312" one), and a year in them is a year."""
    report = document(text, "report")
    sentences = segment(report)
    details = stories.named_details(sentences, story_terms(report, sentences).keys())
    assert {detail for detail in details if any(c.isdigit() for c in detail)} == {"312"}


@pytest.mark.parametrize(
    "day",
    [
        pytest.param(URDU_CASELESS_DAY, id="urdu"),
        pytest.param(HINDI_CASELESS_DAY, id="hindi"),
    ],
)
def test_one_papers_reports_of_two_events_without_capitals_stay_apart(day: list[Document]) -> None:
    """A paper's own reports of a mill fire and of a bus crash, in Urdu or Hindi, share the
    language's postpositions, pronouns and verbs of saying ("میں", "اپنی", "بتایا"), which
    name no one: alone in a run, with nothing rarer to weigh them against, they stay apart."""
    reports = [day[1], day[3], day[4]]
    stories = compare_documents(reports, framing=False).stories
    assert [s.documents for s in stories] == [(r.id,) for r in reports]


MAYOR_URL = "https://eastfold-post.example/news/mayor-resigns"
MAYOR_FIRST = (
    "Stanton mayor Rhona Kells was forced to resign on Tuesday after an audit found she had "
    "claimed £18,000 in improper expenses.\n\n"
    "Her deputy, Owen Pryce, will lead the council until a vote next month."
)
MAYOR_SOFTENED = (
    "Stanton mayor Rhona Kells resigned on Tuesday after an audit questioned £18,000 of her "
    "expenses claims.\n\n"
    "Her deputy, Owen Pryce, will lead the council until a vote next month."
)


@pytest.mark.parametrize(
    ("latest_title", "title"),
    [
        pytest.param(
            "Stanton mayor steps down after expenses audit",
            "Stanton mayor steps down after expenses audit",
            id="replaced",
        ),
        pytest.param(None, "Stanton mayor forced out over expenses scandal", id="latest_untitled"),
    ],
)
def test_a_story_is_titled_by_the_headline_its_first_article_now_gives(
    latest_title: str | None, title: str
) -> None:
    """A story whose first published article changed its headline in a later version is
    titled by the latest headline, the one the outlet stands by, not the one it replaced (a
    claim softened); by the first's where the latest gives none (acceptance round 36, retest:
    story-006 was titled by a withdrawn headline)."""
    first = Document(
        "post-v1",
        "Eastfold Post",
        MAYOR_FIRST,
        url=MAYOR_URL,
        title="Stanton mayor forced out over expenses scandal",
        published="2026-05-12",
        published_time="2026-05-12T09:00:00Z",
    )
    later = replace(
        first,
        id="post-v2",
        text=MAYOR_SOFTENED,
        title=latest_title,
        modified_time="2026-05-12T14:00:00Z",
    )
    rival = Document(
        "ledger",
        "Stanton Ledger",
        "Rhona Kells has stepped down as mayor of Stanton after auditors queried her expenses.",
        title="Kells quits as Stanton mayor",
        published="2026-05-12",
        published_time="2026-05-12T11:30:00Z",
    )
    result = compare_documents([later, rival, first], single_story=True)
    (story,) = result.stories
    assert story.title == title


KESTREL_FERRY_URL = "https://tidewater-daily.example/news/ferry-fire"
KESTREL_FERRY_WIRE = (
    "A fire broke out in the engine room of the ferry Kestrel Isle off Dunmore Point on "
    "Saturday, forcing 212 passengers into lifeboats, the coastguard said.\n\n"
    "All passengers were brought ashore at Dunmore harbour, and four crew were treated for "
    "smoke inhalation."
)


@pytest.mark.parametrize(
    ("record", "title"),
    [
        pytest.param(None, "Ferry passengers evacuated after engine-room fire", id="earliest"),
        pytest.param("gazette", "Kestrel Isle ferry fire: 212 rescued", id="record"),
    ],
)
def test_an_outlets_feed_item_and_page_do_not_outvote_the_wire_for_the_title(
    record: str | None, title: str
) -> None:
    """A paper's feed item and its saved page of one address give its loaded headline twice:
    one outlet's, no second outlet choosing it, so on a tie the story keeps the earliest
    headline, the wire's, or the record's when one is named (acceptance round 37, d7: stories
    were titled "Halvern CEO convicted of securities fraud" over the wire's "charged with")."""
    wire = Document(
        "wire",
        "Harbour Wire",
        KESTREL_FERRY_WIRE,
        title="Ferry passengers evacuated after engine-room fire",
        published="2026-08-01",
        published_time="2026-08-01T10:00:00Z",
    )
    item = Document(
        "tidewater-item",
        "Tidewater Daily",
        KESTREL_FERRY_WIRE.split("\n\n")[0],
        url=KESTREL_FERRY_URL,
        title="Terror at sea as blazing ferry is abandoned",
        published="2026-08-01",
        published_time="2026-08-01T10:30:00Z",
    )
    page = replace(item, id="tidewater-page", text=KESTREL_FERRY_WIRE)
    rival = Document(
        "gazette",
        "Dunmore Gazette",
        "Coastguard crews helped 212 people off the burning Kestrel Isle near Dunmore Point.",
        title="Kestrel Isle ferry fire: 212 rescued",
        published="2026-08-01",
        published_time="2026-08-01T11:00:00Z",
    )
    documents = [replace(d, of_record=d.id == record) for d in (page, rival, item, wire)]
    (story,) = compare_documents(documents, single_story=True).stories
    assert story.title == title


# One agency's two disaster briefs of one week, in its house style, that give one figure alike by
# chance: the hangar's floor space and the number of people moved from their homes.
AGENCY_FIRE = Document(
    "fire",
    "Сибирь-Информ",
    "ТОМСК, 9 апреля. /Сибирь-Информ/. Пожар в ангаре логистического центра на Кузовлевском "
    "тракте потушен, огонь охватил 12 500 кв. м, сообщили Сибирь-Информ в ГУ МЧС по Томской "
    "области.\n"
    "По данным ведомства, в тушении участвовали 96 человек и 31 единица техники.\n"
    "Из соседнего общежития эвакуированы 240 человек, пострадавших нет.\n"
    "Ангар арендует компания «Томлогистик», ущерб оценивается в 1,8 млрд руб.\n"
    "По словам начальника пожарной части В. С. Гаврилюка, причиной могла стать неисправная "
    "проводка.\n"
    "Прокуратура Томска начала проверку соблюдения требований пожарной безопасности.",
    title="В Томске потушили пожар в ангаре площадью 12 500 кв. м",
    published="2026-04-09",
)
AGENCY_FLOOD = Document(
    "flood",
    "Сибирь-Информ",
    "ОМСК, 11 апреля. /Сибирь-Информ/. Из подтопленных сел Тарского района эвакуированы "
    "12 500 человек, сообщили Сибирь-Информ в ГУ МЧС по Омской области.\n"
    "По данным ведомства, вода в Иртыше у села Екатерининское поднялась на 1,9 м за сутки.\n"
    "Под водой остаются 2 140 жилых домов в 23 населенных пунктах.\n"
    "Для помощи жителям задействованы 1 300 спасателей и 11 вертолетов.\n"
    "Ущерб от паводка предварительно оценивается в 3,4 млрд руб.\n"
    "По прогнозу синоптиков, пик паводка на Иртыше ожидается к 20 апреля.",
    title="Из-за паводка в Омской области эвакуированы 12 500 человек",
    published="2026-04-11",
)


def test_one_agencys_briefs_of_two_disasters_sharing_a_figure_are_two_stories() -> None:
    """A warehouse fire and a flood that one agency reports in one week share its house style
    ("По данным ведомства", "ГУ МЧС", its dateline) and, by chance, "12 500": square metres in one,
    people evacuated in the other. A figure counting other things is no shared detail, and digits
    grouped by spaces ("1 300", "2 140") are one figure, not "300" and "140": two stories."""
    result = compare_documents([AGENCY_FIRE, AGENCY_FLOOD])
    assert [s.documents for s in result.stories] == [("fire",), ("flood",)]


# A paper's rewrite of the flood brief that counts the same 12 500 people.
FLOOD_REWRITE = Document(
    "paper",
    "Омский вестник",
    "Более 12 500 человек вывезли из сел Тарского района, где разлился Иртыш, сообщает "
    "Сибирь-Информ.\n"
    "Под водой 2 140 жилых домов, помогают жителям 1 300 спасателей.\n"
    "Ущерб оценили в 3,4 млрд руб.",
    title="Иртыш затопил Тарский район",
    published="2026-04-11",
)
# A Tomsk paper's own report of the hangar fire, which names the agency's places in other cases.
TOMSK_OWN_REPORT = Document(
    "local",
    "Томская неделя",
    "Жители общежития у Кузовлевского тракта проснулись от зарева: горел ангар компании "
    "«Томлогистика».\n"
    "«Сначала мы подумали, что взорвалась котельная», — рассказала нашему корреспонденту "
    "студентка Анна Мельникова.\n"
    "По словам руководителя тушения Виктора Гаврилюка, огонь удалось остановить к утру.\n"
    "В «Томлогистике» потери оценивают в полтора миллиарда рублей.\n"
    "Мэрия Томска обещает проверить все склады промзоны до конца месяца.",
    title="Ночь, когда горел Кузовлевский тракт",
    published="2026-04-09",
)


@pytest.mark.parametrize(
    ("report", "stories"),
    [
        pytest.param(
            FLOOD_REWRITE, [("fire",), ("flood", "paper")], id="a_rewrite_counting_its_figure"
        ),
        pytest.param(
            TOMSK_OWN_REPORT,
            [("fire", "local"), ("flood",)],
            id="an_own_report_naming_places_in_other_cases",
        ),
    ],
)
def test_a_report_of_one_of_the_agencys_disasters_joins_its_story(
    report: Document, stories: list[tuple[str, ...]]
) -> None:
    """A paper's rewrite of the flood brief that counts the same 12 500 people joins it, the
    fire apart. Russian declines every name: a Tomsk paper's own report of the hangar fire
    writes "Кузовлевского тракта", "Томлогистика" and "Томска" where the agency wrote
    "Кузовлевском тракте", "Томлогистик" and "Томске", "Томской". The forms of one name are one
    story term, and the report joins the agency's fire story, not the flood's."""
    result = compare_documents([AGENCY_FIRE, AGENCY_FLOOD, report])
    assert sorted(s.documents for s in result.stories) == stories


def _probe_notice(official: str, post: str, age: int, amount: str, hour: int) -> list[Document]:
    """An agency's notice that an official is under investigation, in the formula such notices
    share, and a paper's copy of it an hour later."""
    text = (
        f"东岳社北京6月3日电 据省纪委监委消息，{post}{official}涉嫌严重违纪违法，目前正接受"
        "纪律审查和监察调查。\n"
        f"{official}现年{age}岁，长期在当地水利系统任职。\n"
        f"据了解，调查涉及多个工程项目，涉案金额可能超过{amount}。\n"
        "省纪委监委有关负责人表示，将坚持有案必查、有腐必惩。"
    )
    title = f"{post}{official}接受纪律审查和监察调查"
    return [
        Document(
            f"wire-{official}",
            "东岳通讯社",
            text,
            title=title,
            published_time=f"2026-06-03T{hour:02d}:00:00Z",
            published="2026-06-03",
        ),
        Document(
            f"paper-{official}",
            "齐鲁晚报网",
            text,
            title=title,
            published_time=f"2026-06-03T{hour:02d}:30:00Z",
            published="2026-06-03",
        ),
    ]


def test_one_agencys_probe_notices_about_different_officials_are_stories_apart() -> None:
    """Three notices of one day in one formula name three officials, each with its post, age and
    sum: each notice and its copy is a story, and no notice is compared with another's, as
    another version of it or as its copy. Chinese writes no capitals: the people are told by
    jieba's reading of names."""
    notices = [
        *_probe_notice("孙立华", "临河市原副市长", 57, "2.4亿元", 1),
        *_probe_notice("周建平", "北川县原县长", 52, "6300万元", 2),
        *_probe_notice("钱玉珍", "省水利厅原副厅长", 60, "1.1亿元", 3),
    ]
    result = compare_documents(notices)
    assert sorted(s.documents for s in result.stories) == [
        ("wire-周建平", "paper-周建平"),
        ("wire-孙立华", "paper-孙立华"),
        ("wire-钱玉珍", "paper-钱玉珍"),
    ]
    assert all(p.a.split("-")[1] == p.b.split("-")[1] for p in result.pairs)


def test_a_figure_counted_apart_in_more_documents_than_terms_are_kept_for_is_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A figure two briefs count other things with that more than ``MAX_TERM_DOCUMENTS``
    documents give has no weight among the story terms: it takes nothing from the pair's score,
    and grouping goes on (it raised a KeyError: re-read of round 38)."""
    monkeypatch.setattr(stories, "MAX_TERM_DOCUMENTS", 2)
    result = compare_documents([AGENCY_FIRE, AGENCY_FLOOD, FLOOD_REWRITE])
    assert ("fire",) in [s.documents for s in result.stories]


def test_a_story_is_titled_by_a_headline_not_by_a_file_s_label() -> None:
    """A class's interview notes, first by date, title the story of the articles written from
    them by one of those articles' headlines: "Interview notes: ..., class briefing" stands for
    none of them."""
    notes = document(
        "Ms Reyes said the roof leaks and the library will shut in June for a year of repairs.",
        "notes",
        title="Interview notes: Eastfield library, class briefing, Monday 4 May",
        published="2026-05-04",
    )
    articles = [
        document(
            "Eastfield library will shut in June for a year of roof repairs, Ms Reyes said.",
            "ana",
            title="Eastfield library to shut for roof repairs",
            published="2026-05-05",
        ),
        document(
            "Readers in Eastfield face a year without their library while its roof is repaired.",
            "ben",
            title="Eastfield readers face a year without their library",
            published="2026-05-05",
        ),
        document(
            "The leaking roof of Eastfield library will be repaired from June, Ms Reyes said.",
            "cai",
            title="Repairs will shut Eastfield library for a year",
            published="2026-05-05",
        ),
    ]
    documents = [notes, *articles]
    (story,) = stories.one_story(documents, {d.id: segment(d) for d in documents})
    assert story.title == "Eastfield library to shut for roof repairs"


@pytest.mark.parametrize(
    ("rival_time", "ours_time", "title"),
    [
        pytest.param(
            "2026-12-03T07:30:00Z",
            None,
            "Council approves £42m link road through Hollins Wood",
            id="ours_dated_alone",
        ),
        pytest.param(
            None,
            None,
            "Council approves £42m link road through Hollins Wood",
            id="both_dated_alone",
        ),
        pytest.param(
            "2026-12-03T07:30:00Z",
            "2026-12-03T08:00:00Z",
            "Fury as councillors force through £42m woodland road",
            id="rival_known_first",
        ),
    ],
)
def test_a_date_alone_beside_a_same_day_time_does_not_give_the_title_to_the_time(
    rival_time: str | None, ours_time: str | None, title: str
) -> None:
    """Our paper gives its date alone and a rival its time that morning: nothing tells which
    came first, so the story takes the headline that stands for both reports, ours, not the
    rival's loaded one for its more precise time. A time of ours after the rival's puts the
    rival first, and its headline titles the story."""
    rival, ours = link_road_reports(rival_time)
    result = compare_documents([rival, replace(ours, published_time=ours_time)])
    (story,) = result.stories
    assert story.title == title


def test_a_roundup_linked_to_a_wire_by_its_attributed_lede_is_compared_across_stories() -> None:
    """A business round-up that opens with two attributed paragraphs of the port strike wire
    (", their union said", "The port authority said") and goes on with another company's story
    is linked to the wire; whichever story the grouping gives it, its pair with the wire is
    compared (acceptance round 40, d3: grouped with its second story, the round-up's pair with
    the strike wire was never measured, as if the two shared only what one body said)."""
    lede = (
        "About 3,400 dockworkers at the port of Valmora walked off the job on Monday over a pay "
        "offer that fell short of inflation, their union said."
    )
    second = (
        "The port authority said at least 14 vessels were waiting to berth and that container "
        "traffic had been halted at all five terminals."
    )
    wire = document(
        f"{lede}\n{second}\nUnion leader Lidia Marsh said members had rejected a 4% rise over two"
        " years.\nTalks are due to resume on Thursday at the offices of the mediation service.\n"
        "The strike is the first at the port since 2011, when a walkout lasted nine days.",
        "wire",
        published="2026-12-01",
    )
    roundup = document(
        f"{lede}\n{second}\nNorthwind Foods said it would cut 600 jobs after profits fell by about"
        " 8% in the year to September.\nThe company said most of the cuts would fall at its plant"
        " in Arlow.\nShares in Northwind closed 3% lower in Valmora trading.",
        "roundup",
        published="2026-12-03",
    )
    links = links_of(wire, roundup)
    assert links.pairs == {("wire", "roundup")}
    assert ("wire", "roundup") in links.sharing


@pytest.mark.parametrize(
    "folder",
    [
        pytest.param(FERRY_EN, id="english_ferry_report"),
        pytest.param(CLAIM_CHECK_ES, id="spanish_fact_check"),
        pytest.param(FLOOD_AR, id="arabic_flood_reports"),
    ],
)
def test_own_reports_of_the_day_join_the_story_whose_copies_keep_other_parts(folder: Path) -> None:
    """An outlet's own report shares the agency text's names, places and figures, but nothing
    with its copies that keep only its later paragraphs (refunds, a politician's demand,
    weather warnings): averaged over every copy, a fact-check of a "32 %" claim made a story of
    its own, as two reports of a flood did (acceptance round 39, a10 and b10). Copies of one
    day's text score as the copy most alike the report: one story."""
    result = compare_paths([str(folder)])
    assert len(result.stories) == 1


def _council_report(id: str, title: str, published: str, text: str) -> Document:
    return document(text, id, id.title(), title=title, published=published)


# Orchard Green's bin vote, its copy, a copy of its closing lines, and a week later the same
# council's cycle-lane vote, which names the town, its council, its leader and its hall.
BIN_VOTE = (
    "Councillors in Orchard Green have voted 23 to 10 to move household bin collections from "
    "weekly to fortnightly from January.\n"
    "Council leader Hana Blackwood said the change would save Orchard Green Borough Council "
    "£1.4 million a year.\n"
    "Opposition councillors warned that overflowing bins would attract rats in the summer months.\n"
)
BIN_VOTE_CLOSE = (
    "The council will send every household a new collection calendar in December.\n"
    "Residents can comment on the plans at the Civic Hall on Thursday evenings, a council "
    "spokesman said.\n"
)
COUNCIL_WEEK = [
    _council_report(
        "wire", "Orchard Green votes for fortnightly bins", "2026-10-01", BIN_VOTE + BIN_VOTE_CLOSE
    ),
    _council_report("times", "Fortnightly bin collections approved", "2026-10-01", BIN_VOTE),
    _council_report("today", "New bin calendars in December", "2026-10-02", BIN_VOTE_CLOSE),
    _council_report(
        "observer",
        "Cycle lane on Mill Road gets the green light",
        "2026-10-08",
        "Orchard Green Borough Council has approved a segregated cycle lane along Mill Road after "
        "a heated meeting at the Civic Hall on Tuesday.\n"
        "Council leader Hana Blackwood said the £2.3 million scheme would make the school run "
        "safer for hundreds of children.\n"
        "Shopkeepers on Mill Road fear losing 40 parking spaces outside their premises.\n"
        "Work is due to start in March and last about six months, the council said.\n"
        'Cyclists\' group Pedal Orchard Green welcomed the vote as "long overdue".',
    ),
]


def test_a_councils_vote_a_week_after_another_stays_apart_from_its_copies() -> None:
    """The cycle-lane report scores 0.32 against the bin vote's fullest copies, by the town, its
    council, its leader and its hall, and nothing against the copy of its closing lines: a week
    apart, the copies' average keeps the two votes two stories."""
    result = compare_documents(COUNCIL_WEEK)
    assert [s.documents for s in result.stories] == [("wire", "times", "today"), ("observer",)]


AGENCY_LANDSLIDE = (
    "TARNBY, March 4 (Northern Wire) - A landslide buried part of the hill village of Tarnby "
    "overnight, killing five people and forcing about 3,000 from their homes, the county "
    "rescue service said on Tuesday.\n"
    "Diggers worked through the morning to clear the road to Upper Selwick, where a school "
    "was damaged.\n"
    '"The whole slope just moved," said shopkeeper Ines Varga, who lost her van.\n'
    "Geologists blamed a month of heavy rain and said more slips were possible."
)
AGENCY_FACTORY_FIRE = (
    "BRENNOCK, March 3 (Northern Wire) - A fire at a paint factory forced about 3,000 people "
    "to leave their homes in Brennock on Monday, the county fire service said.\n"
    "Thick black smoke drifted over the ring road, and police told residents of the Eastgate "
    "estate to keep their windows shut.\n"
    '"It went up in minutes," said night-shift worker Dariusz Nowak.\n'
    "Owners Kelmar Coatings said nobody was hurt and all staff had been accounted for."
)


def test_two_events_of_one_agency_estimating_one_round_figure_stay_apart() -> None:
    """An agency's landslide brief and its factory-fire brief of the day before each forced
    "about 3,000" from their homes: a round figure given as an estimate is what reports of two
    events share by chance, not a detail of one event, so the two and their copies are two
    stories (acceptance round 40, d8: weighed as a telling figure, a flood and a wildfire with
    "about 2,000" each were one story)."""
    result = compare_documents(
        [
            document(
                AGENCY_LANDSLIDE,
                "wire-slide",
                "Northern Wire",
                title="Landslide kills five in Tarnby",
                published="2026-03-04",
            ),
            document(
                AGENCY_LANDSLIDE,
                "echo-slide",
                "Valley Echo",
                title="Five die as hillside collapses",
                published="2026-03-04",
            ),
            document(
                AGENCY_FACTORY_FIRE,
                "wire-fire",
                "Northern Wire",
                title="Paint factory fire forces 3,000 from homes",
                published="2026-03-03",
            ),
            document(
                AGENCY_FACTORY_FIRE,
                "post-fire",
                "Brennock Post",
                title="Factory blaze: thousands evacuated",
                published="2026-03-03",
            ),
        ]
    )
    assert sorted(s.documents for s in result.stories) == [
        ("wire-fire", "post-fire"),
        ("wire-slide", "echo-slide"),
    ]


def test_copy_links_tell_all_done_only_after_weighing_document_pairs(
    monkeypatch: pytest.MonkeyPatch, seed_texts: list[str]
) -> None:
    """The link copies stage tells its candidate pairs all done, once and last, only after it
    has weighed the document pairs they make: at 5,000 feed items that weighing took minutes
    after the last candidate pair, with a log that said the stage was done and then nothing
    (acceptance round 41, b5)."""
    heard: list[tuple[int, int] | str] = []
    filled_in = stories._without_figures_filled_in

    def weighing(*args: Any) -> Any:
        heard.append("weighing")
        return filled_in(*args)

    monkeypatch.setattr(stories, "_without_figures_filled_in", weighing)
    documents = [document(seed_texts[1], f"outlet{n}") for n in range(3)]
    pooled = [s for d in documents for s in segment(d)]
    settings = Settings()
    found = find_candidates(pooled, signatures(pooled, settings), settings, COPY_JACCARD)
    copy_links(
        pooled,
        found.pairs,
        boilerplate_of(*documents),
        {d.id: d.published for d in documents},
        {d.id: d.title for d in documents},
        settings.story_max_days,
        lambda done, total: heard.append((done, total)),
    )
    total = len(found.pairs)
    assert total > 0
    assert heard.index("weighing") < heard.index((total, total))
    assert heard.count((total, total)) == 1
    assert heard[-1] == (total, total)


def test_a_word_opening_a_titles_clause_after_its_label_names_no_one() -> None:
    """A feed's title "Northam: Heavy rain caused flooding ..." opens a sentence after its
    label's colon: "Heavy" is capitalised for its place, and no name a town's flood and fire
    stories share (acceptance round 41, b2); a name further on still is one."""
    assert stories._title_names("Northam: Heavy rain caused flooding across Fairhaven") == [
        "fairhaven"
    ]
    assert stories._title_names("Dovecote: A fire tore through a warehouse") == []


def test_a_title_cut_off_inside_its_ledes_figure_gives_no_one_digit_detail() -> None:
    """A feed cuts its titles short, inside the lede's figure ("... would cut 3" of "3,681
    jobs"): the "3" left is no telling figure, as it would not be in the text, and no detail
    that another job-cut brief's title, cut off at its "3,112", shares."""
    brief = Document(
        "cuts",
        "Jarrow Argus",
        "Harrow Logistics said on Thursday it would cut 3,681 jobs as part of a restructuring."
        "\n\nUnion leader Jonas Abbasi called the cuts unacceptable.",
        title="Jarrow: Harrow Logistics said on Thursday it would cut 3",
    )
    sentences = segment(brief)
    terms = stories.story_terms(brief, sentences).keys()
    details = stories.named_details(sentences, terms, brief.title)
    assert "3" not in details
    assert {"3,681", "jonas abbasi"} <= details


def test_a_figure_given_in_other_units_or_as_a_share_counts_other_things() -> None:
    """An October temperature of "12.4C" and a youth jobless rate of "12.4%" are two
    measures: their figure is no detail two statistics releases share (acceptance round 41,
    c1: a labour-market release and the next week's price release were one story by it),
    while "12.4 percent" and "12.4%" are one."""
    counting = [
        stories._figures_counting(segment(Document(n, n, text)))
        for n, text in (
            (
                "cpi",
                "Mild weather, with an average October temperature of 12.4C, held down demand.",
            ),
            (
                "jobs",
                "The youth unemployment rate was 12.4%, meaning one in eight were out of work.",
            ),
            ("wire", "The youth unemployment rate was 12.4 percent, the office said."),
        )
    ]
    assert stories._counted_apart(counting[0], counting[1]) == ["12.4"]
    assert stories._counted_apart(counting[1], counting[2]) == []


def test_a_german_desks_own_report_joins_the_agencys_story_of_its_flood() -> None:
    """German capitalises every noun, so each text's own nouns ("Abend", "Bewohner", "Schule")
    weighed as names and a desk's own report of a flood, sharing "Regensburg", "Donau",
    "Katastrophenfall", "Bundeswehr" and "Altstadt" with the agency's, scored under the
    threshold (acceptance round 41, d2): nouns no other group of copies gives count as a
    caseless script's words do, for nothing."""
    agency = Document(
        "agentur",
        "Süd-Agentur",
        "Regensburg (sag) - Wegen des steigenden Pegels der Donau hat die Stadt Regensburg den "
        "Katastrophenfall ausgerufen. Der Pegel lag am Mittwochmorgen bei 6,85 Metern, wie der "
        "Hochwassernachrichtendienst mitteilte. Rund 900 Einsatzkräfte von Feuerwehr, THW und "
        "Bundeswehr sind im Einsatz.\n\n"
        "Oberbürgermeisterin Karin Vogl sagte, man tue alles, um die Altstadt zu schützen. Die "
        "Sandsackwälle am Steinernen Steg sollen bis zum Abend fertig sein. Etwa 280 Bewohner "
        "mussten ihre Häuser verlassen.\n\n"
        "Der Schaden lässt sich nach Angaben des Landratsamts noch nicht beziffern, dürfte aber "
        "bei 1,8 Mio. Euro liegen. Ein 71 Jahre alter Mann wird seit Dienstagabend vermisst; er "
        "soll mit seinem Boot auf dem Regen unterwegs gewesen sein. Der Deutsche Wetterdienst "
        "erwartet bis Freitag weitere 30 Liter Regen pro Quadratmeter.",
        title="Hochwasser: Regensburg ruft Katastrophenfall aus",
        published="2026-12-02",
        language="de",
    )
    desk = Document(
        "reportage",
        "Oberpfalz Echo",
        "Auf dem Haidplatz stehen die Pfützen knöcheltief, als die ersten Helfer am Morgen "
        "Sandsäcke von einem Anhänger heben. Regensburg hat am Mittwoch den Katastrophenfall "
        "ausgerufen, die Donau stieg bis zum Mittag weiter.\n\n"
        "„So schlimm war es lange nicht“, sagt Anwohner Erich Pfeil, der sein Café in der "
        "Altstadt geräumt hat. Soldaten der Bundeswehr verstärken die Deiche am Ufer.\n\n"
        "Die Stadt schätzt, dass einige hundert Menschen ihre Wohnungen verlassen mussten. In "
        "einer Schule am Stadtrand stehen Feldbetten bereit.",
        title="Zwischen Sandsäcken und Pumpen: Ein Tag im Regensburger Hochwasser",
        published="2026-12-02",
        language="de",
    )
    assert [s.documents for s in compare_documents([agency, desk]).stories] == [
        ("agentur", "reportage")
    ]


def test_an_independent_report_filed_first_does_not_title_the_wire_story_the_papers_carry() -> None:
    """An agency's own report of the floods, filed an hour before the wire's and sharing none
    of its text, is no title for the story whose likely origin the summary names, the wire
    copy a paper ran (acceptance round 42, f10: "Protección Civil reporta mil 200
    damnificados", the independent report's headline, titled the AP story)."""
    agency = Document(
        "agency",
        "Costa News Service",
        "Civil protection officials in Veracruz counted 1,200 people left homeless on Thursday "
        "as rivers burst their banks in the south of the state.\n"
        "In an interview, the mayor of Boca del Rio said marines were ferrying families out of "
        "the flooded districts by boat.",
        title="Civil protection counts 1,200 homeless in Veracruz",
        published="2026-12-05",
        published_time="2026-12-05T01:10:00Z",
    )
    wire_text = (
        "Heavy rains that have lashed the state of Veracruz since Tuesday left 1,200 people "
        "homeless and four dead, state officials said on Thursday.\n"
        "The state government set aside 3.5 million pesos to buy mattresses, blankets and "
        "drinking water for the shelters.\n"
        "Forecasters expect more rain over the weekend as a cold front moves in from the north."
    )
    wire = Document(
        "wire",
        "Harbour Wire",
        wire_text,
        title="Rains leave 1,200 homeless and four dead in Veracruz",
        published="2026-12-05",
        published_time="2026-12-05T02:30:00Z",
    )
    paper = Document(
        "paper",
        "Gulf Chronicle",
        wire_text + "\nWith information from Harbour Wire.",
        title="Veracruz floods: four dead as rivers burst",
        published="2026-12-05",
        published_time="2026-12-05T04:05:00Z",
    )
    (story,) = compare_documents([paper, agency, wire], single_story=True).stories
    assert story.title == "Rains leave 1,200 homeless and four dead in Veracruz"


def test_one_topics_two_events_six_days_apart_are_two_stories() -> None:
    """A ferry strike's march and a picket's death six days later, each a wire story, share the
    strike's standing cast and places (the union leader, the terminal, the town) and score
    above the threshold; a pair that far apart counts in part, and the two events are two
    stories (acceptance round 42, g1: a dock strike's march and picket death were one)."""
    march = Document(
        "march",
        "Estuary Wire",
        "KELLSTON, May 5 (Estuary Wire) - Around 5,000 people marched through Kellston on "
        "Tuesday in support of striking ferry crews, police said. The march, organised by the "
        "Maritime Crews Union, went from the Northgate ferry terminal to the Guildhall. Police "
        "said 11 people were arrested after scuffles near the terminal's east ramp, where "
        "protesters tried to block lorries. Union leader Dana Morrow told the crowd the crews "
        "would not back down. Superintendent Colm Ashby said officers had shown restraint. "
        "Councillor Ines Varga called for talks at the Guildhall, and the Harbour Traders "
        "Association said shops on Quay Row had closed early. Organisers from the Kellston "
        "Trades Council said coaches had come from Dunmore, Carrick and Bellhaven, and Mayor "
        "Ruth Okafor urged both sides to return to the Arbitration Service.",
        title="Thousands march in Kellston in support of striking ferry crews",
        published="2026-05-05",
    )
    death = Document(
        "death",
        "Estuary Wire",
        "KELLSTON, May 11 (Estuary Wire) - A picket died on Monday after being struck by a "
        "delivery van outside the Northgate terminal in Kellston. The man, named by his family "
        "as Pavel Brand, 47, had worked on the crossings for 20 years. The van's driver, 36, "
        "from Ossory, was detained at the scene. Union leader Dana Morrow said the crews were in "
        "shock. A vigil will be held at St Brigid's Church on Friday, and Transport Secretary "
        "Owen Pryor said the Marine Safety Board would investigate. Brand's family, from "
        "Lisnaskea, described him as a devoted father of three, and the Northgate Operators "
        "Group said it would meet the Coroner's Office.",
        title="Picket dies after being struck by van at Kellston ferry terminal",
        published="2026-05-11",
    )
    assert stories_of([march, death]) == [["march"], ["death"]]


def test_a_name_opening_a_sentence_is_read_whole() -> None:
    """An outlet's own report that names the dead man only at the start of its sentences
    ("Tomas Reyes, the dockworker killed ...") gives his whole name and the port operator's
    ("Calder Ports did not comment"), as the wire writes them inside its sentences, not only
    the surname and "Ports" (acceptance round 42, g2; round 41, a7: "Yann Le Goff, président
    ..."); a person's title opening a sentence is no part of a name."""
    report = Document(
        "herald",
        "Port City Herald",
        "Tomas Reyes, the dockworker killed at the north gate on Wednesday, was remembered as "
        "the first to arrive. Calder Ports did not comment. Mayor Ruth Okafor called for calm.",
    )
    sentences = segment(report)
    details = stories.named_details(sentences, story_terms(report, sentences).keys())
    assert {"tomas reyes", "calder ports", "ruth okafor"} <= details
    assert "mayor ruth okafor" not in details
