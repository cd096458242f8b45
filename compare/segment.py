"""Sentences with character offsets, their matching form, and their words.

Splitting uses sentencex (rule-based; on this machine ~0.6M sentences/s by itself; keeps quoted
sentences whole and knows abbreviations like "U.S." and "Gen."), after cutting the text into
lines, because news text puts one paragraph on a line and a paragraph break always ends a
sentence. Where sentencex ends a sentence that AP or NYT copy goes on with ("Ms. Pelosi",
"D-N.Y.", "then-Gov.", "6 p.m. EDT"), its pieces are joined again, by word lists in
``framing_terms.toml``. The benchmark behind the choice is ``python -m benchmarks.splitters``.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache, lru_cache
from itertools import islice

from sentencex import segment as sentencex_segment

from compare.arabic import READ_AS, in_one_spelling
from compare.chinese import HAN, HAN_CHARACTER, KANA, KANA_CHARACTER, in_simplified, words_of
from compare.lexicon import (
    COMBINING_MARK,
    LETTER,
    LETTERS,
    entry_stamp,
    is_live_blog,
    lexicon,
    signs_dateline,
)
from compare.records import Document, Sentence

# Chinese and Japanese type Latin letters, digits and signs full-width as often as not: those
# forms are the letters, digits and signs of ASCII.
ASCII_FORMS = {chr(code): chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)}
FULL_WIDTH = re.compile("[\uff01-\uff5e]")
# Each typographic variant maps to one character, so normalising never shifts an offset.
TYPOGRAPHY = {
    # Chinese corner brackets: Hong Kong and Taiwan quote in \u300c...\u300d, and quote inside a
    # quotation in \u300e...\u300f, where the mainland writes \u201c...\u201d and \u2018...\u2019.
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u00b4`\u300e\u300f", "'"),
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\u300c\u300d", '"'),
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
    **dict.fromkeys("\u00a0\u2002\u2003\u2007\u2009\u200a\u202f\u205f\u3000\t", " "),
    "\u2026": ".",
    # Arabic's decimal and thousands separators, between its digits: 5.8 and 1,200 so written.
    "\u066b": ".",
    "\u066c": ",",
    # Russian writers put the two dots of "ё" or leave them out: "подчёркивает" is "подчеркивает".
    "\u0451": "\u0435",
    "\u0401": "\u0415",
    **ASCII_FORMS,
}
# Most characters need no change; a regex finds the few that do far faster than str.translate.
TYPOGRAPHIC = re.compile("[" + re.escape("".join(TYPOGRAPHY)) + "]")
# Every script's decimal digits as ASCII's, one character for one: Urdu "\u06f2\u06f3", Arabic
# "\u0662\u0663", Hindi "\u0968\u0969" and Bengali "\u09e8\u09e9" are "23".
ASCII_DIGITS = {
    digit: str(unicodedata.decimal(digit))
    for digit in map(chr, range(0x80, 0x10000))
    if digit.isdecimal()
}
# A sentence's key, which tells a verbatim copy, reads its digits as one too, in any script's
# digits or in ASCII's, and the Urdu full stop as "."; its words keep their digits as written,
# as a note on a number quotes them.
ONE_SPELLING = str.maketrans({**READ_AS, "\u06d4": ".", **ASCII_DIGITS})
# A possessive's ending, straight or curly, singular or plural: "Ohio's", "the workers'".
POSSESSIVES = ("'s", "s'", "\u2019s", "s\u2019")
# Letters and digits never share a word: Urdu writers often leave out the space after a number
# ("51رنز" for "51 رنز", 51 runs), and English glues units to numbers ("5pm", "$2bn").
NUMBER = r"\d+(?:['.,\-]\d+)*"
WORD = re.compile(rf"{LETTERS}(?:['.,\-]{LETTERS})*|{NUMBER}")
# The same words in a text without combining marks, found faster: a letter is then one
# character class, with no alternation.
WORD_WITHOUT_MARKS = re.compile(rf"{LETTER}+(?:['.,\-]{LETTER}+)*|{NUMBER}")
# A number that a unit is written onto, as Russian writes one: "100км.", "1,5млн".
NUMBER_WORD = re.compile(NUMBER)
# A sign that a text holds a combining mark, which only such a text needs the slower pattern for.
MAY_BE_A_MARK = re.compile(COMBINING_MARK)
# Chinese puts no space between words: a run of Han characters is cut into words with jieba's
# dictionary (rjieba: in Rust, the dictionary built in, about 20 microseconds a sentence), in
# Simplified (see compare.chinese). Japanese mixes Han with kana, which that dictionary does not
# know: a text that holds kana is Japanese, and its runs of letters are cut with MeCab and the
# IPA dictionary (fugashi and ipadic: about 2 million words a second; see _japanese_cut for the
# choice).
# A character of a script written without spaces between words: Han or kana.
UNSPACED = re.compile(f"{HAN_CHARACTER}|{KANA_CHARACTER}")
# The space that a phrase of Chinese or Japanese words holds between them ("据 报道", "処理 水"),
# which neither language writes.
UNSPACED_WORD_GAP = re.compile(
    f"(?<={HAN_CHARACTER}|{KANA_CHARACTER}) (?={HAN_CHARACTER}|{KANA_CHARACTER})"
)
# A quotation in single quotes, as British and Australian outlets write them: an opening quote
# starts a word (not "'90s"), inner apostrophes sit between letters ("won't"), and a closing
# quote ends a word, which a plural's possessive ("the workers' union") also does but only after
# an opening quote. A quotation that ends a sentence or clause ("... too low,'") is looked for
# first, over a plural's possessive inside it ("'The drivers' pay is too low,'"), then one that
# ends anywhere ("the 'final' offer"). The quote comes first in the pattern, then what stands
# before it: a pattern that starts with a look-behind is tried at every character, ten times
# slower.
SINGLE_QUOTE_OPENS = r"'(?<![\w']')(?=[^\W\d])"
SINGLE_QUOTATION = re.compile(
    rf"{SINGLE_QUOTE_OPENS}(?:[^'\n]|(?<=\w)'(?=\w)|(?<=s)'(?= ))*?[,.!?]'(?!\w)"
    rf"|{SINGLE_QUOTE_OPENS}(?:[^'\n]|(?<=\w)'(?=\w))*?[^\s']'(?!\w)"
)
DOUBLE_QUOTE = re.compile('"')
# Text from old wire systems, and corpora drawn from it (MSRP), quotes as a typewriter did:
# ``like this'', two backticks and two apostrophes, which normalising makes two single quotes
# each. The pair is one double quote, but between letters, an apostrophe typed twice ("It''s");
# of three single quotes after a word, the last two are the pair and the first a plural's
# possessive ("the players'''").
TYPEWRITER_QUOTE = "''"
DOUBLE_QUOTATION_MARK = re.compile(
    rf"\"|(?<!\w){TYPEWRITER_QUOTE}(?!')|{TYPEWRITER_QUOTE}(?![\w'])"
)
# A line that ends in a full stop or an exclamation mark, perhaps inside a quotation or
# brackets, is prose: the lines a feed item may open with before its dateline (a headline, a
# byline, a date line) end in neither. A headline may ask a question: a question mark tells
# nothing.
ENDS_IN_A_FULL_STOP = re.compile("[.!\u3002\uff0e\u06d4][\"'\u2019\u201d)\\]]*[ \t]*$")
# A headline, a byline and a date line.
LINES_BEFORE_A_DATELINE = 3
# A line that is not blank.
WRITTEN_LINE = re.compile(r"^.*\S.*$", re.MULTILINE)
# Normalising makes every quotation mark one of these two (see TYPOGRAPHY), so a normalised
# sentence that opens or closes a quotation does so with one of them.
QUOTE_MARKS = "\"'"
# How many sentences without a mark a quotation may run through (see article_quotations): a
# news paragraph rarely holds more, and a stray mark should not quote a whole article typed as
# one paragraph.
MIDDLE_SENTENCES = 3
# What a text that quotes holds, as printed or typed: a double quote or a typewriter's pair, or a
# single one that opens a word or closes after a stop ("'We owe it,' she said"), unlike an
# apostrophe ("Kyiv's"). A right quote opens a word too in right-to-left text, typed as it looks
# (in Urdu, before a word).
DOUBLE_QUOTES = re.compile("[\"\u201c\u201d\u201e\u201f\u00ab\u00bb\u300c\u300d]|``|''")
SINGLE_QUOTES = "'\u2018\u2019\u201a\u201b"
QUOTING_SINGLE_QUOTE = re.compile(
    "(?:^|[\\s(\\[])['\u2018\u2019\u201a\u201b]|[,.!?]['\u2019](?=\\s)"
)
# The double quotes that open a quotation as printed: English, German, French and Chinese
# ones, and the typewriter's backticks.
OPENING_QUOTES = "\u201c\u201e\u201f\u00ab\u300c`"
# The marks that close a quotation, by the mark that opened it (a straight quote or a
# typewriter's pair read as '"'): one language's opening mark is another's closing one, as
# German and Czech close "\u201e" with "\u201c", the mark English opens with; Polish, Hungarian and
# Romanian close it with "\u201d". Swedish and Finnish open with the marks that close ("\u201d",
# "\u00bb"), German books with "\u00bb" closed by "\u00ab" (see _curly_quote_opens).
CLOSING_QUOTES = {
    '"': '"',
    "`": '"',
    "\u201c": "\u201d",
    "\u201e": "\u201c\u201d",
    "\u201f": "\u201d",
    "\u201d": "\u201d",
    "\u00ab": "\u00bb",
    "\u00bb": "\u00bb\u00ab",
    "\u300c": "\u300d",
    "\u300d": "\u300d",
}
# The double quotes that face neither way: the straight one, typed half- or full-width.
STRAIGHT_QUOTES = '"\uff02'
# The dashes that open speech in Spanish, French and Russian copy, as printed: an em dash, the
# quotation dash (a horizontal bar) and the en dash French typesetters also use ("—Hemos pasado
# mucho miedo —relató una vecina."); not a hyphen, which typed text sets before a list's
# items ("- Cheddar cheese") and for a dash ("--").
DIALOGUE_DASHES = "\u2013\u2014\u2015"
DIALOGUE_DASH = re.compile(f"[{DIALOGUE_DASHES}]")
# Each language the framing lists or the reports name is told by its commonest words that the
# other languages here seldom write, in any form a text spells them: not the articles, pronouns
# and prepositions they share ("la", "que", "en", "con", "del", "una", "les", "il", "in"),
# nor a word one of them writes often though another's lists could hold it (Catalan's "el", "va"
# and "seu", Spanish's "es", "han" and "su", Italian's "le", "mentre" and "sua", Portuguese's
# "dos", "mais" and "como", French's "on", "son" and "sur", Spanish's south ("en el sur de
# Bogotá"), German's "des", "als" and "so").
ENGLISH_WORDS = frozenset(
    {"the", "of", "and", "to", "is", "was", "for", "that", "with", "by", "from", "at", "he"}
    | {"his", "it", "its", "are", "were", "has", "have", "had", "been", "this", "but", "after"}
    | {"they", "their", "who", "which", "will", "would", "said", "not"}
)
GERMAN_WORDS = frozenset(
    {"der", "die", "und", "den", "das", "dem", "nicht", "ist", "mit", "sich", "ein", "eine"}
    | {"einer", "einem", "einen", "im", "zu", "von", "auf", "für", "auch", "wird", "werden"}
    | {"wurde", "wurden", "hat", "haben", "sind", "nach", "bei", "aus", "noch", "nur", "oder"}
    | {"aber", "wie", "sie", "er", "vor", "seit", "zum", "zur", "über", "sagte", "dass"}
)
FRENCH_WORDS = frozenset(
    {"des", "et", "est", "du", "au", "aux", "une", "dans", "pas", "pour", "par"}
    | {"avec", "ont", "été", "plus", "ce", "cette", "ses", "leur", "ils", "elle", "selon"}
    | {"après", "deux", "était", "sont", "depuis", "contre", "aussi", "déjà", "encore", "où"}
    | {"qu"}
)
SPANISH_WORDS = frozenset(
    {"los", "las", "y", "fue", "fueron", "según", "muy", "pero", "sus", "más", "sin", "ya"}
    | {"cuando", "también", "había", "años", "hasta", "están", "estaba", "hay", "hubo"}
    | {"donde", "ahora", "después", "aunque", "otros", "otras", "otro", "otra", "eso", "esa"}
    | {"ese", "dijo", "hacia", "ayer", "además", "mientras", "quien", "millones", "hoy"}
    | {"tras", "unos", "unas", "mismo", "así", "tiene", "tienen", "puede", "hace", "él"}
    | {"ella", "ellos", "personas", "muchos", "pues", "aún"}
)
ITALIAN_WORDS = frozenset(
    {"che", "è", "della", "delle", "degli", "dei", "gli", "nel", "nella", "alla", "sono"}
    | {"stato", "stata", "stati", "anche", "questo", "questa", "più", "dopo", "ancora"}
    | {"hanno", "loro", "anni", "ieri", "oggi", "già", "perché", "secondo", "detto", "cui"}
    | {"dal", "dalla", "dai", "sul", "sulla", "nei", "negli", "nelle", "agli", "allo"}
    | {"essere", "suo", "suoi", "aveva", "erano", "milioni", "persone", "tra"}
)
CATALAN_WORDS = frozenset(
    {"els", "amb", "dels", "pels", "és", "seva", "més", "també", "però", "perquè", "aquest"}
    | {"aquesta", "aquests", "aquestes", "estat", "segons", "havia", "molt", "anys", "quan"}
    | {"ahir", "avui", "fins", "encara", "sense", "després", "altres", "milions", "persones"}
    | {"hi", "ho", "tots", "totes", "dues", "diu", "pel", "davant", "prop", "ja", "només"}
    | {"això", "mateix", "fos"}
)
PORTUGUESE_WORDS = frozenset(
    {"o", "os", "do", "em", "um", "uma", "não", "ao", "aos", "pelo", "pela", "pelos", "pelas"}
    | {"são", "também", "na", "nas", "foi", "foram", "disse", "até", "após", "ainda", "já"}
    | {"há", "é", "anos", "milhões", "pessoas", "depois", "estão", "onde", "num", "numa"}
    | {"nesta", "neste", "desta", "deste", "às", "mas", "ele", "ela", "eles", "isso", "muito"}
    | {"tem", "têm"}
)
# Urdu's postpositions, auxiliaries and conjunctions, written in Urdu's own letters (heh goal,
# yeh barree): Persian and Arabic write none of them so, and Punjabi's Shahmukhi has its own
# ("دا", "وچ", "نوں").
URDU_WORDS = frozenset(
    {"کے", "کی", "کا", "میں", "نے"}
    | {"ہے", "ہیں", "سے", "کو", "اور"}
    | {"کہ", "تھا", "تھے", "تھی"}
    | {"بھی", "گیا", "گئے", "لیے"}
)
# Hindi's postpositions, auxiliaries and conjunctions: Marathi and Nepali, written in
# Devanagari too, use others ("आहे", "आणि"; "छ", "र"), so a text holding these is Hindi.
HINDI_WORDS = frozenset(
    {"के", "की", "का", "में", "ने"}
    | {"है", "हैं", "से", "को", "और"}
    | {"कि", "था", "थे", "थी"}
    | {"भी", "गया", "गए", "लिए"}
)
# Arabic's prepositions, particles, relatives and auxiliaries written apart, in Arabic's own
# letters (yeh, kaf, heh, teh marbuta, alef with hamza) and as copy re-typed by hand writes two
# of them ("الي", "علي"): Urdu and Persian write none of them so.
ARABIC_WORDS = frozenset(
    {"في", "من", "على", "علي", "إلى", "الي", "عن", "أن", "إن", "التي", "الذي", "مع"}
    | {"هذا", "هذه", "كان", "كانت", "قد", "بين", "حتى", "خلال", "أو", "لم", "ذلك", "عند", "منذ"}
)
# The languages told by their commonest words, by their ISO 639-1 codes.
LANGUAGE_WORDS = {
    "en": ENGLISH_WORDS,
    "de": GERMAN_WORDS,
    "fr": FRENCH_WORDS,
    "es": SPANISH_WORDS,
    "it": ITALIAN_WORDS,
    "ca": CATALAN_WORDS,
    "pt": PORTUGUESE_WORDS,
    "ur": URDU_WORDS,
    "hi": HINDI_WORDS,
    "ar": ARABIC_WORDS,
}
# The languages an article is read in or states, by their names in English, as reports name them:
# those told by their words, and others a feed or a page states ("nl", "pl"), named where a
# report says which framing was checked in them.
LANGUAGE_NAMES = {
    "en": "English",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "it": "Italian",
    "ca": "Catalan",
    "pt": "Portuguese",
    "nl": "Dutch",
    "pl": "Polish",
    "ro": "Romanian",
    "sv": "Swedish",
    "da": "Danish",
    "nb": "Norwegian",
    "no": "Norwegian",
    "fi": "Finnish",
    "el": "Greek",
    "cs": "Czech",
    "hu": "Hungarian",
    "tr": "Turkish",
    "ru": "Russian",
    "uk": "Ukrainian",
    "be": "Belarusian",
    "ar": "Arabic",
    "ja": "Japanese",
    "ur": "Urdu",
    "hi": "Hindi",
}
# The languages, by ISO 639 code, written in each script that :func:`language` names a text in
# another script than Latin by: a text read by its script alone is in one of them, so it may be
# the same language as an article that states one ("ur" for an Urdu page, "ARABIC" for a pasted
# Urdu text). Codes of either form, 639-1 and 639-3, where a tag may carry either.
SCRIPT_LANGUAGES = {
    "ARABIC": frozenset({"ar", "ur", "fa", "ps", "sd", "ug", "ku", "ckb", "ks", "pnb", "skr"}),
    "CYRILLIC": frozenset({"ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "tg", "mn", "tt"}),
    "CJK": frozenset({"zh", "ja", "yue", "wuu"}),
    "HIRAGANA": frozenset({"ja"}),
    "KATAKANA": frozenset({"ja"}),
    "HANGUL": frozenset({"ko"}),
    "GREEK": frozenset({"el"}),
    "HEBREW": frozenset({"he", "iw", "yi"}),
    "DEVANAGARI": frozenset({"hi", "mr", "ne", "sa", "mai"}),
    "BENGALI": frozenset({"bn", "as"}),
    "GURMUKHI": frozenset({"pa"}),
    "GUJARATI": frozenset({"gu"}),
    "TAMIL": frozenset({"ta"}),
    "TELUGU": frozenset({"te"}),
    "KANNADA": frozenset({"kn"}),
    "MALAYALAM": frozenset({"ml"}),
    "SINHALA": frozenset({"si"}),
    "THAI": frozenset({"th"}),
    "LAO": frozenset({"lo"}),
    "KHMER": frozenset({"km"}),
    "MYANMAR": frozenset({"my"}),
    "GEORGIAN": frozenset({"ka"}),
    "ARMENIAN": frozenset({"hy"}),
    "ETHIOPIC": frozenset({"am", "ti"}),
}
# The words that tell a text's language: its first few hundred.
LANGUAGE_SAMPLE_CHARS = 2000
# The letters that tell Russian, Ukrainian and Belarusian apart (see :func:`cyrillic_language`):
# Belarusian writes "ў", and "і" where the others write "и", which it does not write; Ukrainian
# writes "і", "ї", "є" and "ґ" but neither "ы" nor "э", which Russian and Belarusian write.
BELARUSIAN_LETTER = "ў"
UKRAINIAN_LETTERS = frozenset("іїєґ")
RUSSIAN_LETTERS = frozenset("ыэ")
# Letters of Cyrillic languages none of those three write (Serbian's, Macedonian's, Kazakh's,
# Kyrgyz's, Tajik's, Tatar's, Mongolian's), and Bulgarian's "ъ" before a consonant ("във",
# "България"), where Russian writes it only before a vowel ("объявил"): a text that holds them
# is known by its script alone.
OTHER_CYRILLIC = re.compile("[ђјљњћџѓќѕәғқңөұүһӣӯҳҷҗҙҫҡӑӗӳ]|ъ(?=[бвгджзйклмнпрстфхцчшщ])")
# ... when they make this share of its Cyrillic letters: a Russian report from Kazakhstan may
# name a place or a person in Kazakh ("Атырау жұлдызы").
MIN_OTHER_CYRILLIC_SHARE = 0.01
# A text reads as a language when this share of its words are that language's commonest: about
# a third of an English text's are, a fifth or more of a Spanish local report's thick with names,
# figures and dialogue, a few in a hundred of any other language's.
MIN_LANGUAGE_SHARE = 0.04
# ... and when it holds this many times as many of them as of any other language's: a quotation
# or a name of another language ("Los Angeles", "Der Spiegel") does not make it two.
MIN_LANGUAGE_LEAD = 2
# What the shares count: words of letters, without the marks beside them ("años," "«Ahí") and
# apart where an apostrophe or hyphen elides or joins them ("qu'il", "terça-feira"); a letter's
# combining marks are its word's, as Hindi's vowel signs are ("कहा", not "कह" and a lone "ा").
LETTER_WORDS = re.compile(LETTERS)
# A quotation between guillemets or curly or straight double quotes, on one line: the words a
# text quotes may be another language's. Not quotation_spans, which reads one sentence: a quote
# it finds unclosed runs to the sentence's end, and a sample of an article's first lines holds
# paragraphs of speech that the next paragraph goes on, whose marks would blank the rest of the
# sample. Pairs on one line serve a fallback that few samples reach (41 of 1,760 in four runs).
QUOTED_WORDS = re.compile('\u00ab[^\u00bb\n]*\u00bb|\u201c[^\u201d\n]*\u201d|"[^"\n]*"')
# What speech that no dash hands over to the narrator ends with: a sentence's end.
SPEECH_ENDS = ".!?\u2026"
# What stands between the dash that closes the narrator's aside and the speech that goes on.
SPEECH_RESUMES_AFTER = " ,;:"
# French sets the subject after the verb, joined by hyphens, in the narrator's incise after
# speech: "a-t-il dit", "estime-t-elle", "poursuit-il".
FRENCH_INVERSION = re.compile(r"[^\W\d_]+-(?:t-)?(?:ils?|elles?|on)")
# How many of the incise's first words may hold its verb: "dit" of "nous a dit un t\u00e9moin".
INCISE_VERB_REACH = 3
# A letter of a script written right to left: Hebrew, Arabic (and Urdu, Persian), Syriac, Thaana,
# N'Ko, and the presentation forms of Hebrew and Arabic.
RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
# A single quote that closes a quotation another sentence opened: after a comma or stop, before a
# space ("We owe it to the families,' she said.").
LONE_CLOSING_SINGLE = re.compile(r"[,.!?]'(?= )")
# A single quote that opens a quotation a later sentence closes: before a capital, where a
# sentence or what introduces a quotation ends ("He said: 'We will not back down."), as the
# paragraphs of a long British quotation open.
LONE_OPENING_SINGLE = re.compile(r"(?:^|[:,] )'(?=[^\W\d_])")
# A single quote that is no apostrophe inside a word ("won't").
QUOTING_SINGLE = re.compile(r"'(?!\w)|(?<!\w)'")
# How far back from a full stop its word is looked for: far enough to hold the last hyphen of
# any word that ends in an abbreviation ("Minneapolis-St.").
WORD_REACH = 40
# What may stand before or after a word written between spaces and is no part of it: quotes,
# brackets, stops, a dash ("said-") and the asterisks of emphasis a Markdown source kept
# ("*Reuters*"). A "-" or "." right before a digit is a minus sign or a decimal point and stays
# (see without_edge_marks).
EDGE_MARKS = "\"'()[]{}.,;:!?-*"
# What may open a word in running text and is no part of it, where a word is looked up as
# written: a quote, straight or curly, or a bracket ("(Gov.", "\u201cThe").
OPENING_MARKS = "\"'(\u201c\u2018"
# A word with the full stop after it (group 1), the spaces after them and the next word's first
# letter (group 2), past an opening mark: where a word in lower case that sentencex read as an
# abbreviation may end a sentence ("voted no. Officials said").
STOP_AFTER_WORD = re.compile(
    rf"(?<![\w.'\-])({LETTER}+\.)\s+(?=[{re.escape(OPENING_MARKS)}]?({LETTER}))"
)
# Greek's question mark, which looks like a semicolon (group 1), after a Greek word and before
# the Greek capital that opens the next sentence ("Is there a risk; Experts say ..." in Greek).
GREEK_QUESTION = re.compile(
    r"[\u0370-\u03ff\u1f00-\u1fff][\"'\u00bb\u201d)]?(;)\s+(?=[\"\u00ab\u201c]?[\u0386-\u038f\u0391-\u03a9])"
)
# A day of the month written as an ordinal, as German writes it ("am 3. Oktober"), and the word
# after it (group 1) with its full stop, if any: its month's, in full or cut short ("3. Jan.").
DAY_OF_MONTH = re.compile(r"\d{1,2}\.")
WORD_AFTER_DAY = re.compile(rf"({LETTER}+)\.?")
# A numbered list's number opening a line: "2." of "2. No change to the shift pattern."
LIST_NUMBER = re.compile(r"\s*\d{1,3}\.")
# A number in Roman numerals, as a volume's or chapter's is written ("vol. II", "chap. IV").
ROMAN_NUMERAL = re.compile(r"[IVXLCDM]+\b")
# Initials, each letter with its full stop: "U.S.", "D.C.", "G.O.P.".
INITIALS = re.compile(r"(?:[^\W\d_]\.){2,}")
# One to three initials with their full stops, spaced or not: "Г.", "Г.П.", "Ю.Б.".
CAPITAL_INITIALS = re.compile(r"(?:[^\W\d_]\.){1,3}")
# An initial in a script without capitals, the Latin letter's name spelled out in a letter to
# three with their marks, as Hindi writes a name's: "ए." (A), "के." (K), "आर." (R), "डब्ल्यू." (W).
CASELESS_INITIAL = rf"(?:{LETTER}(?:{COMBINING_MARK})*){{1,3}}\."
ONE_CASELESS_INITIAL = re.compile(CASELESS_INITIAL)
CASELESS_INITIALS = re.compile(rf"(?:{CASELESS_INITIAL}){{2,}}")
# What a text opens with past quotes, brackets and dashes: the text after an abbreviation, or the
# speech after a dialogue dash.
FIRST_LETTER_OR_DIGIT = re.compile(r"[^\W_]")
# A time by the clock's marks: "7 p.m.", "12:01 a.m."; in capitals "P.M." may be a prime minister.
CLOCK_MARKS = ("a.m.", "p.m.")
# How much of the next sentence tells whether a time by the clock goes on into it.
CLOCK_REACH = 60
# A time by the clock's marks (group 1) before a quotation's opening quote and its first letter
# (group 2): wire copy ends a sentence there ('by 8 a.m. "Our firefighters did ...'), where
# sentencex reads the marks as an abbreviation and goes on, as it does not before a bare capital.
CLOCK_BEFORE_QUOTE = re.compile(
    rf"({'|'.join(map(re.escape, CLOCK_MARKS))})\s+(?=[\"'\u201c\u2018]({LETTER}))"
)
WEB_ADDRESS = re.compile(r"https?://\S+|www\.\S+", re.IGNORECASE)
# A sentence's first letter: the text's first, or the first after a stop, past quotes and brackets.
SENTENCE_FIRST_LETTER = re.compile(r"(?:^|(?<=[.!?])[\"')\]]*\s+)[\"'(\[]*[^\W\d_]")
# The marks that end a sentence, the one table every reader of a text asks. The full stops of
# Latin, Cyrillic and Greek script; of Arabic script (U+06D4); Devanagari's danda and double
# danda; Armenian's, Ethiopic's, Burmese's and Tibetan's own; Chinese and Japanese, ideographic
# and half-width.
FULL_STOPS = ".\u06d4\u0964\u0965\u0589\u1362\u104b\u0f0d\u3002\uff61"
# Besides, a question, an exclamation (Arabic's question mark is U+061F; Chinese and Japanese set
# theirs full-width) and an ellipsis.
SENTENCE_FINAL = FULL_STOPS + "!?\u2026\u061f\uff01\uff1f"
# Quotation marks and brackets that may close a sentence after its mark: German "“", French "»",
# Japanese "」" and "』".
CLOSING_MARKS = "\"'\u201c\u201d\u2019\u00bb\u300d\u300f)]"
# What speech ends with where the narrator's tag may follow in its sentence: a question, an
# exclamation or an ellipsis (typed or one character), perhaps closed by quotes. A full stop ends
# the sentence, which Spanish sets after the tag ("—Nos vamos —dijo.").
SPEECH_ENDS_BEFORE_A_TAG = re.compile(rf"(?:[?!\u2026]|\.\.\.)[{re.escape(CLOSING_MARKS)}]*\Z")
# A dialogue dash and the first letter after it (group 1): in lower case, the narrator's tag after
# speech, which goes on with the sentence in Spanish, Portuguese and French ("—¿Cuándo llega el
# agua? —le preguntamos al alcalde.").
DIALOGUE_TAG = re.compile(rf"[{DIALOGUE_DASHES}]\s?({LETTER})")
# Thai, Lao and Khmer end a sentence with a space, not a mark.
UNMARKED_SCRIPT = re.compile("[\u0e00-\u0eff\u1780-\u17ff]")
# Hindi portals often type the danda as a pipe, spaced or glued ("... हुई है |", "हुई है|"): a
# "|" after a Devanagari letter, mark or digit (perhaps one space between) and before a space or
# the line's end ends a clause, as "\u0964" does. Not a pipe between words of Latin script ("Home |
# World"), nor one in a table's row, which opens with its pipe (see with_dandas).
DEVANAGARI_CHARACTER = "[\u0900-\u0963\u0966-\u097f]"
DANDA_AS_PIPE = re.compile(
    rf"(?:(?<={DEVANAGARI_CHARACTER})|(?<={DEVANAGARI_CHARACTER} ))\|(?=\s|$)"
)
DANDA = "\u0964"
# A space before a danda or double danda, which some Hindi copy types and some does not: "है ।"
# and "है।" end one sentence alike.
SPACE_BEFORE_DANDA = re.compile(" (?=[\u0964\u0965])")
# What ends a sentence: its mark, perhaps closed by quotes or brackets, before a space or the end
# (a figure's point, "95.5", ends none).
SENTENCE_END = re.compile(rf"[{re.escape(SENTENCE_FINAL)}][{re.escape(CLOSING_MARKS)}]*(?:\s|$)")
# Speech-to-text writes no sentence punctuation: a stretch of more words than this that ends no
# sentence is read as such a transcript (a news sentence this long ends with a mark). Taken whole,
# or a caption line at a time, it would align with no article's sentence; it is cut into pieces.
MAX_UNPUNCTUATED_WORDS = 60
# Speech-to-text writes no clause's mark either, where a written paragraph that leaves out its
# full stops, as Urdu news copy may, still has its commas (Arabic script's "\u060c" too), colons
# and brackets.
CLAUSE_MARK = re.compile("[,;:()\u060c\u061b\uff0c\uff1a\uff1b\u3001]")
# A piece of an unpunctuated stretch holds at most this many words, about a news sentence's
# length. Of 60 BASIL articles read out as speech-to-text writes them (lower case, no marks),
# pieces of 18 to 30 words align about half their words with the article (20: 0.51); pieces of
# 15 words 0.45, of 10 words 0.29, as short pieces straddle sentences and align with none.
UNPUNCTUATED_PIECE_WORDS = 20
# A word of a stretch, as the pieces are cut between them.
SPACED_WORD = re.compile(r"\S+")
# Over-long "sentences" (tables, lists without punctuation) are cut so that matching stays bounded.
MAX_SENTENCE_CHARS = 2000
# Latin letters that no decomposition takes a mark from, as English copy spells them when it
# drops the mark ("Ødegård" is "Odegaard", "Strauß" "Strauss", "Łukasz" "Lukasz").
SPELT_WITHOUT_MARKS = str.maketrans(
    {"ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ð": "d", "ł": "l", "þ": "th", "\u0131": "i"}
)
# The marks a Latin letter may carry (accents, háček, cedilla, ring, umlaut): dropped from a
# Latin letter only, since in other scripts a mark makes another letter (Russian "й", "и").
LATIN_LETTER_MARKS = re.compile("(?<=[a-z])[\u0300-\u036f]+")
# German and Nordic copy writes "ü", "ö", "ä" and "å" as "ue", "oe", "ae" and "aa" when it drops
# the mark, English copy as "u", "o", "a": a name with such a letter has both spellings (see
# :func:`name_spellings`), a name without one only its own ("Joey" is not "Joy").
SPELT_OUT_MARKED = str.maketrans({"ü": "ue", "ö": "oe", "ä": "ae", "å": "aa"})
# A name or figure is compared in one spelling of Arabic script's letters (compare.arabic) and
# with every script's decimal digits as ASCII's: Urdu "۳۱۲", Hindi "३१२" and "312" are one
# figure, and "۲۰۲۶" a year, which a story's terms leave out of its telling figures.
ONE_NAME_SPELLING = str.maketrans({**READ_AS, **ASCII_DIGITS})


def normalise(text: str) -> str:
    """Typography made plain (quotes, dashes, spaces), with exactly the same length.

    >>> normalise("\u201cNATO\u2019s war\u201d \u2014 he said")
    '"NATO\\'s war" - he said'
    """
    return TYPOGRAPHIC.sub(lambda found: TYPOGRAPHY[found.group()], text)


def with_dandas(text: str) -> str:
    r"""``text`` with each danda typed as a pipe (``DANDA_AS_PIPE``) made a danda, one character
    for one, so every offset stays where it was; a line that opens with a pipe is a table's row
    and is kept as written.

    >>> with_dandas("नतीजे घोषित हुए | मतगणना जारी है|")
    'नतीजे घोषित हुए । मतगणना जारी है।'
    >>> with_dandas("| दल | सीटें |\nHome | World")
    '| दल | सीटें |\nHome | World'
    """
    if "|" not in text:
        return text
    return "\n".join(
        line if line.lstrip().startswith("|") else DANDA_AS_PIPE.sub(DANDA, line)
        for line in text.split("\n")
    )


@lru_cache(maxsize=1 << 16)
def fold_name(text: str) -> str:
    """A name as two articles are compared by: case-folded, its Latin letters without their
    marks, "ü", "ö", "ä" and "å" spelt out ("ue", "oe", "ae", "aa"), "ß" as "ss". It only folds,
    never matches spellings alike: "Kovač" is "Kovac" but not "Kovacs", "Müller" "Mueller"
    (its other spelling, "Muller", see :func:`name_spellings`), and a name without marks stays
    as written ("Joey" is not "Joy"). Not for offsets: the length may change.

    >>> [fold_name(name) for name in ("Kovač", "Müller", "Mueller", "Ødegård", "Odegaard")]
    ['kovac', 'mueller', 'mueller', 'odegaard', 'odegaard']
    >>> fold_name("Strauß"), fold_name("Łukasz"), fold_name("Андрей"), fold_name("Joey")
    ('strauss', 'lukasz', 'андрей', 'joey')
    >>> fold_name("۳۱۲") == fold_name("३१२") == "312", fold_name("كراچي") == fold_name("کراچی")
    (True, True)
    """
    folded = text.casefold()
    if folded.isascii():
        return folded
    return _without_marks(folded.translate(SPELT_OUT_MARKED).translate(ONE_NAME_SPELLING))


@lru_cache(maxsize=1 << 16)
def name_spellings(text: str) -> frozenset[str]:
    """The spellings a name is written in without its marks: its folded form
    (:func:`fold_name`) and, for "ü", "ö", "ä" or "å", the form English copy writes without
    the mark ("Muller" of "Müller"). Two names are one where their spellings meet; plain
    names never meet another plain name but their own.

    >>> sorted(name_spellings("Müller")), sorted(name_spellings("Ødegård")), name_spellings("Joey")
    (['mueller', 'muller'], ['odegaard', 'odegard'], frozenset({'joey'}))
    """
    folded = text.casefold()
    if folded.isascii():
        return frozenset({folded})
    return frozenset({fold_name(text), _without_marks(folded)})


def same_name(name: str, other: str) -> bool:
    """Whether two names are one but for their marks or the marks spelt out.

    >>> same_name("Müller", "Muller"), same_name("Müller", "Mueller"), same_name("Mueller", "Muller")
    (True, True, False)
    """
    return not name_spellings(name).isdisjoint(name_spellings(other))


def _without_marks(folded: str) -> str:
    """A case-folded text's Latin letters without their marks (see ``SPELT_WITHOUT_MARKS``)."""
    folded = unicodedata.normalize("NFD", folded.translate(SPELT_WITHOUT_MARKS))
    return unicodedata.normalize("NFC", LATIN_LETTER_MARKS.sub("", folded))


def may_quote(text: str) -> bool:
    """Whether a text may hold a quotation (see ``DOUBLE_QUOTES``), or opens with a dialogue
    dash (see ``DIALOGUE_DASHES``): most sentences hold none, and need no look for one."""
    return (
        DOUBLE_QUOTES.search(text) is not None
        or DIALOGUE_DASH.match(text) is not None
        or (
            any(mark in text for mark in SINGLE_QUOTES)
            and QUOTING_SINGLE_QUOTE.search(text) is not None
        )
    )


def quotation_spans(text: str) -> list[tuple[int, int]]:
    """Where a sentence quotes, as offsets into ``text``, in order and apart: its quotations, and
    what a quotation that another sentence opens or closes covers of it.

    Double quotes are paired by the way they face: curly quotes and guillemets as printed (in
    left-to-right text), each quotation closed by a mark its opening one closes with (see
    ``CLOSING_QUOTES``: German \u201e...\u201c, English \u201c...\u201d), a quotation inside
    another part of it, and a straight quote by what stands beside it (a space before it opens, one
    after it closes), so that "hide," Sheridan said, calling it "a witch hunt" quotes twice; a
    straight quote after a digit is an inch ("a 55" screen"), unless it closes a quotation
    (the film "X2"), and a double prime is one. A typewriter's pair (see ``TYPEWRITER_QUOTE``)
    is a double quote, its backticks facing as printed and its apostrophes as a straight quote,
    but opening only before a word; three backticks or more are Markdown's code, no quote.
    Single quotes are British quotations (see ``SINGLE_QUOTATION``); a lone one that closes
    after a comma or stop ("...families,' she said"), outside a double quotation, quotes what
    goes before it, and a lone one that opens the sentence or follows a colon ("He said: 'We
    will not back down.") quotes what comes after it. A dialogue dash that opens the sentence
    quotes the speech after it (see :func:`_dialogue_quotation`), marks inside it included.

    >>> quotation_spans('"We will cooperate fully.'), quotation_spans('Nothing to hide," he said.')
    ([(0, 25)], [(0, 17)])
    >>> quotation_spans('"Nothing to hide," he said of "a witch hunt".')
    [(0, 18), (30, 44)]
    >>> quotation_spans("He shouted ``God is great'' three times; it was ''a threat,'' she said.")
    [(11, 27), (48, 61)]
    >>> quotation_spans("She said: \u201cHe told me, \u2019You won.\u2019 And we did.\u201d")
    [(10, 46)]
    >>> quotation_spans("\u201eWir bleiben\u201c, sagte sie, \u201eund helfen.\u201c")
    [(0, 13), (26, 39)]
    >>> quotation_spans("\u2014Hemos pasado miedo \u2014relat\u00f3 una vecina.")
    [(0, 19)]
    """
    plain = normalise(text)
    spans = _double_quotations(text, plain)
    singles = [
        found.span()
        for found in SINGLE_QUOTATION.finditer(plain)
        if not inside(found.start(), spans)
    ]
    quotations = sorted(spans + singles + _lone_single_quotation(plain, spans, singles))
    return _apart(_dialogue_quotation(text) + quotations)


def _apart(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans``, in order, without those that open inside an earlier one: a quotation that
    opens inside another, or inside speech, is part of it ("He said: 'Officials called the
    deal "historic.", where a single quotation and a double one both run to the end).

    >>> _apart([(0, 4), (2, 4), (5, 7)])
    [(0, 4), (5, 7)]
    """
    kept: list[tuple[int, int]] = []
    for span in spans:
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


def _dialogue_quotation(text: str) -> list[tuple[int, int]]:
    """The speech that a dialogue dash opening ``text`` quotes, as Spanish and French copy print
    it: up to the next dash, where the narrator takes over ("\u2014Hemos pasado mucho miedo
    \u2014relat\u00f3 una vecina."), and on after the dash that closes the narrator's aside, to
    the next dash or the sentence's end ("\u2014Actuamos con apego a la ley \u2014a\u00f1adi\u00f3
    Gait\u00e1n\u2014, pero las im\u00e1genes muestran otra cosa."), or to the comma before the narrator's incise (see
    :func:`_incise`: "\u2014 Nous n'avons rien vu, a dit un t\u00e9moin."), or to the sentence's
    end ("\u2014 Nous n'avons rien vu, personne ne nous a pr\u00e9venus."). Speech opens as a
    sentence does, not in lower case: "\u2014pregunt\u00f3 un vecino.", opening a paragraph
    after a question the one before asked, is the narrator's (after one in its own line, it goes
    on with the question's sentence: see :func:`_goes_on`); and with no dash after it, it ends as
    one does: a credit after a dash ("\u2014 With files from Reuters") quotes no one; nor does an
    English list's bullet. A dash inside a sentence ("The plan \u2014 approved Monday \u2014 was") opens
    an aside, no speech.

    >>> _dialogue_quotation("\u2014 Nous n'avons rien vu."), _dialogue_quotation("\u2014 AP")
    ([(0, 23)], [])
    >>> _dialogue_quotation("\u2014 No vimos nada, dijo un testigo.")
    [(0, 15)]
    >>> _dialogue_quotation("\u2014Nada \u2014dijo\u2014, nada de nada.")
    [(0, 5), (14, 27)]
    """
    # English prints no speech so: a dash opening an English line is a list's bullet ("\u2014 A
    # tax credit for families.").
    if not DIALOGUE_DASH.match(text) or in_english(text):
        return []
    opening = FIRST_LETTER_OR_DIGIT.search(text)
    if not opening or opening.group().islower():
        return []
    if narrator := DIALOGUE_DASH.search(text, 1):
        return [(0, len(text[: narrator.start()].rstrip())), *_speech_resumed(text, narrator.end())]
    if text[-1] not in SPEECH_ENDS:
        return []
    return [(0, _incise(text) or len(text))]


def _speech_resumed(text: str, aside: int) -> list[tuple[int, int]]:
    """The speech that goes on after the narrator's aside opening at ``aside`` of ``text``, past
    the dash that closes the aside and the comma or stop after it, up to the next dash or the
    sentence's end; none where no dash closes the aside or nothing but a stop follows it
    ("\u2014relat\u00f3 entre l\u00e1grimas\u2014.")."""
    closing = DIALOGUE_DASH.search(text, aside)
    resumed = FIRST_LETTER_OR_DIGIT.search(text, closing.end()) if closing else None
    if not resumed:
        return []
    narrator = DIALOGUE_DASH.search(text, resumed.start())
    return [(resumed.start(), len(text[: narrator.start()].rstrip()) if narrator else len(text))]


def _incise(text: str) -> int | None:
    """Where the narrator's incise after speech opens, at the comma before it (``None`` if there
    is none): words in lower case that hold, among their first few, a verb of saying
    (``dialogue_tag_verbs``: "a dit un t\u00e9moin", "dijo un testigo", "ha detto il sindaco") or a
    French verb before its subject ("a-t-il dit", "estime-t-elle").

    >>> _incise("\u2014 Rien, m'a dit un voisin."), _incise("\u2014 Rien, personne ne nous a pr\u00e9venus.")
    (6, None)
    """
    tag_verbs = lexicon().dialogue_tag_verbs
    comma = text.find(",")
    while comma != -1:
        first_words = [
            without_edge_marks(word)
            for word in text[comma + 1 :].split(maxsplit=INCISE_VERB_REACH)[:INCISE_VERB_REACH]
        ]
        if (
            first_words
            and first_words[0][:1].islower()
            and any(word in tag_verbs or FRENCH_INVERSION.fullmatch(word) for word in first_words)
        ):
            return comma
        comma = text.find(",", comma + 1)
    return None


def in_english(text: str) -> bool:
    """Whether ``text`` reads as English (see :func:`words_language`).

    >>> in_english("A tax credit for families."), in_english("Nous n'avons rien vu, a dit un témoin.")
    (True, False)
    """
    return words_language(text) == "en"


def words_language(text: str) -> str | None:
    """The language of :data:`LANGUAGE_WORDS` whose commonest words make
    ``MIN_LANGUAGE_SHARE`` of the words of ``text`` (its first ``LANGUAGE_SAMPLE_CHARS``) and
    ``MIN_LANGUAGE_LEAD`` times as many as any other language's; ``None`` when no language
    does, as in a text too short to tell.

    >>> words_language("Die Polizei schließt Brandstiftung nicht aus.")
    'de'
    >>> words_language("«Le dijimos que se fuera de Culiacán», contó su hermano Ramiro.")
    >>> words_language("Según vecinos, los atacantes huyeron en una motocicleta.")
    'es'
    """
    return _sample_language(text[:LANGUAGE_SAMPLE_CHARS])


# Asked of a sentence's words as often as of a whole article's: a feed's stock lines repeat. Kept
# by the sample alone, so that the cache holds no whole articles.
@lru_cache(maxsize=1 << 12)
def _sample_language(sample_text: str) -> str | None:
    """:func:`words_language` of a text's first ``LANGUAGE_SAMPLE_CHARS``; else, when no
    language leads, of its words outside quotations: a Spanish report of an English speaker's
    words quotes them in English («We are committed to ...», dijo Whitfield)."""
    return _words_language(sample_text) or _words_language(QUOTED_WORDS.sub(" ", sample_text))


def _words_language(sample_text: str) -> str | None:
    """:func:`words_language` of all of a sample's words."""
    sample = LETTER_WORDS.findall(sample_text.casefold())
    counts = sorted(
        ((sum(word in words for word in sample), code) for code, words in LANGUAGE_WORDS.items()),
        reverse=True,
    )
    (most, code), (next_most, _) = counts[0], counts[1]
    if most and most >= MIN_LANGUAGE_SHARE * len(sample) and most >= MIN_LANGUAGE_LEAD * next_most:
        return code
    return None


# A report asks it of each document of each pair it writes out.
@lru_cache(maxsize=1 << 10)
def language(text: str) -> str | None:
    """The language ``text`` reads as: the one of :data:`LANGUAGE_WORDS` whose commonest words
    it clearly holds most of (see :func:`words_language`), for a text in another script than
    Latin one written in it (:data:`SCRIPT_LANGUAGES`: Urdu); else, for such a text, the script
    ("ARABIC"), which may be several languages', a Cyrillic one's as its letters tell
    (:func:`cyrillic_language`); ``None`` when nothing tells.

    >>> language("A ferry capsized off the coast of Portugal on Saturday, the navy said.")
    'en'
    >>> language("Um ferry virou-se ao largo da costa, e não há sobreviventes.")
    'pt'
    >>> language("Паром затонул в шторм."), language("Ferry, 14 dead")
    ('ru', None)
    >>> language("پولیس نے بتایا کہ مظاہرین نے سڑک بند کر دی۔"), language("قالت الشرطة إن المحتجين أغلقوا الطريق.")
    ('ur', 'ar')
    >>> language("زنان در خیابان جمع شدند.")
    'ARABIC'
    """
    sample = text[:LANGUAGE_SAMPLE_CHARS]
    scripts = Counter(
        unicodedata.name(character, "").partition(" ")[0]
        for character in sample
        if character.isalpha()
    )
    if not scripts:
        return None
    script = scripts.most_common(1)[0][0]
    if script == "LATIN":
        return words_language(sample)
    told = words_language(sample)
    if told in SCRIPT_LANGUAGES.get(script, ()):
        return told
    return cyrillic_language(sample) if script == "CYRILLIC" else script


def cyrillic_language(text: str) -> str:
    """The language a text in Cyrillic is in by its letters: Belarusian ("be") where it writes
    "ў" and more "і" than "и"; Ukrainian ("uk") where it writes more of "і", "ї", "є" and "ґ"
    than of "ы" and "э" (a Russian report quoting "Київ" stays Russian); else Russian ("ru"),
    but for a text of another Cyrillic language's letters (:data:`OTHER_CYRILLIC`), known by
    its script alone ("CYRILLIC"). A Ukrainian copy of a Russian wire is thus in another
    language, as the tester's Ukrainian and Belarusian articles were (acceptance round 38, b10).

    >>> [cyrillic_language(t) for t in ("Паром затонул.", "Пором затонув і люди врятовані.")]
    ['ru', 'uk']
    >>> cyrillic_language("Паром затануў, і людзі выратаваныя."), cyrillic_language("Қала әкімі айтты.")
    ('be', 'CYRILLIC')
    """
    letters = Counter(text.casefold())
    if letters[BELARUSIAN_LETTER] and letters["і"] > letters["и"]:
        return "be"
    cyrillic = sum(n for letter, n in letters.items() if "\u0400" <= letter <= "\u04ff")
    if len(OTHER_CYRILLIC.findall(text.casefold())) > MIN_OTHER_CYRILLIC_SHARE * cyrillic:
        return "CYRILLIC"
    ukrainian = sum(letters[letter] for letter in UKRAINIAN_LETTERS)
    return "uk" if ukrainian > sum(letters[letter] for letter in RUSSIAN_LETTERS) else "ru"


def language_of(document: Document) -> str | None:
    """The language of an article: the one it states (``Document.language``), else the one its
    text reads as (see :func:`language`).

    >>> language_of(Document("n", "Noroeste", "Ferry, 14 dead", language="es"))
    'es'
    """
    return document.language or language(document.text)


def languages_differ(first: str | None, second: str | None) -> bool:
    """Whether two texts whose :func:`language` is ``first`` and ``second`` are each in a
    language, or script, known, and not in the same one: a pair nothing translates, which shares
    few words and whose framing words are two languages' (Spanish "informó", Portuguese
    "informou"). A script is no language: a text known only by its script may be in any language
    written in it (:data:`SCRIPT_LANGUAGES`), so it differs from none of them.

    >>> languages_differ("es", "pt"), languages_differ("es", "es"), languages_differ("es", None)
    (True, False, False)
    >>> languages_differ("ARABIC", "ur"), languages_differ("ARABIC", "en"), languages_differ("ur", "ar")
    (False, True, True)
    """
    if first is None or second is None or first == second:
        return False
    return second not in SCRIPT_LANGUAGES.get(first, ()) and first not in SCRIPT_LANGUAGES.get(
        second, ()
    )


def _lone_single_quotation(
    plain: str, spans: list[tuple[int, int]], singles: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The part of a normalised sentence that a lone single quote, outside the double quotations
    at ``spans`` and before the single quotations at ``singles``, quotes: what goes before one
    that closes ("...families,' she said, calling it 'a witch hunt'"), or, in a sentence with
    no single quotation, what comes after one that opens, with no other single quote after it
    ("'We will not back down.").

    >>> _lone_single_quotation("We owe it,' she said of 'a witch hunt'.", [], [(24, 38)])
    [(0, 11)]
    """
    first_single = singles[0][0] if singles else len(plain)
    closing = LONE_CLOSING_SINGLE.search(plain, 0, first_single)
    if closing:
        return [] if inside(closing.start(), spans) else [(0, closing.start() + 2)]
    if singles:
        return []
    opening = LONE_OPENING_SINGLE.search(plain)
    if not opening or inside(opening.end(), spans) or not plain[opening.end()].isupper():
        return []
    if QUOTING_SINGLE.search(plain, opening.end()):
        return []
    return [(opening.end() - 1, len(plain))]


def inside(at: int, spans: Iterable[tuple[int, int]]) -> bool:
    """Whether an offset falls inside one of ``spans`` (quotations, months), each ``(start, end)``.

    >>> inside(3, [(0, 2), (3, 5)]), inside(5, [(3, 5)])
    (True, False)
    """
    return any(begin <= at < end for begin, end in spans)


def _double_quotations(text: str, plain: str) -> list[tuple[int, int]]:
    """The spans of ``text``'s double quotations (see :func:`quotation_spans`): a quotation
    nested in another is part of it, and ends at the mark that its own opening mark closes
    with, so that the outer one goes on past it."""
    spans: list[tuple[int, int]] = []
    # The quotations open at a mark, outermost first: where each opened, and its mark.
    opened: list[tuple[int, str]] = []
    marks = text
    if RIGHT_TO_LEFT.search(plain):
        # Right-to-left writers type quotes by how they look: curly ones face the other way in
        # the text's order (Urdu "کہ ”جان کے بدلے جان“ کے"), straight ones stand apart from
        # either side ('فلم" بینگ بینگ" ریلیز'). Marks that pair are read in order; the rest as
        # straight quotes.
        placed = [found.start() for found in DOUBLE_QUOTE.finditer(plain)]
        if len(placed) % 2 == 0:
            return [(begin, end + 1) for begin, end in zip(placed[::2], placed[1::2], strict=True)]
        marks = plain
    for found in DOUBLE_QUOTATION_MARK.finditer(plain):
        at, after = found.span()
        printed = marks[at]
        before = plain[at - 1] if at else " "
        # A typewriter's pair of apostrophes faces neither way either: some conversions print
        # ''this'' for ``this''.
        pair = found.group() == TYPEWRITER_QUOTE
        # An inch or a second: a double prime (U+2033), which quotes nothing, or a straight quote
        # typed for one after a digit ("a 55" screen"), but for one that closes a quotation
        # ending in a number ("X2", "from zero to 30").
        straight = printed in STRAIGHT_QUOTES or (pair and printed not in OPENING_QUOTES)
        if printed == "\u2033" or (straight and before.isdigit() and not opened):
            continue
        # Three backticks or more fence code in Markdown ("```code```"): a typewriter typed two.
        if printed == "`" and "`" in (text[at - 1 : at] + text[after : after + 1]):
            continue
        mark = '"' if straight else printed
        if straight:
            # A straight quote opens after a space, or glued to the word after it when no
            # quotation is open (Urdu is often typed so: 'فلم"بینگ بینگ"کے'); a pair only before
            # a word, as it closes after a single quote ("asphyxiating,' '' said Sam").
            opens = (
                before.isspace()
                or before in "(["
                or (not opened and plain[after : after + 1].isalnum())
            ) and not (pair and not plain[after : after + 1].strip())
        else:
            innermost = opened[-1][1] if opened else None
            # A quotation may open with one inside it, a single quote after the double one (a
            # name quoted at the start of a statement): what the mark faces is the word after both.
            facing = plain[after : after + 3].lstrip("'")[:1]
            opens = _curly_quote_opens(mark, before, facing, innermost)
        if opens:
            opened.append((at, mark))
        elif opened:
            # A closing mark that no open quotation's opening mark closes with (a straight
            # quote after a curly one) closes them all.
            closed = [
                depth
                for depth, (_, mark_opened) in enumerate(opened)
                if mark in CLOSING_QUOTES[mark_opened]
            ]
            start = opened[0][0]
            del opened[closed[-1] if closed else 0 :]
            if not opened:
                spans.append((start, after))
        elif not spans:
            # A quotation another sentence opened ends here.
            spans.append((0, after))
    if opened:
        spans.append((opened[0][0], len(plain)))
    return spans


def _curly_quote_opens(mark: str, before: str, next_character: str, innermost: str | None) -> bool:
    """Whether a curly quote or guillemet ``mark`` opens a quotation, by the way it faces
    between the character ``before`` it and the one after it: toward the word after it, from a
    space, it opens (\u201cWe, \u201dVi, \u00bbWir); toward the word before it (ernst\u201c,
    we did.\u201d) it closes, as a German \u201c that ends a quotation another sentence opened
    does; else as printed, unless the ``innermost`` quotation open closes with it (\u201c after
    \u201e).

    >>> _curly_quote_opens("\u201c", " ", "W", None), _curly_quote_opens("\u201c", "t", ",", None)
    (True, False)
    >>> _curly_quote_opens("\u201c", " ", " ", "\u201e"), _curly_quote_opens("\u00ab", " ", " ", None)
    (False, True)
    """
    spaced_before = before.isspace() or before in "(["
    if spaced_before and next_character.isalnum():
        return True
    if not spaced_before and not next_character.isalnum():
        return False
    closes = innermost is not None and mark in CLOSING_QUOTES[innermost]
    return mark in OPENING_QUOTES and not closes


def article_quotations(text: str, sentences: Sequence[Sentence]) -> list[tuple[int, int]]:
    """Where an article quotes, as offsets into its ``text``, read sentence by sentence in order
    (see :func:`quotation_spans`); a quotation that one sentence leaves open and a later one
    closes is one, cut at its paragraphs' breaks.

    The sentences between carry no mark, as a quotation's middle sentences are printed; they are
    quoted only when a later sentence, at most ``MIDDLE_SENTENCES`` on, closes the quotation,
    or the next paragraph opens with a mark (as each paragraph of a quotation may): a stray mark
    that nothing closes quotes only the rest of its own sentence. A paragraph that opens with
    no mark carries the quotation on, as a statement quoted over two paragraphs is often
    printed, when one of its sentences closes it.

    >>> from compare.records import Document
    >>> text = 'He said: "We will not back down. We waited.\\n"No longer." A stray " mark. Ends.'
    >>> article_quotations(text, segment(Document("d", "d", text)))
    [(9, 43), (44, 56), (65, 72)]
    >>> text = '"We will not back down. We waited.\\n\\nThe fight goes on," she said. Talks resume.'
    >>> article_quotations(text, segment(Document("d", "d", text)))
    [(0, 34), (36, 55)]
    >>> stray = text.replace(",\\"", ".")
    >>> article_quotations(stray, segment(Document("d", "d", stray)))
    [(0, 23)]
    """
    spans: list[tuple[int, int]] = []
    # While a quotation is open: the sentences after the one that opened it, the end of the
    # last of them that holds no mark, and the breaks between the paragraphs it ran through.
    carried: int | None = None
    middle_end = previous_end = 0
    breaks: list[tuple[int, int]] = []
    for s in sentences:
        found = quotation_spans(s.text) if may_quote(s.text) else []
        if carried is not None:
            opens = normalise(s.text[0]) in QUOTE_MARKS
            closes = bool(found) and found[0][0] == 0 and not opens
            if "\n" in text[previous_end : s.start]:
                if found and (opens or closes):
                    spans[-1:] = _through(spans[-1][0], middle_end, breaks)
                    carried = None
                elif found or carried == MIDDLE_SENTENCES:
                    carried = None
                else:
                    breaks.append((previous_end, s.start))
                    carried += 1
                    middle_end = previous_end = s.end
                    continue
            elif closes:
                spans[-1:] = _through(spans[-1][0], s.start + found[0][1], breaks)
                found = found[1:]
                carried = None
            elif found or carried == MIDDLE_SENTENCES:
                carried = None
            else:
                carried += 1
                middle_end = previous_end = s.end
                continue
        spans += [(s.start + begin, s.start + end) for begin, end in found]
        if found and _runs_open(s.text, found[-1]):
            carried, middle_end, breaks = 0, s.end, []
        previous_end = s.end
    return spans


def _through(begin: int, end: int, breaks: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """A quotation from ``begin`` to ``end`` cut at the paragraph ``breaks`` it runs through,
    each a piece of its own, as the quotations a paragraph opens and closes are."""
    pieces = []
    for break_start, break_end in breaks:
        pieces.append((begin, break_start))
        begin = break_end
    return [*pieces, (begin, end)]


def _runs_open(text: str, span: tuple[int, int]) -> bool:
    """Whether a quotation at ``span`` runs on past the end of ``text``, no mark closing it (or
    only its opening mark ends the text, where a sentence was cut after it); speech that a
    dialogue dash opens, or that goes on after the dash closing the narrator's aside, ends with
    its sentence."""
    begin, end = span
    return (
        end == len(text)
        and text[begin] not in DIALOGUE_DASHES
        and not (
            text[begin].isalnum()
            and text[:begin].rstrip(SPEECH_RESUMES_AFTER)[-1:] in DIALOGUE_DASHES
        )
        and (end - begin == 1 or normalise(text[-1]) not in QUOTE_MARKS)
    )


def sentence_quotations(
    text: str, sentences: Sequence[Sentence]
) -> tuple[tuple[tuple[int, int], ...], ...]:
    """Where each of an article's sentences quotes, as offsets into the sentence's own text:
    :func:`article_quotations` cut at the sentences' bounds, so that the middle sentences of a
    quotation, printed without marks, are quoted whole.

    >>> from compare.records import Document
    >>> text = '\u201cWe will not back down. We waited. No longer," she said. It ended.'
    >>> sentence_quotations(text, segment(Document("d", "d", text)))
    (((0, 23),), ((0, 10),), ((0, 11),), ())
    """
    return by_sentence(article_quotations(text, sentences), sentences)


def by_sentence(
    spans: Sequence[tuple[int, int]], sentences: Sequence[Sentence]
) -> tuple[tuple[tuple[int, int], ...], ...]:
    """An article's quotations at ``spans`` (see :func:`article_quotations`) cut at its
    ``sentences``' bounds, as offsets into each sentence's own text."""
    cut: list[tuple[tuple[int, int], ...]] = []
    # Both in order, and the spans apart: each sentence resumes where the last one left off.
    first = 0
    for s in sentences:
        while first < len(spans) and spans[first][1] <= s.start:
            first += 1
        own, following = [], first
        while following < len(spans) and spans[following][0] < s.end:
            begin, end = spans[following]
            own.append((max(begin, s.start) - s.start, min(end, s.end) - s.start))
            following += 1
        cut.append(tuple(own))
    return tuple(cut)


def outside_quotations(text: str, spans: Iterable[tuple[int, int]]) -> list[str]:
    """The stretches of a sentence outside its quotations at ``spans`` (from
    :func:`quotation_spans` or :func:`sentence_quotations`), in order and apart.

    >>> text = 'Sheridan called it "a witch hunt" on Monday.'
    >>> outside_quotations(text, quotation_spans(text))
    ['Sheridan called it ', ' on Monday.']
    """
    parts, start = [], 0
    for begin, end in spans:
        parts.append(text[start:begin])
        start = end
    return [*parts, text[start:]]


def set_in_capitals(text: str) -> bool:
    """Whether most of a text's letters are capitals, as closed captions, old wire copy and a
    teletype archive set them: a capital there tells no name. The letters of a script without
    capitals count among those that are none: a Hindi headline that names the "STF" is not set
    in capitals.

    >>> set_in_capitals("STORM ELEANOR HIT PORT HALDEN."), set_in_capitals("NATO and EU met.")
    (True, False)
    >>> set_in_capitals("परीक्षा रद्द; STF ने नौ को गिरफ्तार किया")
    False
    """
    return 2 * sum(map(str.isupper, text)) > sum(map(str.isalpha, text))


def recased(text: str, names: tuple[str, ...]) -> str:
    """``text`` as mixed case writes it when it is set in capitals (:func:`set_in_capitals`):
    in lower case but for each sentence's first letter and ``names``, spelled as the texts in
    mixed case of its story write them (longest first); as written otherwise. Of the same
    length, so that offsets into ``text`` hold.

    >>> recased("THE NATIONAL WEATHER SERVICE SAID. IT WARNED PORT HALDEN.", ("National Weather Service",))
    'The National Weather Service said. It warned port halden.'
    """
    if not set_in_capitals(text):
        return text
    lowered = text.lower()
    if names:
        pattern, spelled = _names_pattern(names)
        lowered = pattern.sub(lambda found: spelled[found.group().lower()], lowered)
    written = SENTENCE_FIRST_LETTER.sub(lambda found: found.group().upper(), lowered)
    return written if len(written) == len(text) else text


@lru_cache(maxsize=64)
def _names_pattern(names: tuple[str, ...]) -> tuple[re.Pattern[str], dict[str, str]]:
    """A pattern that finds ``names`` in lower case, longest first, and each one's spelling."""
    spelled = {name.lower(): name for name in names}
    alternatives = "|".join(map(re.escape, sorted(spelled, key=lambda name: (-len(name), name))))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)"), spelled


def matching_key(text: str) -> str:
    """The form two sentences must share to count as verbatim copies.

    >>> matching_key("  NATO\u2019s   Reply ")
    "nato's reply"
    """
    return _key(normalise(text))


def words(text: str) -> tuple[str, ...]:
    """Case-folded words of any script; numbers keep their separators ("3.5", "1,000").

    >>> words("The U.S. sent $1,000 to Kyiv\u2019s army.")
    ('the', 'u.s', 'sent', '1,000', 'to', "kyiv's", 'army')
    """
    return _words(normalise(text))


def find_words(text: str) -> list[str]:
    """The words of ``text`` as written: runs of letters with their combining marks, or of
    digits, joined by inner apostrophes, periods, commas and hyphens; Chinese ones in
    Simplified (see :mod:`compare.chinese`).

    >>> find_words("Kyiv's 1,000 snake_case 5pm")
    ["Kyiv's", '1,000', 'snake', 'case', '5', 'pm']
    >>> find_words("ঢাকায় ভবন ধসে")
    ['ঢাকায়', 'ভবন', 'ধসে']
    >>> find_words("工会拒绝了加薪"), find_words("工會拒絕了加薪")
    (['工会', '拒绝', '了', '加薪'], ['工会', '拒绝', '了', '加薪'])
    >>> find_words("組合は賃上げを拒否した")
    ['組合', 'は', '賃上げ', 'を', '拒否', 'し', 'た']
    """
    # Most text is ASCII, which one call in C tells: it holds no mark, no Han and no kana.
    if text.isascii():
        return WORD_WITHOUT_MARKS.findall(text)
    found = (WORD if MAY_BE_A_MARK.search(text) else WORD_WITHOUT_MARKS).findall(text)
    # Most of the rest holds no Han or kana.
    if not (unspaced := UNSPACED.search(text)):
        return found
    # Kana come after the first Han character or kana, if anywhere.
    cut = _japanese_words if KANA.search(text, unspaced.start()) else _chinese_words
    return [part for word in found for part in cut(word)]


def without_edge_marks(word: str) -> str:
    """``word`` without the marks around it (``EDGE_MARKS``), but for a minus sign and a
    decimal point before digits, and a minus before a currency sign and digits: "-5C" and "5C"
    are two temperatures, ".5%" and "5%" two rates, "-$12" and "$12" two amounts, while "said-"
    is "said".

    >>> without_edge_marks('"(Reuters),'), without_edge_marks("said-"), without_edge_marks("(-5C)")
    ('Reuters', 'said', '-5C')
    >>> without_edge_marks("(.5%)"), without_edge_marks("-.5"), without_edge_marks("(-$12")
    ('.5%', '-.5', '-$12')
    """
    trimmed = word.strip(EDGE_MARKS)
    signed = _signs_an_amount(trimmed)
    if not (trimmed[:1].isdecimal() or signed):
        return trimmed
    start = len(word) - len(word.lstrip(EDGE_MARKS))
    kept = start
    # A decimal point, not an ellipsis ("...500"); a minus before a currency sign is the
    # amount's: "-$12" and "$12" are two.
    if not signed and word[kept - 1 : kept] == "." and word[kept - 2 : kept - 1] != ".":
        kept -= 1
    if word[kept - 1 : kept] == "-":
        kept -= 1
    return word[kept:start] + trimmed


def _signs_an_amount(word: str) -> bool:
    """Whether a word opens with a currency sign before digits: "$12", "\u20ac4.5bn"."""
    return unicodedata.category(word[:1] or " ") == "Sc" and word[1:2].isdecimal()


def word_length(word: str) -> int:
    """A word's length in letters, a Han character counting as two: a Chinese word of two
    characters says as much as an English word of four letters, and function words are short
    in both ("的", "of").

    >>> word_length("strike"), word_length("\u7f62\u5de5"), word_length("\u7684")
    (6, 4, 2)
    """
    return len(word) if word.isascii() else len(word) + len(HAN.findall(word))


def as_written(phrase: str) -> str:
    """A phrase of case-folded words as its language writes it: Chinese and Japanese words
    without spaces.

    >>> as_written("据 报道"), as_written("処理 水 の 放出"), as_written("could not be verified")
    ('据报道', '処理水の放出', 'could not be verified')
    """
    return UNSPACED_WORD_GAP.sub("", phrase) if not phrase.isascii() else phrase


def chinese_pieces(chunk: str) -> list[str]:
    """A chunk of text without spaces cut into its Chinese words and the marks between them,
    which join back into it; whole when it holds no Han character, or kana (Japanese).

    >>> chinese_pieces("工会表示罢工。")
    ['工会', '表示', '罢工', '。']
    """
    if not HAN.search(chunk) or KANA.search(chunk):
        return [chunk]
    # The words are cut in Simplified, one character for one: each is as long as written.
    pieces = []
    start = 0
    for word in words_of(chunk):
        pieces.append(chunk[start : start + len(word)])
        start += len(word)
    return pieces


def japanese_pieces(chunk: str) -> list[str]:
    """A chunk of Japanese text without spaces cut into its words and the marks between them,
    which join back into it; whole when it holds no Han character or kana.

    >>> japanese_pieces("東京電力は処理水の放出を再開した。")
    ['東京電力', 'は', '処理', '水', 'の', '放出', 'を', '再開', 'し', 'た', '。']
    """
    if not UNSPACED.search(chunk):
        return [chunk]
    pieces = _japanese_cut()(chunk)
    # MeCab reads spaces as breaks and keeps every other character; a chunk that would not join
    # back (none is known) is better whole than shown wrongly.
    return pieces if "".join(pieces) == chunk else [chunk]


def _chinese_words(word: str) -> list[str]:
    # Words in Simplified, as the word lists are written: "聲稱" is "声称".
    return _words_of_pieces(words_of(word)) if HAN.search(word) else [word]


def _japanese_words(word: str) -> list[str]:
    return _words_of_pieces(japanese_pieces(word))


def _words_of_pieces(pieces: list[str]) -> list[str]:
    # The cut keeps the hyphens and full stops that joined the run: they are no words.
    return pieces if len(pieces) == 1 else [piece for piece in pieces if piece.isalnum()]


@cache
def _japanese_cut() -> Callable[[str], list[str]]:
    """MeCab's cut by the IPA dictionary (fugashi, with the dictionary of the ipadic package),
    imported when first needed (about 10 ms, 40 ms from a cold disk), so a run without Japanese
    spends nothing on it.

    Chosen over SudachiPy and its core dictionary, which cut names and compounds better
    ("翔平" where IPADIC has "翔 平") but install 200 MB against 50 MB and cut a third as fast,
    with a dictionary that is released anew every few months (a new release may cut the same
    text otherwise; IPADIC has not changed since 2007); over Janome (the same dictionary in pure
    Python, 70 times slower); and over unidic-lite and TinySegmenter, which cut words apart
    ("任天 堂", "半 導体"); the figures are in docs/defaults.md ("How it decides", words)."""
    import fugashi
    import ipadic

    tagger = fugashi.GenericTagger(f"{ipadic.MECAB_ARGS} -Owakati")
    return lambda chunk: tagger.parse(chunk).split()


def is_number(word: str) -> bool:
    """Whether a word found by :func:`find_words` is a number: a count, a date, a score.

    >>> is_number("41"), is_number("1,000"), is_number("۲۰۱۴"), is_number("war")
    (True, True, True, False)
    """
    # Letters and digits never share a word, so the first character tells.
    return word[:1].isdecimal()


def segment(document: Document) -> tuple[Sentence, ...]:
    """Split a document into sentences whose offsets point into ``document.text``.

    >>> doc = Document("d", "d", "Gen. Smith left.\\nHe said no.")
    >>> [(s.start, s.end, s.text) for s in segment(doc)]
    [(0, 16, 'Gen. Smith left.'), (17, 28, 'He said no.')]
    """
    return sentences_at(document, sentence_spans(document.text))


def sentences_at(document: Document, spans: Iterable[tuple[int, int]]) -> tuple[Sentence, ...]:
    """The sentences of ``document`` at ``spans``, offsets into its text, numbered in order.

    >>> [s.tokens for s in sentences_at(Document("d", "d", "fire crews left"), [(0, 4), (5, 15)])]
    [('fire',), ('crews', 'left')]
    """
    sentences: list[Sentence] = []
    for start, end in spans:
        text = document.text[start:end]
        plain = normalise(text)
        sentences.append(
            Sentence(
                doc=document.id,
                index=len(sentences),
                start=start,
                end=end,
                text=text,
                key=_key(plain),
                tokens=_words(plain),
            )
        )
    return tuple(sentences)


def sentence_spans(text: str) -> Iterator[tuple[int, int]]:
    """The offsets of the sentences :func:`segment` splits a text into, without their words.

    >>> text = "Talks ended. Reuters contributed to this report."
    >>> [text[start:end] for start, end in sentence_spans(text)]
    ['Talks ended.', 'Reuters contributed to this report.']
    """
    return _dateline_apart(text, _unpunctuated_apart(text, _spans(text)))


def sentences(text: str, doc: str = "text") -> tuple[Sentence, ...]:
    """A plain text's sentences, split as a comparison splits an article's (the segment stage),
    with their offsets into ``text`` as given: the result of ``compare_documents`` gives those
    of its documents' texts normalised (NFC, ``\\n`` ending each line), which ``text`` in NFC with
    ``\\n`` line ends is already.

    >>> [(s.index, s.start, s.text) for s in sentences("Gen. Smith left at 6 p.m. He said no.")]
    [(0, 0, 'Gen. Smith left at 6 p.m.'), (1, 26, 'He said no.')]
    """
    return segment(Document(doc, doc, text))


def as_sentence(text: str, doc: str = "text", index: int = 0) -> Sentence:
    """A text taken whole as one sentence, for comparing sentences given one by one.

    >>> as_sentence("NATO\u2019s reply.").tokens
    ("nato's", 'reply')
    """
    plain = normalise(text)
    return Sentence(doc, index, 0, len(text), text, _key(plain), _words(plain))


def _key(plain: str) -> str:
    # str.split and the regex \s agree on every whitespace character; split is five times faster.
    key = " ".join(plain.split()).casefold()
    # Most text is ASCII, which one call in C tells: it holds no letter written two ways.
    if key.isascii():
        return key
    # A danda typed as a pipe, or set apart by a space, ends the sentence a danda does.
    key = SPACE_BEFORE_DANDA.sub("", with_dandas(key))
    # A Traditional copy of a Simplified text is a copy.
    return in_simplified(key.translate(ONE_SPELLING))


def _words(plain: str) -> tuple[str, ...]:
    folded = plain.casefold()
    if not folded.isascii():
        folded = in_one_spelling(folded)
    # Interned: a run holds millions of words but only a vocabulary of distinct ones.
    return tuple(map(sys.intern, find_words(folded)))


def _spans(text: str) -> Iterator[tuple[int, int]]:
    line_start = 0
    lines = text.split("\n")
    # A live blog's entry stamp ("9:45 a.m. \u2014", "UPDATE 08:40") is no sentence: it tells
    # when the entry was posted, not what it reports, and two outlets' entries posted at other
    # times would be sentences apart or figures changed ("09:50" against "11:30"). A chronology's
    # time is a fact of its entry, and a copy that changes it changes the sentence.
    stamped = is_live_blog(lines)
    for line in lines:
        stamp = stamped and entry_stamp(line)
        for sentence_start, sentence_end in _line_spans(line[stamp:]):
            for start, end in _bounded(line, stamp + sentence_start, stamp + sentence_end):
                yield line_start + start, line_start + end
        line_start += len(line) + 1


def _line_spans(line: str) -> Iterator[tuple[int, int]]:
    """The sentences of ``line`` (see :func:`_pieces`), stripped, as offsets into it; each
    joined to the next where the sentence goes on past the full stop taken for its end (see
    :func:`_goes_on`)."""
    start = end = -1
    # sentencex ends a sentence at a full-width full stop, even inside a full-width "3.5%"; in
    # ASCII forms it is a decimal point again, and every offset stays where it was.
    line = with_dandas(FULL_WIDTH.sub(lambda found: ASCII_FORMS[found.group()], line))
    for piece_start, piece_end in _pieces(line):
        if start != -1 and _goes_on(line, end, piece_start):
            end = piece_end
            continue
        if start != -1:
            yield start, end
        start, end = piece_start, piece_end
    if start != -1:
        yield start, end


def _pieces(line: str) -> Iterator[tuple[int, int]]:
    """sentencex's sentences of ``line``, stripped, as offsets into it, each cut again after a
    word that sentencex took for an abbreviation (see :func:`_stops_after_words`)."""
    cursor = 0
    for piece in sentencex_segment("en", line):
        stripped = piece.strip()
        if not stripped:
            continue
        start = line.find(stripped, cursor)
        cursor = start + len(stripped)
        stops = _stops_after_words(line, start, cursor)
        if line.find(";", start, cursor) != -1:
            stops = sorted(
                [*stops, *GREEK_QUESTION.finditer(line, start, cursor)],
                key=lambda found: found.start(1),
            )
        for stop in stops:
            yield start, stop.end(1)
            start = stop.end()
        yield start, cursor


def _stops_after_words(line: str, start: int, end: int) -> list[re.Match[str]]:
    """The full stops inside the sentence ``line[start:end]`` that end a sentence sentencex
    went on past: after a word that it reads as an abbreviation but English writes as a word
    (``words_taken_for_abbreviations``: "voted no.", "fell ill.", "a near miss."), and after a
    time by the clock before a quotation ('at 6 p.m. "It was'), before a capital, outside
    quotations and brackets, which sentencex keeps whole.

    >>> line = 'It was a near miss. "We voted no. Then we left," he said.'
    >>> [found.group(1) for found in _stops_after_words(line, 0, len(line))]
    ['miss.']
    >>> line = 'The road reopened at 6 p.m. "It was a long night," one officer said.'
    >>> [found.group(1) for found in _stops_after_words(line, 0, len(line))]
    ['p.m.']
    """
    words = lexicon().words_taken_for_abbreviations
    stops = [
        found
        for found in STOP_AFTER_WORD.finditer(line, start, end)
        if found.group(1)[:-1] in words and found.group(2).isupper()
    ]
    stops += [
        found
        for found in CLOCK_BEFORE_QUOTE.finditer(line, start, end)
        if found.group(2).isupper() and not line[found.start() - 1 : found.start()].isalpha()
    ]
    stops.sort(key=lambda found: found.start(1))
    if not stops:
        return stops
    sentence = line[start:end]
    quoted = quotation_spans(sentence) if may_quote(sentence) else []
    return [
        found
        for found in stops
        if not inside(found.start(1) - start, quoted)
        and line.count("(", start, found.start()) <= line.count(")", start, found.start())
    ]


def _goes_on(line: str, end: int, next_start: int) -> bool:
    """Whether a sentence of ``line`` goes on past the full stop at ``end`` into the text at
    ``next_start``: after a numbered list's number that opens the line ("2. No change to the
    shift pattern."); after a day of the month before its month's name, as German writes a date
    ("am 3. Oktober 2024", not Spanish "puesto 2. Mar del Plata"); after an abbreviation that stands before a name, where sentencex misses it
    ("then-Gov. Walter Hickel", "Minneapolis-St. Paul") or reads "Ms." as the degree "MS", or a
    Russian, Spanish or French one ("ул. Баумана", "им. Горького", "Sra. López", "l'av. Foch"),
    a street's not before an English word that opens sentences ("5th Av. The building");
    inside a party and state ("D-N.Y."); after a Russian unit, year or list's end, or the Spanish
    "EE.UU.", before a word in lower case or a number ("8 тыс. рублей в месяц",
    "и т. д. и т. п.", "EE.UU. el lunes"), as after "p.m."; and after a time by the clock that
    its zone, weekday, month or place's time follows ("6 p.m. EDT", "2 a.m. Tuesday", "3 p.m.
    Arizona time"); before the narrator's tag after a question, exclamation or ellipsis
    ("—¿Cuándo llega el agua? —le preguntamos"); after an abbreviation that stands before a
    number, or a German street's name cut short, before its number ("env. 2 300", "vol. 3",
    "Arnulfstr. Nr. 3")."""
    if _narrator_tag_follows(line, end, next_start):
        return True
    if line[end - 1 : end] != ".":
        return False
    if LIST_NUMBER.fullmatch(line, 0, end):
        return True
    opening = line[next_start : next_start + 2]
    # No sentence opens in lower case ("approx. five", Turkish "etc." and ordinals, "the 15.
    # century", Greek "million" before "euros"), but for a brand's ("iPhone"); nor between the
    # digits of a decimal, in any script (Devanagari's or Arabic's "1.5").
    if opening[:1].islower() and not opening[1:].isupper():
        return True
    if next_start == end and opening[:1].isdecimal() and line[end - 2 : end - 1].isdecimal():
        return True
    before = line[max(0, end - WORD_REACH) : end]
    word = before.rsplit(maxsplit=1)[-1]
    # Initials of a script sentencex does not know (Cyrillic, Greek), before a name or the next
    # initial, spaced or not: "Г. П. Ведерников", "Г.П. Ведерников", "Ю.Б.Лемешко".
    initials = word.lstrip(OPENING_MARKS)
    # Most text is ASCII, which one call in C tells before the pattern is tried.
    if (
        not initials.isascii()
        and initials.isupper()
        and opening.istitle()
        and CAPITAL_INITIALS.fullmatch(initials)
    ):
        return True
    if _among_caseless_initials(line, initials, end, next_start):
        return True
    # English writes no day so, and a sentence ending in a count may be followed by one opening
    # with a month ("The toll rose to 12. March brought more rain.").
    if (
        DAY_OF_MONTH.fullmatch(word)
        and (month := WORD_AFTER_DAY.match(line, next_start))
        and not lexicon().ordinal_day_months.isdisjoint(
            {month.group().casefold(), month.group(1).casefold()}
        )
        and not in_english(line)
    ):
        return True
    # What stands after a hyphen or a French article cut short, without the full stop: "Gov" of
    # "then-Gov.", "N" of "D-N.", "av" of "l'av.".
    hyphen = word.rfind("-")
    abbreviation = word[hyphen + 1 : -1].lstrip(OPENING_MARKS)
    words = lexicon()
    abbreviation = words.elided(abbreviation) or abbreviation
    # Russian writes "т. д." and "т. п." with a space between their letters as often as without:
    # either way, the abbreviation is "т.д", "т.п", in lower case when it opens a sentence. Two
    # titles so written are two ("أ. د." before a professor's name).
    if (
        len(word) == 2
        and len(first := _word_before(before, word)) == 2
        and first[1] == "."
        and _known_abbreviation(pair := (first + abbreviation).casefold())
    ):
        abbreviation = pair
    # A unit may be written onto its number: "100км.", "1,5млн".
    glued = NUMBER_WORD.match(abbreviation) if abbreviation[:1].isdecimal() else None
    if glued:
        abbreviation = abbreviation[glued.end() :]
    # One abbreviation may stand before a name and after a number, meaning two words: a city's
    # before its name, a year after a number ("م. ريم", "2026م.").
    after_number = glued is not None or _word_before(before, word)[-1:].isdecimal()
    if abbreviation in words.end_before_capitals:
        if abbreviation in words.before_names and not after_number:
            return True
        next_letter = FIRST_LETTER_OR_DIGIT.search(line, next_start, next_start + WORD_REACH)
        return not next_letter or not next_letter.group().isupper()
    if _stands_before_a_number(abbreviation) and _opens_with_a_number(
        line[next_start : next_start + WORD_REACH]
    ):
        return True
    if abbreviation in words.before_street_names:
        return not _opens_english_sentence(line[next_start : next_start + WORD_REACH])
    if abbreviation in words.before_names and not (
        after_number and abbreviation in words.title_abbreviations
    ):
        return True
    # The first letter of a Russian abbreviation of two letters, before its second (an acting
    # governor's: see before_names; the second is read above).
    second = line[next_start : next_start + 3]
    if (
        len(abbreviation) == 1
        and second[1:2] == "."
        and not second[2:].isalpha()
        and f"{abbreviation}.{second[0]}".casefold() in words.before_names
    ):
        return True
    # A party and state ("D-N.Y."): the state's next initial follows without a space.
    if hyphen != -1 and len(abbreviation) == 1 and abbreviation.isupper() and next_start == end:
        return True
    clock = word.endswith(CLOCK_MARKS) and not word[-5:-4].isalpha()
    return clock and _goes_on_from_clock(line[next_start : next_start + CLOCK_REACH])


def _among_caseless_initials(line: str, word: str, end: int, next_start: int) -> bool:
    """Whether the full stop at ``end`` closes an initial of a name in a script without
    capitals, ``word`` the initials it closes: before another initial glued to it ("ए.|के.
    शर्मा"), or closing two or more before the name ("आर.एन.| सिंह"). A word and its full stop
    alone may end a sentence, as Hindi's "है." (is) does where a full stop stands for the
    danda: a single initial before a name ("ए. शर्मा") is cut.

    >>> line = "प्रो. ए.के. शर्मा आए।"
    >>> _among_caseless_initials(line, "ए.", 8, 8), _among_caseless_initials(line, "ए.के.", 11, 12)
    (True, True)
    >>> _among_caseless_initials("वे आए थे. वह गया.", "थे.", 9, 10)
    False
    """
    if word.isascii() or word.upper() != word.lower():
        return False
    if next_start == end:
        return bool(ONE_CASELESS_INITIAL.fullmatch(word)) and bool(
            ONE_CASELESS_INITIAL.match(line, next_start)
        )
    return CASELESS_INITIALS.fullmatch(word) is not None


def _narrator_tag_follows(line: str, end: int, next_start: int) -> bool:
    """Whether the speech of ``line`` that ends at ``end`` with a question, exclamation or
    ellipsis goes on into the narrator's tag at ``next_start``: a dialogue dash before a word in
    lower case (see ``DIALOGUE_TAG``)."""
    tag = DIALOGUE_TAG.match(line, next_start)
    return (
        tag is not None
        and tag.group(1).islower()
        and SPEECH_ENDS_BEFORE_A_TAG.search(line, max(0, end - WORD_REACH), end) is not None
    )


def _known_abbreviation(abbreviation: str) -> bool:
    """Whether the lists know ``abbreviation`` (without its full stop), wherever it stands."""
    words = lexicon()
    return abbreviation in words.abbreviations or abbreviation in words.end_before_capitals


def _stands_before_a_number(abbreviation: str) -> bool:
    """Whether ``abbreviation`` (without its full stop) stands before a number: one of
    ``before_numbers`` ("env", "vol", "Nr"), or a German street's name cut short to an ending of
    ``street_name_endings``, a capital opening it ("Arnulfstr", "Str").

    >>> [_stands_before_a_number(word) for word in ("Arnulfstr", "Str", "vol", "str")]
    [True, True, True, False]
    """
    words = lexicon()
    return abbreviation in words.before_numbers or (
        abbreviation[:1].isupper() and abbreviation.casefold().endswith(words.street_name_endings)
    )


def _opens_with_a_number(text: str) -> bool:
    """Whether ``text`` opens with a number, in digits or Roman numerals ("vol. II", "chap.
    IV"), or with an abbreviation that stands for one (``before_numbers``: "Nr. 3", "n° 12").

    >>> _opens_with_a_number("2 300 exploitations"), _opens_with_a_number("Nr. 3")
    (True, True)
    >>> _opens_with_a_number("II, en mai"), _opens_with_a_number("Das Haus")
    (True, False)
    """
    found = text.split(maxsplit=1)
    first = found[0] if found else ""
    return (
        first[:1].isdecimal()
        or ROMAN_NUMERAL.match(first) is not None
        or first.removesuffix(".") in lexicon().before_numbers
    )


def _word_before(text: str, word: str) -> str:
    """The word of ``text`` before ``word``, which ends it ("" if none)."""
    found = text[: len(text) - len(word)].rsplit(maxsplit=1)
    return found[-1] if found else ""


def ends_with_abbreviation(text: str) -> bool:
    """Whether the full stop ``text`` ends with is an abbreviation's: capital initials ("U.S.",
    "G.O.P.") or a word of ``framing_terms.toml``'s abbreviations ("Gen.", "Jr.", "Inc."). At a
    paragraph's end it ends the sentence too; above one, in a headline, it ends none.

    >>> ends_with_abbreviation("Christie Aides Subpoenaed by U.S."), ends_with_abbreviation("Says CEO Jr.")
    (True, True)
    >>> ends_with_abbreviation("Talks failed."), ends_with_abbreviation("Polls close at 8 p.m.")
    (False, False)
    """
    found = text.rsplit(maxsplit=1)
    word = found[-1].lstrip(OPENING_MARKS) if found else ""
    if not word.endswith("."):
        return False
    initials = bool(INITIALS.fullmatch(word)) and word.isupper()
    return initials or word[:-1] in lexicon().abbreviations


def _opens_english_sentence(text: str) -> bool:
    """Whether ``text`` opens with an English word that opens sentences and names nothing, in
    capitals: one of English's commonest words or a pronoun ("The", "In", "It"), not a street's
    name ("Foch", "Los Leones") nor the "de" that opens one.

    >>> _opens_english_sentence("The building was old."), _opens_english_sentence("Foch et")
    (True, False)
    """
    found = text.split(maxsplit=1)
    # A clause's mark may follow it: "The," is "The".
    first = found[0].strip(OPENING_MARKS + ",;:") if found else ""
    folded = first.casefold()
    return first[:1].isupper() and (
        folded in ENGLISH_WORDS or folded in lexicon().personal_pronouns
    )


def _goes_on_from_clock(text: str) -> bool:
    """Whether ``text``, after a time by the clock, goes on from it: its first word is a zone,
    a weekday or a month ("EDT", "Tuesday", "Sept."), or a place's name before "time"
    ("Arizona time"), not a word that says which time ("Next time", "This time")."""
    found = text.split(maxsplit=2)
    if not found:
        return False
    words = lexicon()
    first = found[0].strip(".,;:()").casefold()
    if first in words.after_clock:
        return True
    if first in words.not_places or first in words.function_words:
        return False
    return len(found) > 1 and found[1].rstrip(".,;:)").casefold() == "time"


def unpunctuated(text: str, more_than: int = MAX_UNPUNCTUATED_WORDS) -> bool:
    """Whether ``text`` holds more than ``more_than`` words and ends no sentence, in a script
    that ends sentences with a mark: speech-to-text's, which :func:`segment` cuts into pieces
    (see :func:`_unpunctuated_apart`).

    >>> unpunctuated("good afternoon this is kbay news " * 12), unpunctuated("Talks ended. " * 40)
    (True, False)
    """
    return (
        len(text.split()) > more_than
        and not SENTENCE_END.search(text)
        and not CLAUSE_MARK.search(text)
        and not UNMARKED_SCRIPT.search(text)
    )


def _unpunctuated_apart(text: str, spans: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """``spans``, where more than ``MAX_UNPUNCTUATED_WORDS`` words of a paragraph run on with no
    sentence end, as speech-to-text writes them, cut into pieces of a sentence's size (see
    :func:`_stretch_apart`). A span that ends a sentence is never cut, so punctuated text keeps
    its sentences.

    >>> text = "police closed the road " * 20 + "\\n\\nIt reopened."
    >>> [len(text[start:end].split()) for start, end in sentence_spans(text)]
    [20, 20, 20, 20, 2]
    """
    stretch: list[tuple[int, int]] = []
    for start, end in spans:
        if stretch and "\n\n" in text[stretch[-1][1] : start].replace(" ", ""):
            yield from _stretch_apart(text, stretch)
            stretch = []
        if SENTENCE_END.search(text, start, end) or UNMARKED_SCRIPT.search(text, start, end):
            yield from _stretch_apart(text, stretch)
            stretch = []
            yield start, end
        else:
            stretch.append((start, end))
    yield from _stretch_apart(text, stretch)


def _stretch_apart(text: str, stretch: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The spans of a paragraph that end no sentence (``stretch``) as they are when they hold
    ``MAX_UNPUNCTUATED_WORDS`` words or fewer, or a clause's mark (see ``CLAUSE_MARK``); else cut into pieces of at most
    ``UNPUNCTUATED_PIECE_WORDS`` words, each piece its lines' words, cut where a line ends (a
    caption's cue, a transcript's line) before cutting inside a line, into pieces of even size.
    Lines of a list or of headlines are not run on: the lines of a stretch run on when most
    open in lower case, as speech-to-text writes, or all are set in capitals, as captions; else
    each line is a stretch of its own."""
    words = [list(SPACED_WORD.finditer(text, start, end)) for start, end in stretch]
    if sum(map(len, words)) <= MAX_UNPUNCTUATED_WORDS or any(
        CLAUSE_MARK.search(text, start, end) for start, end in stretch
    ):
        yield from stretch
        return
    lines = _lines(text, stretch, words)
    if len(lines) > 1 and not _run_on(text, lines):
        for line in lines:
            yield from _stretch_apart(text, [(line[0].start(), line[-1].end())])
        return
    piece: list[re.Match[str]] = []
    for line in lines:
        parts = -(-len(line) // UNPUNCTUATED_PIECE_WORDS)
        for part in range(parts):
            cut = line[part * len(line) // parts : (part + 1) * len(line) // parts]
            if len(piece) + len(cut) > UNPUNCTUATED_PIECE_WORDS:
                yield piece[0].start(), piece[-1].end()
                piece = []
            piece += cut
    yield piece[0].start(), piece[-1].end()


def _lines(
    text: str, stretch: list[tuple[int, int]], words: list[list[re.Match[str]]]
) -> list[list[re.Match[str]]]:
    """The words of ``stretch``'s spans, a list a line of ``text`` (spans with no line break
    between them are one line's)."""
    lines: list[list[re.Match[str]]] = []
    for number, (span, found) in enumerate(zip(stretch, words, strict=True)):
        if number and "\n" not in text[stretch[number - 1][1] : span[0]]:
            lines[-1] += found
        else:
            lines.append(list(found))
    return [line for line in lines if line]


def _run_on(text: str, lines: list[list[re.Match[str]]]) -> bool:
    """Whether ``lines`` run on, as speech-to-text's do (see :func:`_stretch_apart`)."""
    following = [line[0].group() for line in lines[1:]]
    if 2 * sum(word[:1].islower() for word in following) > len(following):
        return True
    return all(set_in_capitals(text[line[0].start() : line[-1].end()]) for line in lines)


def _dateline_apart(text: str, spans: Iterator[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """``spans``, with the dateline ``text``'s prose opens with as a sentence of its own:
    "WASHINGTON (AP) \u2014" leaves the lede it heads, and TASS's "MOSCOW, December 15. /TASS/."
    is one sentence, not two. Apart from the lede it is boilerplate, and a rewrite that drops it
    aligns with the wire's lede as closely as one that keeps it."""
    found = _opening_dateline(text)
    if not found:
        yield from spans
        return
    opens, end = found
    dateline: tuple[int, int] | None = None
    for start, stop in spans:
        if stop <= opens:
            # A headline, byline or date line above the dateline.
            yield start, stop
            continue
        if stop <= end:
            dateline = (start if dateline is None else dateline[0]), stop
            continue
        if start < end:
            opening = start if dateline is None else dateline[0]
            rest = end + len(text[end:]) - len(text[end:].lstrip())
            # Who signs the dateline, alone on the rest of its line, is the dateline's:
            # "Buenos Aires, 13 de marzo de 2026 — Red Verifica."
            if _signs(text, rest, stop):
                yield opening, stop
                dateline = None
                continue
            yield opening, len(text[:end].rstrip())
            start = rest
        elif dateline:
            yield dateline
        dateline = None
        yield start, stop
    if dateline:
        yield dateline


def _signs(text: str, start: int, stop: int) -> bool:
    """Whether ``text[start:stop]`` is a name alone on the rest of its line, a few capitalised
    words and a full stop: who signs the dateline before it ("Red Verifica.").

    >>> _signs("X \u2014 Red Verifica.\\nMás", 4, 17), _signs("X \u2014 Se fue.", 4, 12)
    (True, False)
    """
    return text[stop : stop + 1] in ("", "\n") and signs_dateline(text[start:stop])


def _opening_dateline(text: str) -> tuple[int, int] | None:
    """Where the dateline of ``text`` starts and ends, when its first line of prose opens with
    one: the first line, or one after the headline, byline or date line a feed item may open
    with (at most ``LINES_BEFORE_A_DATELINE``, none ending in a full stop, as prose does).

    >>> text = "Senate passes budget bill\\nWASHINGTON (AP) \\u2014 The Senate voted."
    >>> opens, end = _opening_dateline(text)
    >>> text[opens:end], _opening_dateline("The Senate voted.\\nWASHINGTON (AP) \\u2014 It adjourned.")
    ('WASHINGTON (AP) \u2014', None)
    """
    for line in islice(WRITTEN_LINE.finditer(text), LINES_BEFORE_A_DATELINE + 1):
        if found := lexicon().dateline(line.group()):
            end = line.start() + found.end
            # TASS closes its dateline with a full stop after the second slash.
            return line.start(), end + (text[end : end + 1] == ".")
        if ENDS_IN_A_FULL_STOP.search(line.group()):
            return None
    return None


def _bounded(line: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Cut ``line[start:end]`` at spaces into stripped pieces of at most ``MAX_SENTENCE_CHARS``."""
    while end - start > MAX_SENTENCE_CHARS:
        cut = line.rfind(" ", start + 1, start + MAX_SENTENCE_CHARS)
        cut = cut if cut != -1 else start + MAX_SENTENCE_CHARS
        yield start, start + len(line[start:cut].rstrip())
        rest = line[cut:end]
        start = cut + len(rest) - len(rest.lstrip())
    yield start, end
