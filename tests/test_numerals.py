"""Numbers and dates read from a sentence, as written and with their values."""

from __future__ import annotations

from decimal import Decimal

import pytest

from compare.numerals import (
    Unmatched,
    count_orders,
    numeral_values,
    ranking_ordinals,
    sentence_numbers,
)
from compare.segment import words


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
            "Sales rose in the third quarter.", [("third", False)], id="a_quarter_of_a_year"
        ),
        pytest.param(
            "The vote was on 1/2/2024.", [("1", True), ("2", True), ("2024", True)], id="a_date"
        ),
        pytest.param("The Fed cut rates by .25%.", [(".25", True)], id="decimal_without_its_zero"),
        pytest.param("It fell to -5C overnight.", [("-5", True)], id="below_zero"),
        pytest.param(
            "No one saw the twelve stands.", [("one", False), ("twelve", True)], id="held_one"
        ),
        pytest.param("Norway finished third.", [("third", False)], id="ordinal_held"),
        pytest.param("Several hundred homes burned.", [], id="several_hundred_is_no_number"),
        pytest.param(
            "LONDON, March 10 (Reuters) - Talks resumed.",
            [("march", False), ("10", False)],
            id="dateline_date_held",
        ),
        pytest.param(
            "Las pérdidas ascienden a un millón y medio de euros.",
            [("millón y medio", True)],
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
    ],
)
def test_a_sentences_numbers_are_read_as_written(
    text: str, expected: list[tuple[str, bool]]
) -> None:
    """Each number is kept as the sentence writes it, and stated unless it is a pronoun, an
    ordinal or a dateline's date, which may match a number but whose absence changes none."""
    assert mentions(text) == expected


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
