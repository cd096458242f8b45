"""Word-level diffs of aligned sentences."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from compare.framing import framing_notes
from compare.records import WordEdit
from compare.report.markdown import render_diff
from compare.segment import matching_key
from compare.word_diff import (
    Attached,
    comparison_form,
    display_words,
    gives_words,
    joined,
    mirrored,
    word_edits,
)


def apply(edits: Sequence[WordEdit], a_text: str) -> list[str]:
    """B's words rebuilt from A's words and the edits (equal runs taken from A)."""
    rebuilt: list[str] = []
    position = 0
    a_words = display_words(a_text)
    for edit in edits:
        if edit.op == "equal":
            rebuilt.extend(a_words[position : position + len(edit.a)])
        else:
            rebuilt.extend(edit.b)
        position += len(edit.a)
    return [comparison_form(w) for w in rebuilt]


def test_a_changed_attribution_verb_is_one_replace() -> None:
    """Copy-editing one word yields equal, replace, equal."""
    edits = word_edits(
        "Speaking on Monday, Peskov stated that Western support has placed NATO in confrontation.",
        "Speaking on Monday, Peskov claimed that Western support has placed NATO in confrontation.",
    )
    assert [(e.op, e.a, e.b) for e in edits] == [
        ("equal", ("Speaking", "on", "Monday,", "Peskov"), ("Speaking", "on", "Monday,", "Peskov")),
        ("replace", ("stated",), ("claimed",)),
        (
            "equal",
            ("that", "Western", "support", "has", "placed", "NATO", "in", "confrontation."),
            ("that", "Western", "support", "has", "placed", "NATO", "in", "confrontation."),
        ),
    ]


def test_chinese_is_diffed_word_by_word_and_shown_without_spaces() -> None:
    """A Chinese sentence has no spaces: the diff still replaces the one verb that changed
    ("\u8868\u793a", said, by "\u58f0\u79f0", claimed), and the words around it read as written."""
    union = "\u5de5\u4f1a"  # the union
    rest = "\uff0c\u7ea6\u6709\u56db\u5343\u540d\u6210\u5458\u53c2\u52a0\u4e86\u7f62\u5de5\u3002"
    said, claimed = "\u8868\u793a", "\u58f0\u79f0"
    edits = word_edits(union + said + rest, union + claimed + rest)
    assert [(e.op, joined(e.a), joined(e.b)) for e in edits] == [
        ("equal", union, union),
        ("replace", said, claimed),
        ("equal", rest, rest),
    ]


def test_japanese_is_diffed_word_by_word_and_shown_without_spaces() -> None:
    """Japanese has no spaces either: the diff replaces the verb that changed ("述べ", said, by
    "主張し", claimed) and keeps the words around it, shown as written."""
    # "The operator said / claimed: 'We want to keep talking.'"
    quoted = "運営会社は「協議を続けたい」と"
    edits = word_edits(quoted + "述べた。", quoted + "主張した。")
    assert [(e.op, joined(e.a), joined(e.b)) for e in edits] == [
        ("equal", quoted, quoted),
        ("replace", "述べ", "主張し"),
        ("equal", "た。", "た。"),
    ]
    assert render_diff(edits) == f"{quoted}~~述べ~~**主張し**た。"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Chinese leader Xi Jinping (\u4e60\u8fd1\u5e73) said so.", id="a_name_in_brackets"
        ),
        pytest.param(
            "\u4ed6\u8bf4\uff1a\u201c\u6211\u4eec\u4e0d\u4f1a\u8ba9\u6b65\u3002\u201d",
            id="a_quotation",
        ),
        pytest.param(
            "\u65b0\u534e\u793e\u5317\u4eac3\u670810\u65e5\u7535 "
            "\u56fd\u5bb6\u7edf\u8ba1\u5c40\u53d1\u5e03\u6570\u636e\u3002",
            id="digits_and_a_space",
        ),
    ],
)
def test_shown_words_join_back_into_the_text_as_written(text: str) -> None:
    """Words cut out of Chinese join back without spaces, and spaces the text has stay."""
    assert joined(display_words(text)) == text


@pytest.mark.parametrize(
    ("before", "number", "changed", "after", "rendered"),
    [
        pytest.param(
            "股价上涨",
            "3.5%",
            "4.5%",
            "。",
            "股价上涨~~3.5%~~**4.5%**。",
            id="a_decimal_in_chinese",
        ),
        pytest.param(
            "株価は",
            "\uff11\uff12\uff0e\uff15\uff05",
            "\uff11\uff12\uff0e\uff18\uff05",
            "上昇した。",
            "株価は~~\uff11\uff12\uff0e\uff15\uff05~~**\uff11\uff12\uff0e\uff18\uff05** 上昇した。",
            id="a_full_width_decimal_in_japanese",
        ),
    ],
)
def test_a_changed_number_in_chinese_or_japanese_is_one_word(
    before: str, number: str, changed: str, after: str, rendered: str
) -> None:
    """A number Chinese or Japanese text changes is replaced whole, decimals and percent sign
    too, and the words after it read as written, a space put before them only where Markdown's
    closing mark needs one to close: after a full-width percent sign, before a letter."""
    edits = word_edits(before + number + after, before + changed + after)
    assert render_diff(edits) == rendered


def test_digits_typed_full_width_are_no_edit_in_chinese() -> None:
    """A Chinese copy that types its digits full-width, as Chinese and Japanese text often
    does, is the same text: its diff is one run of equal words."""
    wire = "工会周一宣布\uff0c全市12家工厂的工人将举行罢工。"
    copy = wire.replace("12", "\uff11\uff12")
    assert [e.op for e in word_edits(wire, copy)] == ["equal"]


def test_a_chinese_diff_is_shown_without_spaces() -> None:
    """Struck and bold words sit in Chinese text as it is written, with no space around them."""
    said, claimed = "\u8868\u793a", "\u58f0\u79f0"
    rest = "\uff0c\u7ea6\u6709\u56db\u5343\u540d\u6210\u5458\u3002"
    edits = word_edits("\u5de5\u4f1a" + said + rest, "\u5de5\u4f1a" + claimed + rest)
    assert render_diff(edits) == f"\u5de5\u4f1a~~{said}~~**{claimed}**{rest}"


def test_inserted_and_deleted_words() -> None:
    """A hedge inserted and a clause deleted are an insert and a delete."""
    edits = word_edits(
        "Moscow has rejected these claims as baseless, accusing Western powers.",
        "Moscow has reportedly rejected these claims as baseless.",
    )
    assert [(e.op, e.a, e.b) for e in edits if e.op != "equal"] == [
        ("insert", (), ("reportedly",)),
        ("delete", ("accusing", "Western", "powers."), ()),
    ]


def test_typography_and_case_are_not_edits() -> None:
    """Curly quotes and capitals differ in print but not in the diff."""
    edits = word_edits("NATO\u2019s \u201cwar\u201d", 'nato\'s "war"')
    assert [e.op for e in edits] == ["equal"]


@pytest.mark.parametrize(
    ("a", "b", "changed"),
    [
        pytest.param(
            "Temperatures fell to -5C overnight.",
            "Temperatures fell to 5C overnight.",
            [(("-5C",), ("5C",))],
            id="minus_dropped_before_a_temperature",
        ),
        pytest.param(
            "Output shrank by -2.5% in May, the agency said.",
            "Output shrank by 2.5% in May, the agency said.",
            [(("-2.5%",), ("2.5%",))],
            id="minus_dropped_before_a_percentage",
        ),
        pytest.param(
            "The index closed lower (-0.3 points) on Friday.",
            "The index closed lower (0.3 points) on Friday.",
            [(("(-0.3",), ("(0.3",))],
            id="minus_inside_a_bracket",
        ),
        pytest.param(
            "Temperatures fell to \u20135C overnight.",
            "Temperatures fell to 5C overnight.",
            [(("\u20135C",), ("5C",))],
            id="minus_typed_as_an_en_dash",
        ),
        pytest.param(
            "Temperatures fell to \u22125C overnight.",
            "Temperatures fell to -5C overnight.",
            [],
            id="minus_sign_and_hyphen_are_one_mark",
        ),
        pytest.param(
            "The Fed raised rates by .5% on Wednesday.",
            "The Fed raised rates by 5% on Wednesday.",
            [((".5%",), ("5%",))],
            id="decimal_point_dropped_before_a_rate",
        ),
        pytest.param(
            "The Fed raised rates by (.5%) on Wednesday.",
            "The Fed raised rates by .5% on Wednesday.",
            [],
            id="bracket_around_a_rate_is_no_change",
        ),
        pytest.param(
            'He said "...500 people were evacuated."',
            'He said "500 people were evacuated."',
            [],
            id="an_ellipsis_is_no_decimal_point",
        ),
        pytest.param(
            "The union said- talks had failed.",
            "The union said talks had failed.",
            [],
            id="dash_after_a_word_is_no_change",
        ),
        pytest.param(
            "The union -said talks had failed.",
            "The union said talks had failed.",
            [],
            id="dash_before_a_word_is_no_change",
        ),
        pytest.param(
            "The strike, *Reuters* reported, went on.",
            "The strike, Reuters reported, went on.",
            [],
            id="asterisks_around_a_word_are_no_change",
        ),
    ],
)
def test_a_minus_sign_is_part_of_its_number(
    a: str, b: str, changed: list[tuple[tuple[str, ...], tuple[str, ...]]]
) -> None:
    """A minus sign before a digit is no edge mark: "-5C" against "5C" is a changed word, as
    framing names a changed number; a dash or asterisks around a word are still no change."""
    assert [(e.a, e.b) for e in word_edits(a, b) if e.op != "equal"] == changed


# Words of a short news sentence, and ways of writing each that may or may not change it.
NUMBER_WORDS = ["-5C", "5C", "-2.5%", "12", "said", "fell", "to", "Tarrow", "the"]
REWRITES = [
    lambda w: w,
    lambda w: f"({w})",
    lambda w: f"\u201c{w}\u201d",
    lambda w: f"{w},",
    lambda w: f"{w}-",
    lambda w: w.replace("-", "\u2212"),
    lambda w: w.replace("-", "\u2013"),
    lambda w: w.removeprefix("-"),
    lambda w: w.upper(),
]


@given(
    st.lists(st.sampled_from(NUMBER_WORDS), min_size=1, max_size=8),
    st.lists(st.sampled_from(REWRITES), min_size=8, max_size=8),
)
def test_words_the_diff_calls_equal_hold_the_same_numbers(
    words: list[str], rewrites: list[Callable[[str], str]]
) -> None:
    """Whenever the word diff shows no change, framing names no changed, added or removed
    number: the report never shows a sentence as unchanged beside a note that its number
    changed."""
    a = " ".join(words) + "."
    b = " ".join(rewrite(w) for w, rewrite in zip(words, rewrites, strict=False)) + "."
    if [e.op for e in word_edits(a, b)] == ["equal"]:
        assert not [n for n in framing_notes(a, b) if n.kind.startswith("number_")]


news_words = st.lists(
    st.sampled_from(
        ["Peskov", "said", "claimed", "NATO", "\u201cwar\u201d", "war,", "41", "40", "the"]
    ),
    max_size=15,
).map(" ".join)


@given(st.one_of(st.text(max_size=120), news_words), news_words)
def test_applying_the_diff_to_a_gives_b(a: str, b: str) -> None:
    """For any two texts, A's words with the edits applied are B's words."""
    assert apply(word_edits(a, b), a) == [comparison_form(w) for w in display_words(b)]


@example(
    "Terms of the housing concert agreement were not disclosed.",
    "Terms of the concert harvest agreement were not disclosed.",
)
@given(news_words, news_words)
def test_comparing_b_with_a_mirrors_a_with_b(a: str, b: str) -> None:
    """Of edits as short as one another, B against A takes the one A against B took: two words
    replaced either way, not "concert" kept between an insert and a delete one way only, so a
    pair's containment does not depend on which article was given first."""
    assert mirrored(word_edits(b, a)) == word_edits(a, b)


# Typographic, case and width variants that leave a sentence's matching key as it is.
VARIANTS = {
    "'": "\u2019",
    '"': "\u201c",
    "-": "\u2014",
    " ": "\u00a0  ",
    "n": "N",
    "a": "A",
    **{digit: chr(ord(digit) + 0xFEE0) for digit in "0123456789"},
}
# Text of English news, or of Chinese and Japanese news with its numbers; no Latin letters in
# those, where a cutter's word may hold a capital ("A股", A-shares) and its small letter none.
news_text = st.one_of(
    st.text(alphabet=st.sampled_from([*"Nato said 41 'not' \"war\" - ", "\u00df"]), max_size=50),
    st.text(alphabet=st.sampled_from([*"股价上涨工厂は上昇した 41 3.5%\uff0c。'\"-"]), max_size=50),
)


@given(
    news_text,
    st.lists(st.booleans(), max_size=50),
)
@example("全市12家工厂", [False, False, True, True])
def test_a_verbatim_pair_is_unchanged_without_comparing_words(text: str, flips: list[bool]) -> None:
    """Two texts with one matching key (curly quotes, dashes, spacing, case and the digits'
    width aside): the word diff is one run of equal words, as written on each side."""
    variant = "".join(
        VARIANTS.get(c, c) if flip else c
        for c, flip in zip(text, [*flips, *[False] * len(text)], strict=False)
    )
    assert matching_key(variant) == matching_key(text)
    equal_run = WordEdit("equal", display_words(text), display_words(variant))
    assert word_edits(text, variant) == ((equal_run,) if display_words(text) else ())


@given(
    news_text,
    st.integers(min_value=0, max_value=50),
    st.integers(min_value=0, max_value=50),
)
@example("股价上涨3.5%。", 2, 4)
def test_a_slice_of_shown_words_joins_into_its_stretch_of_the_text(
    text: str, first: int, last: int
) -> None:
    """Any run of shown words, as a diff shows an edit, joins into the text as it stands
    there: a piece of Chinese digits and marks is set without spaces, as written."""
    text = " ".join(text.split())
    shown = display_words(text)
    first, last = sorted((min(first, len(shown)), min(last, len(shown))))
    # Where each shown word starts: after the word before, and a space unless attached to it.
    starts: list[int] = []
    end = 0
    for n, word in enumerate(shown):
        end += 1 if n and not isinstance(word, Attached) else 0
        starts.append(end)
        end += len(word)
    stretch = text[starts[first] : starts[last - 1] + len(shown[last - 1])] if first < last else ""
    assert joined(shown[first:last]) == stretch


def test_a_run_of_changes_between_equal_words_is_one_edit() -> None:
    """ "rebels" became "terrorists even": one replacement, not an insertion before a
    replacement, so the diff reads ~~rebels~~ **terrorists even**."""
    edits = word_edits(
        "ready to talk with the rebels if they disarm",
        "not ready to talk with the terrorists even if they disarm",
    )
    assert [(e.op, e.a, e.b) for e in edits] == [
        ("insert", (), ("not",)),
        ("equal", ("ready", "to", "talk", "with", "the"), ("ready", "to", "talk", "with", "the")),
        ("replace", ("rebels",), ("terrorists", "even")),
        ("equal", ("if", "they", "disarm"), ("if", "they", "disarm")),
    ]


@pytest.mark.parametrize(
    ("a", "b", "replaced"),
    [
        pytest.param(
            "The fund posted a net outflow of -$12 million.",
            "The fund posted a net outflow of $12 million.",
            (("-$12",), ("$12",)),
            id="minus_before_a_dollar_sign",
        ),
        pytest.param(
            "Euro zone output fell (-\u20ac4.5bn) in the quarter.",
            "Euro zone output fell (\u20ac4.5bn) in the quarter.",
            (("(-\u20ac4.5bn)",), ("(\u20ac4.5bn)",)),
            id="minus_before_a_euro_sign_in_brackets",
        ),
    ],
)
def test_a_minus_before_a_currency_sign_is_a_word_changed(
    a: str, b: str, replaced: tuple[tuple[str, ...], tuple[str, ...]]
) -> None:
    """An amount below zero against the same amount above it is one word replaced."""
    assert [(e.a, e.b) for e in word_edits(a, b) if e.op == "replace"] == [replaced]


@pytest.mark.parametrize(
    ("text", "words", "ignore_case", "given"),
    [
        pytest.param("Peskov told reporters in Moscow.", "Peskov", False, True, id="at_the_start"),
        pytest.param("The talks were held in Moscow", "Moscow", False, True, id="at_the_end"),
        pytest.param("Moscow's mayor spoke.", "Moscow", False, True, id="before_a_possessive"),
        pytest.param('"Peskov," she said.', "Peskov", False, True, id="inside_quotes"),
        pytest.param("Anna Peskova told reporters.", "Peskov", False, False, id="a_longer_name"),
        pytest.param("The unsaid rule held.", "said", False, False, id="inside_a_word"),
        pytest.param(
            "Train2 left Northway Trains_ yard.",
            "Northway Trains",
            False,
            False,
            id="before_an_underscore",
        ),
        pytest.param("Talks with the U.S. resumed.", "U.S.", False, True, id="ending_in_a_stop"),
        pytest.param("THE KREMLIN SAID SO.", "Kremlin", False, False, id="other_case"),
        pytest.param("THE KREMLIN SAID SO.", "Kremlin", True, True, id="any_case"),
    ],
)
def test_gives_words_finds_words_only_written_whole(
    text: str, words: str, ignore_case: bool, given: bool
) -> None:
    """A text gives words where it writes them with no letter, digit or underscore either side,
    wherever they stand in it: not a name within a longer one ("Peskova")."""
    assert gives_words(text, words, ignore_case=ignore_case) is given


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "Selon la CGT, 450 000 personnes ont défilé à Lyon.",
            "Selon la CGT, 460 000 personnes ont défilé à Lyon.",
            [("replace", ("450 000",), ("460 000",))],
            id="space",
        ),
        pytest.param(
            "Selon la CGT, 450\u202f000 personnes ont défilé à Lyon.",
            "Selon la CGT, 460\u202f000 personnes ont défilé à Lyon.",
            [("replace", ("450\u202f000",), ("460\u202f000",))],
            id="narrow_no_break_space",
        ),
        pytest.param(
            "Selon la CGT, 450\u00a0000 personnes ont défilé à Lyon.",
            "Selon la CGT, 450000 personnes ont défilé à Lyon.",
            [],
            id="grouped_and_run_together_alike",
        ),
        pytest.param(
            "Laut Verdi zogen 450.000 Menschen durch Leipzig.",
            "Laut Verdi zogen 460.000 Menschen durch Leipzig.",
            [("replace", ("450.000",), ("460.000",))],
            id="german_dots",
        ),
        pytest.param(
            "In 2019 200 people came to the fair.",
            "In 2019 300 people came to the fair.",
            [("replace", ("200",), ("300",))],
            id="a_year_then_a_count_are_two",
        ),
    ],
)
def test_thousands_grouped_by_spaces_are_one_word(
    a: str, b: str, expected: list[tuple[str, tuple[str, ...], tuple[str, ...]]]
) -> None:
    """A number whose thousands a space groups ("450 000", "450\u202f000") is one word of the
    diff, equal to the number run together, not "450" kept and "000" added."""
    assert [(e.op, e.a, e.b) for e in word_edits(a, b) if e.op != "equal"] == expected


@pytest.mark.parametrize(
    "copy",
    [
        pytest.param("टोंक में वाहन में तोड़फोड़ की गई |", id="spaced_pipe"),
        pytest.param("टोंक में वाहन में तोड़फोड़ की गई|", id="glued_pipe"),
        pytest.param("टोंक में वाहन में तोड़फोड़ की गई ।", id="spaced_danda"),
    ],
)
def test_a_danda_typed_as_a_pipe_or_spaced_is_no_word_edit(copy: str) -> None:
    """ "गई |", "गई|" and "गई ।" end the sentence "गई।" ends: no word is added or replaced,
    and the words shown keep the copy's own marks (acceptance round 40, b2)."""
    edits = word_edits("टोंक में वाहन में तोड़फोड़ की गई।", copy)
    assert [e.op for e in edits] == ["equal"]
    assert " ".join(edits[0].b) == copy


def test_a_pipe_after_an_english_word_stays_a_word() -> None:
    """A pipe between English words of a Hindi page is no danda: it is a word as before."""
    assert display_words("जयपुर में Home | World") == ("जयपुर", "में", "Home", "|", "World")
