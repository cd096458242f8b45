"""Numbers and dates read from a sentence, as written and with their values."""

from __future__ import annotations

from decimal import Decimal

import pytest

from compare.numerals import (
    ABOUT,
    AT_LEAST,
    AT_MOST,
    EXACTLY,
    Figure,
    Unmatched,
    _written_patterns,
    compatible,
    converted,
    count_orders,
    may_name_a_date,
    may_state_a_share,
    names_a_date,
    numbers_as_written,
    numbers_in,
    numeral_values,
    ranking_ordinals,
    rounded,
    rounds_a_percentage,
    sentence_numbers,
    shares_in_words,
    shares_of_a_whole,
    shares_written,
    tenfold_apart,
    units_alike,
    written_spans,
    written_to_fewer_digits,
)
from compare.segment import normalise, words


def mentions(text: str) -> list[tuple[str, bool]]:
    return [
        (written, stated) for written, _, stated in sentence_numbers(text, words(text)).mentions
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Up to 5 1/2 inches of rain fell.", [("5 1/2", True)], id="fraction_in_digits"
        ),
        pytest.param("Up to 5\u00bd inches of rain fell.", [("5\u00bd", True)], id="fraction_sign"),
        pytest.param("The trail climbs 1/2 mile.", [("1/2", True)], id="fraction_alone"),
        pytest.param("The trail climbs half a mile.", [("half", False)], id="half_held"),
        pytest.param(
            "Sales rose in the third quarter.",
            [("third quarter", False)],
            id="a_quarter_of_a_year",
        ),
        pytest.param(
            "Third-quarter sales rose, as in Q2 and H1.",
            [("third-quarter", False), ("q2", True), ("h1", True)],
            id="quarters_and_halves_by_letter",
        ),
        pytest.param("Sales of H2O rose.", [], id="no_half_in_a_formula"),
        pytest.param(
            "The vote was on 13/2/2024.",
            [("13/2/2024", True), ("13/2/2024", True), ("13/2/2024", True)],
            id="a_date_is_its_month_day_and_year",
        ),
        pytest.param("The Fed cut rates by .25%.", [(".25", True)], id="decimal_without_its_zero"),
        pytest.param("It fell to -5C overnight.", [("-5", True)], id="below_zero"),
        pytest.param(
            "No one saw the twelve stands.", [("one", False), ("twelve", True)], id="held_one"
        ),
        pytest.param("Norway finished third.", [("third", False)], id="ordinal_held"),
        pytest.param("Several hundred homes burned.", [], id="several_hundred_is_no_number"),
        pytest.param(
            "Drivers face a nine-mile diversion via the A412 until flight MH17's inquiry ends.",
            [("nine-mile", True)],
            id="digits_glued_to_capitals_name_a_road_or_a_flight",
        ),
        pytest.param(
            "Ward 7 treated 40 patients with COVID-19, or Covid-19, as the F-35 flew over.",
            [("7", True), ("40", True)],
            id="digits_hyphened_to_capitals_name_a_disease_or_a_jet",
        ),
        pytest.param(
            "Inspector Rei11y of the G1en colliery said the 3l0 men of the shift were safe.",
            [],
            id="digits_inside_a_word_are_an_ocr_misreading",
        ),
        pytest.param(
            "The 3rd shift of the 1920s began at 10am, F16s flew the 4x100m relay at 9h30 and "
            "the mine cost $5bn.",
            [
                ("10am", True),
                ("9h30", True),
                ("1920s", True),
                ("3", True),
                ("16", True),
                ("4", True),
                ("100 m", True),
                ("5 bn", True),
            ],
            id="digits_glued_before_or_after_letters_are_read",
        ),
        pytest.param(
            "Leaders of the Group of 20 recalled how World War Two ended.",
            [],
            id="a_number_after_words_that_make_a_name_of_it_counts_nothing",
        ),
        pytest.param(
            "Profit rose in Q3 after a loss in Q2.",
            [("q3", True), ("q2", True)],
            id="a_quarter_is_a_number_glued_to_its_capital",
        ),
        pytest.param(
            "Fuel rose to R1,500 a month, and the firm lost R5 trillion.",
            [("1,500", True), ("5 trillion", True)],
            id="a_currency_letter_glued_to_grouped_digits_or_before_any_multiplier",
        ),
        pytest.param(
            "They paid USD500 a tonne, and a fine of R500 in FY24, the P5+1 said.",
            [("500", True), ("500", True), ("24", True)],
            id="a_currency_code_or_letter_glued_to_an_amount_and_a_fiscal_year",
        ),
        pytest.param(
            "Bus fares rose to ZAR500, and a sack of maize to KES4,200.",
            [("500", True), ("4,200", True)],
            id="any_iso_currency_code_glued_to_an_amount",
        ),
        pytest.param(
            "A crash closed the R445 near Naas as the P5 met in Vienna.",
            [],
            id="a_currency_letter_before_the_digits_of_a_road_or_a_group",
        ),
        pytest.param(
            "Drivers face a R500 fine, bus fares rose to R45 from R40 and each got R5 000.",
            [("500", True), ("45", True), ("40", True), ("5000", True)],
            id="a_currency_letter_before_an_amount_beside_a_money_word_or_spaced_thousands",
        ),
        pytest.param(
            "The tolls are P50 per car, and trips per day on the R50 fell.",
            [("50", True)],
            id="a_currency_letter_before_a_price_per_something",
        ),
        pytest.param(
            "The stadium cost R500 million, twice the budget.",
            [("500 million", True), ("twice", True)],
            id="a_currency_letter_glued_to_an_amount",
        ),
        pytest.param(
            "The stadium cost R300-million, against R-500 million planned.",
            [("300 million", True), ("500 million", True)],
            id="a_currency_letter_hyphened_to_an_amount",
        ),
        pytest.param(
            "Profit rose in FY2024 as shares rose $US3.95.",
            [("2024", True), ("3.95", True)],
            id="a_fiscal_years_year_and_a_dollar_of_its_country",
        ),
        pytest.param(
            "Десятки тысяч человек прошли по центру города.",
            [],
            id="russian_tens_of_thousands_is_no_number",
        ),
        pytest.param(
            "Сотни тысяч жителей остались без света, две тысячи домов затоплены.",
            [("две тысячи", True)],
            id="russian_hundreds_of_thousands_is_no_number_but_two_thousand_is",
        ),
        pytest.param(
            "LONDON, March 10 (Reuters) - Talks resumed.",
            [("march", False), ("10", False)],
            id="dateline_date_held",
        ),
        pytest.param(
            "Las pérdidas ascienden a un millón y medio de euros.",
            [("un millón y medio", True)],
            id="a_spanish_million_and_a_half",
        ),
        pytest.param(
            "Millions of people fled, and two millions stayed.",
            [("two millions", True)],
            id="millions_alone_is_an_order_of_count",
        ),
        pytest.param(
            "Sie kamen eine halbe Stunde zu spät.", [], id="a_german_half_hour_is_no_number"
        ),
        pytest.param(
            "Hubo 12 muertos y media docena de heridos.",
            [("12", True)],
            id="a_spanish_half_dozen_is_no_half",
        ),
        pytest.param(
            "La reunión terminó a las tres y media.", [("tres", True)], id="a_spanish_half_hour"
        ),
        pytest.param(
            "Unos trescientos vecinos pasaron la noche en el polideportivo.",
            [("trescientos", True)],
            id="spanish_hundreds",
        ),
        pytest.param(
            "Un incendie a fait dix-sept blessés.",
            [("un", False), ("dix-sept", True)],
            id="a_french_article_held_and_a_teen_stated",
        ),
        pytest.param(
            "Seize lignes de bus sur cent fonctionnaient.",
            [("seize", False), ("cent", False)],
            id="french_numbers_that_are_english_words_held",
        ),
        pytest.param(
            "The UN said prices rose 20 per cent, or six cents a litre.",
            [("20", True), ("six cents", True)],
            id="un_cent_and_cents_in_english",
        ),
        pytest.param(
            "The plant was cited twice, and its owner thrice.",
            [("twice", True), ("thrice", True)],
            id="how_many_times_in_one_word",
        ),
        pytest.param(
            "Inspectors came at least once, and once a year after that.",
            [("once", True), ("once", True)],
            id="once_that_counts",
        ),
        pytest.param(
            "Once the fire was out, the once-busy plant was cited once again.",
            [],
            id="once_that_counts_no_time",
        ),
        pytest.param(
            "They left at once.",
            [],
            id="at_once",
        ),
        pytest.param(
            "Talks lasted more than a year, and a second round began a day later.",
            [("a year", True), ("second", False)],
            id="one_unit_of_time_after_a_qualifier",
        ),
        pytest.param(
            "Drivers earn 15 dollars an hour, and the shift ended an hour later.",
            [("15", True)],
            id="one_unit_of_time_alone_is_a_rate_or_no_count",
        ),
    ],
)
def test_a_sentences_numbers_are_read_as_written(
    text: str, expected: list[tuple[str, bool]]
) -> None:
    """Each number is kept as the sentence writes it, and stated unless it is a pronoun, an
    ordinal or a dateline's date, which may match a number but whose absence changes none."""
    assert mentions(text) == expected


@pytest.mark.parametrize(
    ("text", "values"),
    [
        pytest.param("Hubo treinta y cinco heridos.", [{35}], id="spanish_tens_y_unit"),
        pytest.param("Murieron dieciséis personas.", [{16}], id="spanish_teen"),
        pytest.param("Llegaron cien bomberos.", [{100}], id="spanish_cien"),
        pytest.param(
            "Costará doscientos cincuenta y cinco euros.", [{255}], id="spanish_hundreds_tens_unit"
        ),
        pytest.param("Participaron dos mil voluntarios.", [{2000}], id="spanish_mil_multiplies"),
        pytest.param("Participaron mil voluntarios.", [{1000}], id="spanish_mil_alone"),
        pytest.param("Se vendieron 40 mil entradas.", [{40_000}], id="spanish_digits_mil"),
        pytest.param("The house is worth $40 mil.", [{40}], id="english_mil_is_slang"),
        pytest.param(
            "La deuda es de mil quinientos millones.",
            [{1_500_000_000}],
            id="spanish_mil_millones",
        ),
        pytest.param(
            "Viven dos millones trescientos mil personas.",
            [{2_300_000}],
            id="spanish_millions_then_thousands",
        ),
        pytest.param("Il y a eu vingt et un blessés.", [{21}], id="french_vingt_et_un"),
        pytest.param("Il y a eu soixante et onze blessés.", [{71}], id="french_soixante_et_onze"),
        pytest.param(
            "Il y a eu quatre-vingt-dix-sept blessés.", [{97}], id="french_hyphenated_compound"
        ),
        pytest.param("Trois cent cinquante bus ont circulé.", [{350}], id="french_cent"),
        pytest.param("Quelque mille deux cents bus ont circulé.", [{1200}], id="french_mille"),
        pytest.param("Sept personnes ont été blessées.", [{7}], id="french_sept"),
        pytest.param(
            "The attacks of Sept. 11 changed everything.", [{"sep"}, {11}], id="sept_month"
        ),
        pytest.param(
            "In Sept, the council approved the plan.", [{"sep"}], id="english_capitalised_sept"
        ),
        pytest.param("Foram cento e vinte feridos.", [{120}], id="portuguese_e"),
        pytest.param("Foram mil e quinhentos feridos.", [{1500}], id="portuguese_mil_e"),
        pytest.param("The council spent two hundred and fifty pounds.", [{250}], id="english_and"),
        pytest.param(
            "Between two hundred and three hundred people came.",
            [{200}, {300}],
            id="and_between_two_numbers",
        ),
        pytest.param(
            "Tales of a thousand and one nights.", [{1001}], id="english_and_after_thousand"
        ),
        pytest.param(
            "Estimates ranged between forty and five hundred.",
            [{40}, {500}],
            id="english_and_after_tens_between_two_numbers",
        ),
        pytest.param(
            "Police arrested twenty and three were released.",
            [{20}, {3}],
            id="english_and_after_tens_between_two_counts",
        ),
        pytest.param("He scored twenty, five of them late.", [{20}, {5}], id="a_comma_between"),
        pytest.param("Volvieron a las diez y cinco.", [{10}, {5}], id="y_after_a_teen_or_less"),
        pytest.param("Le trafic a repris à 9h00.", [{"09:00"}], id="french_clock"),
        pytest.param("Le trafic a repris à 9 heures.", [{9, "09:00"}], id="french_hour"),
        pytest.param(
            "The quake measured 6.1-6.3 and cost $2-3 billion.",
            [{Decimal("6.1")}, {Decimal("6.3")}, {2_000_000_000}, {3_000_000_000}],
            id="a_range_of_decimals_and_one_with_its_multiplier",
        ),
        pytest.param(
            "Rates rose to 4.5-4.75% after the 2-1 vote.",
            [{Decimal("4.5"), "4.5%"}, {Decimal("4.75"), "4.75%"}, {2}, {1}],
            id="a_range_with_its_share_and_a_vote",
        ),
        pytest.param(
            "Lessons from 1914-18 and the 1999-00 season.",
            [{1914}, {18, 1918}, {1999}, {0, 2000}],
            id="a_year_cut_short_after_a_year_is_in_its_century",
        ),
        pytest.param("Profit rose in FY25.", [{25, 1925, 2025}], id="a_fiscal_year_cut_short"),
        pytest.param(
            "The 2023/24 season drew record crowds.",
            [{2023}, {24, 2024}],
            id="a_season_cut_short_after_a_slash",
        ),
        pytest.param(
            "Some 1,000-2,000 fans stayed after the 3-1 win.",
            [{1000}, {2000}, {3}, {1}],
            id="a_range_of_thousands_grouped_and_a_score",
        ),
        pytest.param(
            "Die Zinsen stiegen auf 4,5-4,75 Prozent, 3-1 im Rat.",
            [{Decimal("4.5")}, {Decimal("4.75")}, {3}, {1}],
            id="a_range_of_decimal_commas_and_a_vote",
        ),
        pytest.param(
            "El 1 de mayo de 2024 ganó el condado de Mayo.",
            [{1}, {2024}, {"may"}],
            id="a_month_of_another_language_after_its_day",
        ),
        pytest.param(
            "NASA has landed 5 Mars rovers since 1997.",
            [{5}, {1997}],
            id="a_month_named_too_in_capitals_is_no_month",
        ),
        pytest.param(
            "At the bar on the corner she ordered two Mai Tais and a plate of nachos.",
            [{2}],
            id="another_languages_month_after_an_english_count_is_no_month",
        ),
        pytest.param(
            "He ordered 2 mayo packets with the fries and a soda at the counter.",
            [{2}],
            id="another_languages_month_in_an_english_sentence_is_no_month",
        ),
        pytest.param(
            "The strike that began on 12 de mayo in the capital was called off on Friday.",
            [{12}, {"fri"}, {"may"}],
            id="another_languages_month_with_its_de_in_an_english_sentence",
        ),
        pytest.param(
            "The rules that took effect on 3 Mai 2024 apply to the whole of the country.",
            [{3}, {2024}, {"may"}],
            id="another_languages_month_before_a_year_in_an_english_sentence",
        ),
        pytest.param(
            "She ordered 12 Mai Tais.",
            [{12}],
            id="a_capitalised_month_after_digits_in_a_short_sentence_is_no_month",
        ),
        pytest.param(
            "He bought 4 Juni tickets for the festival in Berlin.",
            [{4}],
            id="a_capitalised_german_month_after_digits_in_an_english_sentence_is_no_month",
        ),
        pytest.param(
            "Die Wahl findet am 12 Mai statt.",
            [{12}, {"may"}],
            id="a_german_month_after_digits_without_the_days_stop",
        ),
        pytest.param(
            "Les \u00e9lections auront lieu le 12 Mai.",
            [{12}, {"may"}],
            id="a_french_month_capitalised_after_digits",
        ),
        pytest.param(
            "Die Messe endet am 12. Mai.",
            [{12}, {"may"}],
            id="a_german_month_after_its_days_stop_in_a_short_sentence",
        ),
        pytest.param(
            "Elle arrive le 12 mai.",
            [{12}, {"may"}],
            id="a_french_month_in_lower_case_in_a_short_sentence",
        ),
        pytest.param(
            "Die Polizei nahm fünfundzwanzig Personen fest, einundzwanzig kamen wieder frei.",
            [{25}, {21}],
            id="german_units_und_tens_as_one_word",
        ),
        pytest.param(
            "Von den hundertzwanzig Bewohnern wurden achtzehn verletzt.",
            [{120}, {18}],
            id="german_hundred_and_tens_as_one_word_and_a_teen",
        ),
        pytest.param(
            "Zweitausendfünfhundert Helfer und dreihundert Soldaten waren im Einsatz.",
            [{2500}, {300}],
            id="german_thousands_and_hundreds_as_one_word",
        ),
        pytest.param(
            "Der Schaden beträgt zwei Millionen dreihunderttausend Euro.",
            [{2_300_000}],
            id="german_millions_then_thousands_as_one_word",
        ),
        pytest.param(
            "Die Stadt zahlt fünfundzwanzig Millionen Euro.",
            [{25_000_000}],
            id="german_millions_after_a_number_as_one_word",
        ),
        pytest.param(
            "La polizia ha arrestato trentacinque persone.",
            [{35}],
            id="italian_tens_and_unit_as_one_word",
        ),
        pytest.param(
            "the bridge repairs could cost one point four million dollars",
            [{1_400_000}],
            id="spoken_decimal_before_its_multiplier",
        ),
        pytest.param(
            "TURNOUT WAS FORTY TWO POINT SEVEN FIVE PERCENT",
            [{Decimal("42.75"), "42.75%"}],
            id="spoken_decimals",
        ),
        pytest.param(
            "a single fare goes from two dollars forty to two dollars and eighty-five cents",
            [{Decimal("2.40")}, {Decimal("2.85")}],
            id="spoken_amount_with_its_hundredths",
        ),
        pytest.param(
            "the pier toll is three pounds fifty", [{Decimal("3.50")}], id="spoken_pounds_and_pence"
        ),
        pytest.param(
            "the harbour board will spend six uh million on the breakwater",
            [{6_000_000}],
            id="a_hesitation_before_the_multiplier",
        ),
        pytest.param(
            "PARKING CHARGES RISE TWO POINT, UM, FOUR PERCENT",
            [{Decimal("2.4"), "2.4%"}],
            id="a_hesitation_after_the_decimal_point",
        ),
        pytest.param(
            "the ferry was late by more than um twenty minutes",
            [{20}],
            id="a_hesitation_after_a_qualifier",
        ),
        pytest.param(
            "It took, um, four hours to clear the Harwick bypass",
            [{4}],
            id="an_english_hesitation_is_no_portuguese_one",
        ),
        pytest.param(
            "Um, we don't know yet how many were hurt", [], id="an_english_sentence_opened_by_um"
        ),
        pytest.param(
            "Um homem de 40 anos foi detido em Braga", [{1}, {40}], id="portuguese_um_is_one"
        ),
        pytest.param(
            "the vote was six to four, uh, seven abstained",
            [{6}, {4}, {7}],
            id="a_hesitation_after_a_comma_parts_two_numbers_still",
        ),
        pytest.param(
            "he paid two dollars, forty people queued", [{2}, {40}], id="a_comma_parts_an_amount"
        ),
        pytest.param("the ferry left at SIX AM", [{"06:00"}], id="spoken_hour_before_noon"),
        pytest.param(
            "THE FERRY LEFT AT SIX A M FROM THE QUAY", [{"06:00"}], id="spoken_hour_as_letters"
        ),
        pytest.param(
            "a single fare goes from two dollars forty to two dollars\nseventy-six",
            [{Decimal("2.40")}, {Decimal("2.76")}],
            id="spoken_amount_across_a_caption_line",
        ),
        pytest.param(
            "the vigil starts at six thirty p.m.", [{"18:30"}], id="spoken_hour_and_minutes"
        ),
        pytest.param("doors open at six oh five am", [{"06:05"}], id="spoken_minutes_after_oh"),
        pytest.param(
            "el noticiero de las 9 p. m. abrió con la marcha", [{"21:00"}], id="spanish_p_m_spaced"
        ),
        pytest.param(
            "salió a las 9 p. Martínez lo esperaba",
            [{9, "~09:00", "~21:00"}],
            id="a_p_before_a_name_is_no_afternoon",
        ),
        pytest.param(
            "the ferry left at half past six", [{"06:30", "18:30"}], id="spoken_half_past"
        ),
        pytest.param(
            "the count began at quarter to seven", [{"06:45", "18:45"}], id="spoken_quarter_to"
        ),
        pytest.param(
            "the count began at ten o'clock", [{"10:00", "22:00"}], id="spoken_on_the_hour"
        ),
        pytest.param(
            "ticket sales rose from six to seven thousand",
            [{6}, {7000}],
            id="a_range_said_with_to_is_no_time",
        ),
    ],
)
def test_numbers_in_words_are_read_as_their_values(text: str, values: list[set[object]]) -> None:
    """The words of one number, with spaces, hyphens or a join between them, or written as one
    word as German writes them, are one number of its value, a French time of day is a time; a
    comma, or a join before another whole number, parts two numbers. Speech's decimals, amounts
    and times of day ("one point four", "two dollars forty", "half past six") are the values
    digits write."""
    read = sentence_numbers(text, words(text)).mentions
    assert [set(value) for _, value, _ in read] == [
        {Decimal(v) if isinstance(v, int) else v for v in number} for number in values
    ]


def test_numbers_written_as_one_are_shown_as_one() -> None:
    """A score, a range and a minute of stoppage time are shown as written, not as their parts;
    a draw in words is two counts alike, and stoppage time the minute it is."""
    text = "Harrow won 3:1, Ashby drew one-all and Okafor scored in the 45+2' minute of the 2024-25 season."
    assert numbers_as_written(text, words(text)) == ("3:1", "one-all", "45+2", "2024-25")
    read = sentence_numbers(text, words(text)).mentions
    assert [
        (set(values), stated)
        for written, values, stated in read
        if "+" in written or "all" in written
    ] == [
        ({Decimal(47)}, True),
        ({Decimal(1)}, True),
        ({Decimal(1)}, True),
    ]


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        pytest.param("Norvale lifted its FY25 revenue outlook.", ("FY25",), id="a_fiscal_year"),
        pytest.param(
            "Der Umsatz stieg um 12 Prozent, die Marge um 31 Prozent.",
            ("12 Prozent", "31 Prozent"),
            id="a_share_in_german",
        ),
        pytest.param(
            "Los precios subieron un 4 por ciento.", ("4 por ciento",), id="a_share_in_spanish"
        ),
        pytest.param(
            "A greve realiza-se nos dias 19 e 26 de março de 2025.",
            ("19", "26 de março de 2025"),
            id="a_portuguese_date",
        ),
        pytest.param("Die Wahl findet am 12. März statt.", ("12. März",), id="a_german_date"),
    ],
)
def test_a_number_is_shown_with_the_words_that_give_its_meaning(
    text: str, shown: tuple[str, ...]
) -> None:
    """A number is shown with what tells what it is, as its sentence writes it: a fiscal year's
    "FY", a share's word in any language, a day's month with the words between them."""
    assert numbers_as_written(text, words(text)) == shown


def test_german_words_that_hold_number_words_are_no_numbers() -> None:
    """A German word of which only a part is number words, or whose number words make no
    number, counts nothing."""
    text = (
        "Die Einheit aus Neunkirchen sperrte das Dreieck ab, ein Zehntel der Kräfte blieb, "
        "und alle achten auf die Achtelfinale-Zweifel."
    )
    assert mentions(text) == []


def test_a_number_in_words_is_shown_as_its_sentence_writes_it() -> None:
    """Words are case-folded ("dreißig" is "dreissig") but a number is shown as written, and a
    month after a day in words is found with it."""
    text = "Bis zum dreißigsten Juni wurden dreißig Menschen verletzt."
    assert numbers_as_written(text, words(text)) == ("Juni", "dreißig")


def test_numbers_inside_codes_are_found_by_a_pattern_for_their_shape() -> None:
    """Numbers glued to letters ("rk1001") are shown where each code writes it, found by a
    pattern for all numbers of their shape: a list of codes or a table names more numbers than a
    cache of patterns holds, and one compiled for each number made such a feed minutes slow."""
    numbers = tuple(str(n) for n in range(1001, 3001))
    text = "The recalled stock codes were rk" + ", rk".join(numbers) + "."
    compiled = _written_patterns.cache_info().misses
    assert numbers_as_written(text, words(text)) == numbers
    assert _written_patterns.cache_info().misses - compiled <= 2


@pytest.mark.parametrize(
    ("numeral", "values"),
    [
        pytest.param("1,200", {Decimal(1200)}, id="comma_thousands"),
        pytest.param("20.000", {Decimal("20.000"), Decimal(20000)}, id="dot_decimal_or_thousands"),
        pytest.param("4,5", {Decimal("4.5")}, id="decimal_comma"),
        pytest.param("1.200.000,5", {Decimal("1200000.5")}, id="dot_grouped"),
        pytest.param("1,20,000", {Decimal(120000)}, id="indian_grouping"),
        pytest.param("2-1", {"2-1"}, id="score_as_written"),
    ],
)
def test_a_numeral_stands_for_each_value_it_may_mean(numeral: str, values: set[object]) -> None:
    """Separators do not change a number; a lone dot may group thousands or mark decimals."""
    assert numeral_values(numeral) == values


def test_ranks_leave_first_out_and_orders_read_several_as_plural() -> None:
    """ "First" is as often no rank; "several hundred" gives the order "hundreds"."""
    unmatched = [
        Unmatched("first", False, 0),
        Unmatched("third", False, 1),
        Unmatched("12", True, 2),
    ]
    assert ranking_ordinals(unmatched) == [unmatched[1]]
    text = "Several hundred homes and thousands of cars"
    assert count_orders(frozenset(words(text)), text) == {"hundreds", "thousands"}


@pytest.mark.parametrize(
    ("text", "date", "share"),
    [
        pytest.param("The depot reopens on Tuesday.", True, False, id="weekday"),
        pytest.param("Tuesday's morning rush hour was calm.", True, False, id="weekday_possessive"),
        pytest.param("Fares rise in May, the operator said.", True, False, id="month_may"),
        pytest.param("In Sept, the council met again.", True, False, id="month_cut_short"),
        pytest.param("The strike ends tomorrow, the union said.", True, False, id="relative_day"),
        pytest.param("The depot was shut last night.", True, False, id="part_of_a_day"),
        pytest.param("Забастовка закончится в пятницу.", True, False, id="russian_weekday"),
        pytest.param("Fares rose 4.5% on the year.", False, True, id="per_cent_sign"),
        pytest.param(
            "Fares rose 4.5\uff05 on the year.", False, True, id="full_width_per_cent_sign"
        ),
        pytest.param(
            "Fares rose 12 Per Cent, the operator said.", False, True, id="per_cent_words"
        ),
        pytest.param("Turnout fell to 38% from 41%.", False, True, id="two_shares"),
        pytest.param("Turnout was 40 percent on Monday.", True, True, id="share_and_day"),
        pytest.param("Theresa May will visit the depot.", False, False, id="may_a_name"),
        pytest.param("The market decision caught the mayor out.", False, False, id="no_date"),
    ],
)
def test_a_sentences_text_tells_whether_it_may_name_a_date_or_state_a_share(
    text: str, date: bool, share: bool
) -> None:
    """A look at a sentence's text says it may name a day or month, or state a share, whenever
    the numbers read from it do (it may say so of others too: "May" the name, "mayor")."""
    plain = normalise(text)
    stated = [
        (written, values)
        for written, values, stated in sentence_numbers(plain, words(plain)).mentions
        if stated
    ]
    assert any(names_a_date(written) for written, _ in stated) == date
    assert any(str(v).endswith("%") for _, values in stated for v in values) == share
    assert may_name_a_date(plain) or not date
    assert may_state_a_share(plain) or not share


def figure(value: str, unit: str = "", qualified: str = "") -> Figure:
    return Figure(frozenset({Decimal(value)}), unit, qualified)


@pytest.mark.parametrize(
    ("ours", "theirs", "same"),
    [
        pytest.param(figure("4.2", "metre"), figure("13.8", "foot"), True, id="metres_feet"),
        pytest.param(figure("10", "kilometre"), figure("6", "mile"), True, id="to_the_last_digit"),
        pytest.param(figure("100", "kilometre"), figure("60", "mile"), False, id="over_3_percent"),
        pytest.param(
            figure("100", "kilometre"), figure("60", "mile", ABOUT), True, id="about_within_5"
        ),
        pytest.param(figure("20", "celsius"), figure("68", "fahrenheit"), True, id="celsius"),
        pytest.param(figure("-5", "celsius"), figure("23", "fahrenheit"), True, id="below_zero"),
        pytest.param(figure("20", "celsius"), figure("70", "fahrenheit"), False, id="two_off"),
        pytest.param(figure("2400", "tonne"), figure("2646", "ton"), True, id="short_tons"),
        pytest.param(figure("2400", "tonne"), figure("2362", "ton"), True, id="long_tons"),
        pytest.param(figure("40000", "litre"), figure("8800", "gallon"), True, id="imperial"),
        pytest.param(figure("4.2", "metre"), figure("14", "foot", AT_MOST), True, id="nearly"),
        pytest.param(figure("4.2", "metre"), figure("14", "foot", AT_LEAST), False, id="over"),
        pytest.param(figure("4.2", "metre"), figure("4.2", "foot"), False, id="same_number"),
        pytest.param(figure("48", "$"), figure("44", "\u20ac"), False, id="currencies"),
        pytest.param(figure("5", "kilogram"), figure("5", "kilometre"), False, id="other_measures"),
        pytest.param(figure("5", "year"), figure("60", "month"), False, id="no_size_listed"),
    ],
)
def test_a_figure_converted_into_another_unit_is_one_quantity(
    ours: Figure, theirs: Figure, same: bool
) -> None:
    """Two figures in two units of one measure are one quantity within 3% of the larger or the
    places of their last digits (a temperature within its places alone), or as a qualifier on
    one of them allows; not the same number in two units, nor two currencies or measures, and
    the same either way round."""
    assert converted(ours, theirs) is same
    assert converted(theirs, ours) is same


@pytest.mark.parametrize(
    ("ours", "theirs", "same"),
    [
        pytest.param(figure("987"), figure("1000", "", AT_MOST), True, id="nearly_above"),
        pytest.param(figure("987"), figure("1000", "", AT_LEAST), False, id="more_than_above"),
        pytest.param(figure("1140"), figure("1100", "", AT_LEAST), True, id="more_than_below"),
        pytest.param(figure("1140"), figure("1100", "", AT_MOST), False, id="nearly_below"),
        pytest.param(figure("4480"), figure("4500", "", ABOUT), True, id="about"),
        pytest.param(figure("4480"), figure("45000", "", ABOUT), False, id="ten_times"),
        pytest.param(figure("4000"), figure("4500", "", ABOUT), False, id="over_5_percent"),
        pytest.param(figure("137"), figure("140", "", ABOUT), True, id="about_within_3_percent"),
        pytest.param(
            figure("31207"), figure("30000", "", ABOUT), False, id="about_estimate_4_percent_off"
        ),
        pytest.param(figure("987", "", EXACTLY), figure("1000", "", AT_MOST), True, id="exactly"),
        pytest.param(figure("987"), figure("1000"), False, id="neither_qualified"),
        pytest.param(
            figure("987", "", ABOUT), figure("1000", "", AT_MOST), False, id="both_qualified"
        ),
        pytest.param(figure("48", "$"), figure("50", "\u20ac", AT_MOST), False, id="currencies"),
    ],
)
def test_a_figure_rounded_with_a_qualifier_that_says_which_way_is_one_quantity(
    ours: Figure, theirs: Figure, same: bool
) -> None:
    """A figure qualified on the side of the exact one its qualifier says, in its unit and within
    5% of it (an "about" one within 3%), rounds it; a round figure on the wrong side or far from
    it does not, nor one that says it is exact, and the same either way round."""
    assert rounded(ours, theirs) is same
    assert rounded(theirs, ours) is same


@pytest.mark.parametrize(
    ("share", "percentage", "rounds"),
    [
        pytest.param("a third of", 31, True, id="a_third_for_31"),
        pytest.param("almost half of", 48, True, id="almost_half_for_48"),
        pytest.param("almost half of", 40, False, id="almost_half_for_40"),
        pytest.param("more than half of", 52, True, id="more_than_half_for_52"),
        pytest.param("more than half of", 44, False, id="more_than_half_for_44"),
    ],
)
def test_a_share_in_words_rounds_a_percentage_within_five_points(
    share: str, percentage: int, rounds: bool
) -> None:
    """A share in words rounds a percentage within five points of it, on the side its
    qualifier says: "a third" for 31%, not "almost half" for 40%."""
    ((_, _, figure),) = shares_in_words(f"{share} adults")
    exact = Figure(frozenset({Decimal(percentage)}), "%")
    assert rounds_a_percentage(figure, exact) is rounds


def test_units_of_one_size_are_alike() -> None:
    """A unit is alike itself and a unit news writes for the same size ("tons" for tonnes), not
    another unit of its measure, nor a scale of temperature another's."""
    assert units_alike("tonne", "ton") and units_alike("mile", "mile")
    assert not units_alike("gallon", "litre")
    assert not units_alike("celsius", "fahrenheit")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Lead averaged 22 parts per billion.", ["22"], id="parts_per_billion"),
        pytest.param("Deaths reached 5 per million people.", ["5"], id="per_million"),
        pytest.param("The plan costs 3 billion per year.", ["3 billion"], id="amount_per_year"),
        pytest.param("Fares rose to $2 per ride.", ["$2"], id="price_per_ride"),
    ],
)
def test_the_multiplier_a_rate_is_counted_per_is_no_number(text: str, expected: list[str]) -> None:
    """ "Per billion" is the unit of a rate, not a number a version could drop (acceptance 23
    #10); an amount before "per" keeps its multiplier."""
    assert numbers_as_written(text, words(normalise(text))) == tuple(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Two thirds of the staff will move.", [("Two thirds", "66%", "")], id="two_thirds"
        ),
        pytest.param(
            "A two-thirds majority backed it.",
            [("two-thirds", "66%", "")],
            id="hyphened_before_a_noun",
        ),
        pytest.param(
            "Nearly three quarters of voters agreed.",
            [("Nearly three quarters", "75%", AT_MOST)],
            id="qualified",
        ),
        pytest.param("Half the nurses have left.", [("Half", "50%", "")], id="half_alone"),
        pytest.param(
            "Officials said more  than a third of the staff would move.",
            [("more  than a third", "33%", AT_LEAST)],
            id="qualifier_spaced_twice",
        ),
        pytest.param(
            "Straße crews: more than a third of the staff would move.",
            [("more than a third", "33%", AT_LEAST)],
            id="after_a_word_that_folds_longer",
        ),
        pytest.param("A fifth of the beds are empty.", [("A fifth", "20%", "")], id="a_fifth"),
        pytest.param("Talks resumed for a third time.", [], id="a_third_time_is_no_share"),
        pytest.param("The second half of the season begins.", [], id="second_half_is_no_share"),
        pytest.param("It took half an hour.", [], id="half_an_hour_is_a_span"),
        pytest.param("Half a million people marched.", [], id="half_a_million_is_a_count"),
    ],
)
def test_a_share_in_words_is_one_figure(text: str, expected: list[tuple[str, str, str]]) -> None:
    """A share written in words ("two thirds", "half") is one figure, its value the share and
    the whole percentages it rounds and cuts to, with its qualifier; an ordinal, a span of time
    or a count's fraction is none."""
    found = shares_in_words(normalise(text))
    assert [(shown, f.qualified) for _, shown, f in found] == [(s, q) for s, _, q in expected]
    assert all(
        percent in f.values for (_, _, f), (_, percent, _) in zip(found, expected, strict=True)
    )
    assert all(normalise(text)[a:b] == shown for (a, b), shown, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "More than four in 10 riders agreed.",
            [("More than four in 10", "40%", AT_LEAST)],
            id="qualified_in_digits",
        ),
        pytest.param(
            "They live in one in five homes.", [("one in five", "20%", "")], id="after_in"
        ),
        pytest.param("Sales rose 5 in 2020.", [], id="a_year_is_no_whole"),
        pytest.param("Two in two agreed.", [], id="a_whole_is_no_share"),
    ],
)
def test_a_count_of_a_whole_is_one_share(text: str, expected: list[tuple[str, str, str]]) -> None:
    """A count of a larger whole ("four in 10") is a share, with its qualifier, as a share in
    words is; a number "in" a year or the whole itself is none."""
    found = shares_of_a_whole(normalise(text))
    assert [(shown, f.qualified) for _, shown, f in found] == [(s, q) for s, _, q in expected]
    assert all(
        percent in f.values for (_, _, f), (_, percent, _) in zip(found, expected, strict=True)
    )


@pytest.mark.parametrize(
    ("ours", "theirs", "expected"),
    [
        pytest.param(("22000", ABOUT), ("20000", AT_LEAST), True, id="about_within_a_bound"),
        pytest.param(("1000", AT_MOST), ("900", AT_LEAST), True, id="two_bounds_that_meet"),
        pytest.param(("19000", ABOUT), ("20000", AT_LEAST), False, id="about_below_a_bound"),
        pytest.param(("35000", ""), ("20000", AT_LEAST), False, id="far_past_a_bound"),
        pytest.param(("3", ""), ("4", ""), False, id="two_exact_values"),
    ],
)
def test_figures_their_qualifiers_allow_to_be_one_are_compatible(
    ours: tuple[str, str], theirs: tuple[str, str], expected: bool
) -> None:
    """Two figures are compatible when the spans their qualifiers leave them overlap: a bound
    reaches a quarter past its figure, "about" 5% either side, an exact value half its place."""

    def figure(value: str, qualified: str) -> Figure:
        return Figure(frozenset({Decimal(value)}), "", qualified)

    assert compatible(figure(*ours), figure(*theirs)) is expected
    assert compatible(figure(*theirs), figure(*ours)) is expected


@pytest.mark.parametrize(
    ("one", "other", "apart"),
    [
        pytest.param("£340 million", "£340 billion", True, id="million_told_as_billion"),
        pytest.param("11,200", "112,000", True, id="a_digit_too_many"),
        pytest.param("£340m", "£3.4bn", True, id="short_forms"),
        pytest.param("11,200", "11,000", False, id="rounded"),
        pytest.param("4.1% to 6.3%", "two years", False, id="two_numbers_for_one"),
        pytest.param("today", "this week", False, id="dates"),
    ],
)
def test_a_figure_told_ten_times_bigger_or_smaller_is_another_order(
    one: str, other: str, apart: bool
) -> None:
    """A figure told ten times its size or more ("£340 million" as "£340 billion") is another
    order of magnitude, whichever way; a rounding, a range and a date are not."""
    assert tenfold_apart(one, other) is apart
    assert tenfold_apart(other, one) is apart


def test_written_spans_are_found_once_a_sentence() -> None:
    """Where a sentence writes its numbers is found once, however many of its pairs of copies
    ask: the same places, not looked for again."""
    text = "The port handled 4.2 million containers in 2023, up 6% on the year before."
    numbers = sentence_numbers(text, words(text))
    spans = written_spans(text, numbers)
    assert [text[start:end] for start, end in filter(None, spans)] == ["4.2 million", "2023", "6%"]
    assert written_spans(text, sentence_numbers(text, words(text))) is spans


def test_a_sentences_numbers_met_again_are_told_apart_by_what_they_meet() -> None:
    """One sentence's numbers met with those of two others, again and again, as each pair of
    articles carrying them asks: each meeting gives what that other lacks, and a list the
    caller may change without changing the next answer."""
    wire = numbers_in("Fire crews rescued 12 people from the mill on Tuesday.")
    kept = numbers_in("On Tuesday fire crews rescued 12 people from the mill.")
    updated = numbers_in("Fire crews rescued 14 people from the mill on Wednesday.")
    first = wire.unmatched_in(updated)
    first.clear()
    answers = [wire.unmatched_in(other) for other in (kept, updated, kept, updated)]
    assert answers == [
        [],
        [Unmatched("12", True, 0), Unmatched("tuesday", True, 1)],
        [],
        [Unmatched("12", True, 0), Unmatched("tuesday", True, 1)],
    ]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("本周港区积压货物约42万吨。", id="simplified"),
        pytest.param("本週港區積壓貨物約42萬噸。", id="traditional_before_a_measure_word"),
        pytest.param("本週港區積壓貨物約四十二萬噸。", id="traditional_numerals"),
        pytest.param("本週港區積壓貨物約\uff14\uff12萬噸。", id="full_width_digits"),
    ],
)
def test_a_chinese_count_of_ten_thousands_is_read_in_either_script(text: str) -> None:
    """Traditional "萬" before a measure word ("42萬噸", 420,000 tonnes) is ten thousand as
    Simplified "万" is, in digits full- or half-width or in Chinese numerals: a Hong Kong copy
    of a wire's figure is the same figure, not 42."""
    (mention,) = numbers_in(text).mentions
    assert mention[1] == frozenset({Decimal(420_000)})


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param("أرسلت البعثة ستة وثمانين مراقباً.", 86, id="unit_and_its_tens"),
        pytest.param("وأرسلت البعثة وستة وثمانين مراقباً.", 86, id="and_before_the_number"),
        pytest.param("مقتل خمسة عشر شخصا.", 15, id="a_teen"),
        pytest.param("مقتل اثنا عشر شخصا.", 12, id="twelve"),
        pytest.param("نزوح مئتين وخمسين عائلة.", 250, id="a_dual_hundred_and_tens"),
        pytest.param("نزوح ألفي شخص.", 2000, id="a_dual_thousand"),
        pytest.param("وصل ألف وخمسمئة لاجئ.", 1500, id="a_thousand_and_hundreds_glued"),
    ],
)
def test_an_arabic_number_of_several_words_is_one_number(text: str, value: int) -> None:
    """Arabic writes a number's unit before its tens, "and" glued onto the tens ("ستة
    وثمانين", 86), a teen's unit before its ten, and two hundred and two thousand as one dual
    word: each is one number, not a six and an eighty (acceptance round 40, R4 and R5)."""
    assert [values for _, values, _ in numbers_in(text).mentions] == [frozenset({Decimal(value)})]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        pytest.param("آلاف النازحين يعودون إلى منازلهم.", [], id="thousands"),
        pytest.param("ملايين الدولارات لإعادة الإعمار.", [], id="millions"),
        pytest.param("مقتل ثلاثة وإصابة خمسة في انفجار.", [3, 5], id="two_counts_joined_by_and"),
    ],
)
def test_an_arabic_order_alone_or_two_counts_are_no_one_number(
    text: str, values: list[int]
) -> None:
    """The plural of thousand or million alone is an order of count, as "thousands" is, no
    1,000; "ثلاثة" and "وإصابة خمسة" are two counts, the join after a unit going only before
    tens."""
    assert [read for _, read, _ in numbers_in(text).mentions] == [
        frozenset({Decimal(value)}) for value in values
    ]


@pytest.mark.parametrize(
    ("text", "written"),
    [
        pytest.param("कुल एक करोड़ 20 लाख मतदाताओं ने वोट डाले।", "एक करोड़ 20 लाख", id="hindi"),
        pytest.param("The party polled 1 crore 20 lakh votes.", "1 crore 20 lakh", id="english"),
    ],
)
def test_a_number_in_crores_then_lakhs_is_one_number(text: str, written: str) -> None:
    """The Indian system writes 12 million as "एक करोड़ 20 लाख" (one crore, twenty lakh): one
    number, as "1.2 करोड़" is, not a crore and 20 lakh besides (acceptance round 40, b8)."""
    assert [(w, read) for w, read, _ in numbers_in(text).mentions] == [
        (written, frozenset({Decimal(12_000_000)}))
    ]


def test_crores_and_lakhs_apart_by_a_comma_are_two_numbers() -> None:
    """A comma between them makes two numbers of a crore and of lakhs: a list, no sum."""
    assert len(numbers_in("The fund got 1 crore, 20 lakh went to the schools.").mentions) == 2


@pytest.mark.parametrize(
    ("share", "percentage", "rounds"),
    [
        pytest.param("fewer than seven in 10", "68.2", True, id="fewer_than_seven_in_10_for_68"),
        pytest.param("fewer than seven in 10", "71.1", False, id="fewer_than_seven_in_10_for_71"),
        pytest.param("more than a quarter of", "24.5", False, id="more_than_a_quarter_for_24"),
    ],
)
def test_a_share_in_words_rounds_only_on_the_side_its_qualifier_says(
    share: str, percentage: str, rounds: bool
) -> None:
    """A bounded share in words rounds a percentage only where the percentage lies on the side
    its qualifier says, however near: "fewer than seven in 10" is no 71.1% (acceptance round
    41, c3)."""
    ((_, _, figure),) = shares_written(f"{share} patients were seen")
    exact = Figure(frozenset({Decimal(percentage)}), "%")
    assert rounds_a_percentage(figure, exact) is rounds


@pytest.mark.parametrize(
    ("origin", "copy", "fewer_digits"),
    [
        pytest.param(
            "L'usine emploie 1\u202f250 salariés.",
            "L'usine emploie 1 200 salariés.",
            False,
            id="french_one_digit_dropped_not_rounded",
        ),
        pytest.param(
            "The plant employs 1,250 workers.",
            "The plant employs 1,200 workers.",
            False,
            id="english_one_digit_dropped_not_rounded",
        ),
        pytest.param(
            "The plant employs 1,240 workers.",
            "The plant employs 1,200 workers.",
            True,
            id="one_digit_rounded",
        ),
        pytest.param(
            "The council spent $43,885,310 on roads.",
            "The council spent $43 million on roads.",
            True,
            id="a_long_figure_cut_to_its_leading_digits",
        ),
    ],
)
def test_a_count_with_one_digit_dropped_is_that_count_only_when_rounded(
    origin: str, copy: str, fewer_digits: bool
) -> None:
    """A writer who drops a single digit of a count rounds it: "1 200" against 1 250 is another
    count (French wire desk acceptance a4), "1,200" against 1,240 the same written rounder; a
    long figure may be cut to its leading digits. Read either way round, the answer is one."""
    ours, theirs = (
        Figure(frozenset(value for _, values, _ in numbers_in(text).mentions for value in values))
        for text in (origin, copy)
    )
    assert written_to_fewer_digits(ours, theirs) is fewer_digits
    assert written_to_fewer_digits(theirs, ours) is fewer_digits


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Las lluvias han dejado mil 200 damnificados en Veracruz.",
            [("mil 200", {Decimal(1200)})],
            id="the_rest_of_a_thousand_in_digits",
        ),
        pytest.param(
            "La reconstrucción costará 2 mil 500 millones de pesos, dijo el gobernador.",
            [("2 mil 500 millones", {Decimal(2_500_000_000)})],
            id="before_a_larger_multiplier",
        ),
        pytest.param(
            "Hubo mil, 200 de ellos en albergues.",
            [("mil", {Decimal(1000)}), ("200", {Decimal(200)})],
            id="two_numbers_apart",
        ),
    ],
)
def test_mexican_copy_ends_a_thousand_in_digits(
    text: str, expected: list[tuple[str, set[Decimal]]]
) -> None:
    """Mexican copy writes 1.200 as "mil 200" and 2.500 millones as "2 mil 500 millones": one
    number, as "mil doscientos" is (Spanish wire desk acceptance f1); a comma between keeps two."""
    assert [(written, set(values)) for written, values, _ in numbers_in(text).mentions] == expected


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        pytest.param(
            "Cinco personas murieron y 32 resultaron heridas al descarrilar un tren de pasajeros.",
            True,
            id="a_spanish_toll",
        ),
        pytest.param(
            "Cinco de Mayo parades drew crowds across Texas on Sunday.",
            False,
            id="the_name_of_a_holiday_in_english",
        ),
    ],
)
def test_a_number_word_held_for_another_language_counts_in_its_own(text: str, stated: bool) -> None:
    """ "Cinco" is held where it may be a name ("Cinco de Mayo"), but a Spanish sentence that
    opens with it states five, as "5 personas" does (Spanish wire desk acceptance f2)."""
    assert numbers_in(text).mentions[0][:2] == ("cinco", frozenset({Decimal(5)}))
    assert numbers_in(text).mentions[0][2] is stated


def test_spanish_orders_of_count_and_round_counts() -> None:
    """ "Miles de personas" and "decenas de heridos" give an order of count, as "thousands" does,
    but English "miles" stays a unit; "una veintena" is about twenty, as "une vingtaine" is
    (Spanish wire desk acceptance f4)."""
    text = "Miles de evacuados y decenas de heridos tras recorrer 50 miles."
    assert count_orders(frozenset(words(text)), text) == {"miles", "decenas"}
    english = "The ash cloud drifted 50 miles east."
    assert count_orders(frozenset(words(english)), english) == frozenset()
    toll = "Tres personas murieron y una veintena resultaron heridas."
    assert ("una veintena", frozenset({Decimal(20)})) in [m[:2] for m in numbers_in(toll).mentions]


@pytest.mark.parametrize(
    ("script", "wire"),
    [
        pytest.param(
            "The fire broke out just before seven-thirty at the depot on Canal Street.",
            "The fire broke out shortly before 7:30 p.m. at the depot on Canal Street.",
            id="a_hyphened_time_without_p_m",
        ),
        pytest.param(
            "The hall emptied at about seven thirty after the vote.",
            "The hall emptied at about 7:30 p.m. after the vote.",
            id="a_time_in_two_words_after_at_about",
        ),
        pytest.param(
            "Doors open at six-thirty p.m. on Friday.",
            "Doors open at 6:30 p.m. on Friday.",
            id="a_hyphened_time_with_p_m",
        ),
        pytest.param(
            "Residents opposed the closures by a margin of three-to-one.",
            "Residents opposed the closures by a margin of 3-1.",
            id="a_hyphened_margin",
        ),
    ],
)
def test_a_script_s_hyphened_numbers_are_the_wire_s_digits(script: str, wire: str) -> None:
    """A broadcast script writes "seven-thirty" and "three-to-one" where the wire has "7:30 p.m."
    and "3-1": each of the wire's numbers is one the script says (broadcast acceptance l2, l3)."""
    said = [values for _, values, _ in numbers_in(script).mentions]
    for _, values, _ in numbers_in(wire).mentions:
        assert any(values & other for other in said), values


def test_a_script_s_hyphened_number_words_that_make_one_number_stay_one() -> None:
    """ "forty-five" and "twenty-first" are one number each, not two, and "seven thirty" with no
    word for a time before it stays two numbers (broadcast acceptance l2)."""
    text = "Forty-five staff left on the twenty-first, seven thirty of them drivers."
    assert [written for written, _, _ in numbers_in(text).mentions] == [
        "forty-five",
        "twenty-first",
        "seven",
        "thirty",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("drivers have not had a rise since march", ["march"], id="since_march"),
        pytest.param("ballots close on march 3", ["march", "3"], id="beside_a_day"),
        pytest.param("a protest march blocked the road", [], id="a_protest_march"),
        pytest.param("this august body met again", [], id="this_august_body"),
    ],
)
def test_a_month_in_speech_to_text_s_lower_case_is_read_where_its_place_names_it(
    text: str, expected: list[str]
) -> None:
    """Auto-captions write "since march" for the wire's "since March": the month is named there,
    as it is beside a day, but "a protest march" is no date (broadcast acceptance l4)."""
    assert [written for written, _, _ in numbers_in(text).mentions] == expected
