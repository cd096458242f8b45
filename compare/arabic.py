"""Arabic script's letters in one spelling, for matching; the text shown keeps the article's own.

Arabic script writes one letter in more than one way: Urdu's and Persian's yeh and keheh as
Arabic's yeh, alef maksura and kaf (a legacy code page, an Arabic keyboard), Urdu's heh goal as
Arabic's heh (with its hamza, as heh with yeh above or without one) and its teh marbuta goal as
Arabic's. Arabic copy re-typed by hand writes a hamza's alef (أ, إ, آ, ٱ) as a bare alef, a final
teh marbuta as heh ("بلده" for "بلدة"), a final yeh as alef maksura, and adds or drops the short
vowels (tashkeel) and the kashida (tatweel) that stretches a word: a verbatim copy so typed is
still a copy. A sentence's words and key read each letter in one spelling; a framing note names
words as the article writes them (:func:`spelt_any_way` finds them there).
"""

from __future__ import annotations

import re
from functools import lru_cache

# Each spelling of a letter, the one it is read as: Urdu's, since Urdu's lists were written first.
LETTER_VARIANTS = {
    "\u064a": "\u06cc",
    "\u0649": "\u06cc",
    "\u0643": "\u06a9",
    "\u0647": "\u06c1",
    "\u06c0": "\u06c1",
    "\u06c2": "\u06c1",
    "\u0629": "\u06c1",
    "\u06c3": "\u06c1",
    "\u0623": "\u0627",
    "\u0625": "\u0627",
    "\u0622": "\u0627",
    "\u0671": "\u0627",
}
# Written or left out at will: the kashida, the short vowels, shadda, sukun and the dagger alef.
IGNORED = "\u0640\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670"
# Each character as a sentence's words and key read it: a letter in its one spelling, tashkeel
# and tatweel as nothing.
READ_AS: dict[str, str | None] = {**LETTER_VARIANTS, **dict.fromkeys(IGNORED)}
ONE_LETTER = str.maketrans(READ_AS)
# Every spelling of each letter as it is read, itself among them.
SPELLINGS: dict[str, str] = {}
for _written, _read in LETTER_VARIANTS.items():
    SPELLINGS[_read] = SPELLINGS.get(_read, _read) + _written
ARABIC_LETTER = re.compile("[\u0600-\u06ff]")


def in_one_spelling(text: str) -> str:
    """``text`` with each letter of Arabic script in one spelling and no tashkeel or tatweel.

    >>> in_one_spelling("الإرهابيين") == in_one_spelling("الارهابيين")
    True
    >>> in_one_spelling("رسالة مقلقة") == in_one_spelling("رساله مقلقه")
    True
    >>> in_one_spelling("التَّوَصُّل") == in_one_spelling("التوصـــل"), in_one_spelling("said")
    (True, 'said')
    """
    return text.translate(ONE_LETTER)


@lru_cache(maxsize=1 << 12)
def spelt_any_way(word: str) -> str:
    """A pattern of ``word`` (read in one spelling) as a text may write it: each letter of Arabic
    script in any of its spellings, with tashkeel or tatweel after it or not; any other
    character as itself.

    >>> bool(re.fullmatch(spelt_any_way(in_one_spelling("الإرهابيين")), "الإرهابيين"))
    True
    >>> spelt_any_way("said")
    'said'
    """
    if not ARABIC_LETTER.search(word):
        return re.escape(word)
    ignored = f"[{IGNORED}]*"
    return "".join(
        f"[{re.escape(SPELLINGS[c])}]{ignored}" if c in SPELLINGS else re.escape(c) + ignored
        for c in in_one_spelling(word)
    )
