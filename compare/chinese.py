"""Chinese text in one script, cut into its words.

Chinese is written in two scripts: Hong Kong and Taiwan outlets run a mainland wire converted
character for character to Traditional ("鄭海軍表示" for "郑海军表示"). Texts are compared,
cut into words and looked up in the word lists in Simplified (OpenCC's "t2s", which reads a
Traditional phrase as a whole where a character alone is ambiguous: "頭髮" is "头发", "發展"
"发展"); the text shown keeps the article's own script. jieba's dictionary is Simplified: it cut
Traditional text one character at a time ("宣稱" was "宣", "稱"), so that "claimed" went unseen.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache, partial

HAN_CHARACTER = "[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
HAN = re.compile(HAN_CHARACTER)
# Kana, but for the middle dot that Chinese also sets between the parts of a foreign name: a
# text that holds them is Japanese, which writes its own forms of Han, none of them converted.
KANA_CHARACTER = "[\u3040-\u30fa\u30fc-\u30ff]"
KANA = re.compile(KANA_CHARACTER)
# At least this share of a text's Han characters, and this many, have another form in
# Simplified for the text to be written in Traditional: a Simplified text holds none, but for a
# name or a quoted title written the other way.
MIN_TRADITIONAL_SHARE = 0.05
MIN_TRADITIONAL_CHARACTERS = 2


def in_simplified(text: str) -> str:
    """``text`` with its Traditional Chinese characters written in Simplified, character for
    character, so that an offset into one is an offset into the other; a text in Simplified,
    without Han characters, or Japanese (which holds kana), as it is.

    >>> in_simplified("國防部發言人宣稱颱風「白鷺」"), in_simplified("国防部发言人宣称")
    ('国防部发言人宣称台风「白鹭」', '国防部发言人宣称')
    >>> in_simplified("住宅十軒が全壊した。")
    '住宅十軒が全壊した。'
    """
    # Every phrase and character of OpenCC's Traditional to Simplified dictionaries is written
    # in as many characters in either script (so in its release 1.4), which keeps offsets.
    return _converter()(text) if is_chinese(text) else text


# A report asks it of each article of each pair it writes out.
@lru_cache(maxsize=1 << 10)
def script(text: str) -> str | None:
    """The script a Chinese text is written in, "Traditional" or "Simplified"; ``None`` for a
    text that is not Chinese: mostly in other letters (an English report that gives a name in
    Chinese), or Japanese.

    >>> script("鄭海軍表示演習是嚴正警告。"), script("郑海军表示演习将持续三天。")
    ('Traditional', 'Simplified')
    >>> script(""), script("Zheng Haijun (鄭海軍) said."), script("台風が上陸した。")
    (None, None, None)
    """
    han = HAN.findall(text)
    # Most texts of a run hold no Han: they need no count of their letters, one by one.
    if not han or KANA.search(text):
        return None
    if len(han) * 2 < sum(character.isalpha() for character in text):
        return None
    other = sum(a != b for a, b in zip(text, in_simplified(text), strict=True))
    traditional = other >= max(MIN_TRADITIONAL_CHARACTERS, MIN_TRADITIONAL_SHARE * len(han))
    return "Traditional" if traditional else "Simplified"


def is_chinese(phrase: str) -> bool:
    """Whether a word or phrase is Chinese: Han characters without kana.

    >>> is_chinese("分裂分子"), is_chinese("処理水の放出"), is_chinese("regime")
    (True, False, False)
    """
    return HAN.search(phrase) is not None and KANA.search(phrase) is None


def words_of(chunk: str) -> list[str]:
    """A chunk of Chinese text without spaces cut into its words and the marks between them,
    in Simplified (:func:`in_simplified`), which join back into it so written.

    >>> words_of("國防部發言人宣稱演習將持續三天。")
    ['国防部', '发言人', '宣称', '演习', '将', '持续', '三天', '。']
    """
    return _cut()(in_simplified(chunk))


@cache
def _converter() -> Callable[[str], str]:
    """OpenCC's Traditional to Simplified conversion, its dictionaries in its wheel, loaded when
    first needed (25 ms). Chosen over opencc-purepy (the same dictionaries in pure Python: a
    wheel of 1.4 MB against 2.4 MB, but 11 times as long to load and 6 times as slow to convert)
    and a table of characters alone, which misreads the characters that are two in Simplified
    ("乾隆" is no "干隆"). Without the dictionary of rare characters that fonts may lack: the
    words of a note are shown in Simplified."""
    import opencc

    return opencc.OpenCC("t2s", include_tofu_risk_dictionaries=False).convert


@cache
def _cut() -> Callable[[str], list[str]]:
    """jieba's cut by its dictionary alone, imported when first needed (loading the dictionary
    takes 0.14 s, which a run without Chinese need not spend). Its hidden Markov model, which
    guesses words the dictionary lacks, glues attribution verbs to their subject: "他称" (he
    claimed) came out one word."""
    import rjieba

    return partial(rjieba.cut, hmm=False)
