"""Arabic script's letters in one spelling, for matching; the text shown keeps the article's own.

Arabic script writes one letter in more than one way: Urdu's and Persian's yeh and keheh as
Arabic's yeh, alef maksura and kaf (a legacy code page, an Arabic keyboard), Urdu's heh goal as
Arabic's heh (with its hamza, as heh with yeh above or without one) and its teh marbuta goal as
Arabic's. Arabic copy re-typed by hand writes a hamza's alef (أ, إ, آ, ٱ) as a bare alef, a final
teh marbuta as heh ("بلده" for "بلدة"), a final yeh as alef maksura, and adds or drops the short
vowels (tashkeel) and the kashida (tatweel) that stretches a word: a verbatim copy so typed is
still a copy. A sentence's words and key read each letter in one spelling; a framing note names
words as the article writes them (:func:`spelt_any_way` finds them there).

Arabic writes "and", "so", "with", "to", "as" and "the" onto the word after them ("وقال", "والميليشيات",
"للمطالبة"): a word a user lists is looked up with them too (:func:`with_proclitics`).
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
# The letters of Urdu and Persian alone: a word that holds one is no Arabic word, which takes no
# proclitics ("بتایا" is never "وبتایا").
NOT_ARABIC = re.compile(
    "[\u067e\u0686\u0698\u06a9\u06af\u06ba\u06be\u06c1\u06c3\u06cc\u06d2\u0679\u0688\u0691]"
)
# What Arabic writes onto a noun ("و" and, "ف" so, "ب" with, "ل" to, "ك" as, "ال" the, and their
# joins) and onto a verb or a particle ("و", "ف"); "لل" is "ل" with "ال".
NOUN_PROCLITICS = (
    "\u0648", "\u0641", "\u0628", "\u0644", "\u0643", "\u0627\u0644", "\u0648\u0627\u0644",
    "\u0641\u0627\u0644", "\u0628\u0627\u0644", "\u0643\u0627\u0644", "\u0644\u0644",
    "\u0648\u0644\u0644", "\u0648\u0628", "\u0648\u0644", "\u0641\u0628", "\u0641\u0644",
)  # fmt: skip
VERB_PROCLITICS = ("\u0648", "\u0641")
# Those of a count: a noun's, but the article's ("الاثنين" is Monday, no two).
COUNT_PROCLITICS = tuple(
    p for p in NOUN_PROCLITICS if not p.endswith(("\u0627\u0644", "\u0644\u0644"))
)


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


def is_arabic(word: str) -> bool:
    """Whether ``word`` is an Arabic word: of Arabic script, without a letter of Urdu's or
    Persian's own (:data:`NOT_ARABIC`).

    >>> is_arabic("ميليشيات"), is_arabic("شرپسند"), is_arabic("regime")
    (True, False, False)
    """
    return ARABIC_LETTER.search(word) is not None and NOT_ARABIC.search(word) is None


def with_proclitics(word: str, proclitics: tuple[str, ...] = NOUN_PROCLITICS) -> list[str]:
    """``word`` and, for an Arabic word, the forms Arabic writes with ``proclitics`` onto it
    ("ال" and "لل" only onto a word without its own article); an Urdu or Persian word (one of
    their own letters) or a word of another script alone.

    >>> with_proclitics("قال", VERB_PROCLITICS)
    ['قال', 'وقال', 'فقال']
    >>> "للإرهابيين" in with_proclitics("الإرهابيين"), "والإرهابيين" in with_proclitics("الإرهابيين")
    (True, True)
    >>> with_proclitics("کہا"), with_proclitics("regime")
    (['کہا'], ['regime'])
    """
    if not is_arabic(word):
        return [word]
    article = "\u0627\u0644"
    bare = word.removeprefix(article)
    if bare == word:
        return [word, *(p + word for p in proclitics)]
    # "ب" and "ك" write the article's alef after them, "ل" drops it ("للإرهابيين").
    return [
        word,
        *(p + word for p in proclitics if article not in p and "\u0644" not in p),
        *(p + bare for p in proclitics if p.endswith("\u0644\u0644")),
    ]


def with_proclitics_on(phrase: str, proclitics: tuple[str, ...] = NOUN_PROCLITICS) -> list[str]:
    """``phrase`` with each of ``proclitics`` Arabic writes onto its first word
    (:func:`with_proclitics`).

    >>> with_proclitics_on("نقلا عن", VERB_PROCLITICS)
    ['نقلا عن', 'ونقلا عن', 'فنقلا عن']
    """
    first, _, rest = phrase.partition(" ")
    return [f"{form} {rest}".rstrip() for form in with_proclitics(first, proclitics)]


def letter_spellings(letter: str) -> str:
    """Each way a text may write ``letter``: of Arabic script, all its spellings
    (:data:`SPELLINGS`); any other, itself.

    >>> sorted(letter_spellings("أ")) == sorted("اأإآٱ"), letter_spellings("a")
    (True, 'a')
    """
    read = in_one_spelling(letter)
    return SPELLINGS.get(read, read) if read else letter


# What makes a name its adjective (nisba), as an agency's full name writes it, read in one
# spelling: "المشرقية" of "مشرق", "الأردنية" of "الأردن".
ADJECTIVE_ENDINGS = tuple(in_one_spelling(ending) for ending in ("\u064a\u0629", "\u064a"))
DEFINITE_ARTICLE = "\u0627\u0644"


def name_stem(word: str) -> str:
    """A word of a name as the name's other forms share it: in one spelling, without its
    article and the ending that makes it an adjective, so that an agency's short name
    ("مشرق") is a word of its full one ("وكالة الأنباء المشرقية"). A word in another script is
    itself.

    >>> name_stem("المشرقية") == name_stem("مشرق"), name_stem("الأردنية") == name_stem("الأردن")
    (True, True)
    >>> name_stem("Meridian")
    'Meridian'
    """
    if not ARABIC_LETTER.search(word):
        return word
    stem = in_one_spelling(word).removeprefix(DEFINITE_ARTICLE)
    for ending in ADJECTIVE_ENDINGS:
        if stem.endswith(ending) and len(stem) > len(ending) + 1:
            return stem.removesuffix(ending)
    return stem
