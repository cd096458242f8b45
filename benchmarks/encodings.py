"""Benchmark of encoding detection on short news snippets: the evidence behind ``compare.read``.

Each case is one or two sentences of news-like text, written for this benchmark, encoded in a
legacy code page still found in saved articles. A decoder is right on a case when it gives back
exactly the text (line endings aside). Two decoders are scored:

* **charset-normalizer**: its best match, as ``charset_normalizer.from_bytes(raw).best()``;
* **compare**: ``compare.read.decode``, which keeps charset-normalizer's pick unless Windows-1252
  reads the bytes as plausibly, or the pick reads a word no language writes ("Stra¿acy", "SÐo
  Paulo") or is an old system's Latin code page (HP Roman-8), or is a Chinese or Korean code page
  where Shift JIS reads more kana.

Short text is where detection is hard (a French sentence scores the same in cp1250 and cp1252),
and it is common: a one-paragraph wire item, a brief. Run from the repository root::

    python -m benchmarks.encodings
"""

from __future__ import annotations

from charset_normalizer import from_bytes
from tabulate import tabulate

from compare.read import decode

# UTF-8 read as Windows-1252 and saved again: no codec of Python's, written by encoded().
READ_AS_CP1252 = "utf-8 read as cp1252"
# Two texts are encoded twice, in a Windows and a non-Windows code page of their script.
CZECH = "Vláda ve čtvrtek schválila návrh rozpočtu, o kterém budou poslanci jednat příští týden."
RUSSIAN = "Пресс-секретарь Кремля заявил, что НАТО фактически участвует в конфликте."
CASES: tuple[tuple[str, str, str], ...] = (
    (
        "french",
        "cp1252",
        "Le maire a annoncé mercredi la fermeture de l'école à cause des intempéries.",
    ),
    (
        "french_guillemets",
        "cp1252",
        "« Nous ne céderons pas », a déclaré le ministre à l’issue du conseil.",
    ),
    (
        "french_two_lines",
        "cp1252",
        "Le gouvernement a présenté jeudi son projet de budget pour 2026.\r\n"
        "Les députés l'examineront dès la semaine prochaine à l'Assemblée nationale.",
    ),
    (
        "french_latin1",
        "latin-1",
        "Le préfet a ordonné l'évacuation de trois communes après la crue de la Garonne.",
    ),
    (
        "german",
        "cp1252",
        "Die Bürgermeisterin kündigte am Mittwoch an, dass die Straße gesperrt bleibt.",
    ),
    (
        "spanish",
        "cp1252",
        "El alcalde anunció el miércoles que la estación permanecerá cerrada hasta el próximo año.",
    ),
    ("english_curly_quotes", "cp1252", "Peskov’s remarks — “undeniable”, he said."),
    ("english_apostrophe", "cp1252", "It’s over, the mayor said."),
    (
        "english_paragraph",
        "cp1252",
        "Kremlin spokesman Dmitry Peskov’s remarks came a day after the summit. “NATO is at "
        "war with Russia,” he told reporters on Monday — a claim the alliance rejected.",
    ),
    (
        "french_degrees",
        "cp1252",
        "Le thermomètre a atteint 41 °C mercredi à Perpignan, un record selon Météo-France.",
    ),
    (
        "french_guillemets_no_break_spaces",
        "cp1252",
        "«\u00a0Nous ne céderons pas\u00a0», a déclaré le ministre à l’issue du conseil.",
    ),
    (
        "french_copyright",
        "cp1252",
        "Le président a été réélu. ©Reuters – tous droits réservés.",
    ),
    (
        "english_degrees",
        "cp1252",
        "Temperatures hit 41 °C in Seville on Monday, the agency’s forecasters said.",
    ),
    ("english_ellipsis", "cp1252", "“Well…I don’t know,” the mayor said."),
    (
        "polish",
        "cp1250",
        "Rząd przedstawił w czwartek projekt budżetu, a posłowie zajmą się nim w przyszłym tygodniu.",
    ),
    ("czech", "cp1250", CZECH),
    ("czech_iso8859_2", "iso8859_2", CZECH),
    (
        "slovak",
        "cp1250",
        "Vláda vo štvrtok schválila návrh rozpočtu, o ktorom budú poslanci rokovať budúci týždeň.",
    ),
    (
        "hungarian",
        "cp1250",
        "A kormány csütörtökön elfogadta a jövő évi költségvetés tervezetét.",
    ),
    (
        "romanian",
        "cp1250",
        "Guvernul a aprobat joi proiectul de buget, pe care deputaţii îl vor dezbate săptămâna viitoare.",
    ),
    (
        "lithuanian",
        "cp1257",
        "Vyriausybė ketvirtadienį pritarė biudžeto projektui, kurį Seimas svarstys kitą savaitę.",
    ),
    ("english_names", "cp1252", "Ødegaard scored twice and Müller once as Mbappé watched."),
    (
        "english_names_spanish_portuguese",
        "cp1252",
        "The club said Peña and São Paulo would both miss Saturday's match, the coach said.",
    ),
    (
        "english_names_french_german",
        "cp1252",
        "The club said François and Jürgen Klopp would both miss Saturday's match, the coach said.",
    ),
    ("irish", "cp1252", "Tá an t-ordú ag Rialtas na hÉireann inniu, a dúirt an tAire."),
    (
        "turkish",
        "cp1254",
        "Belediye başkanı çarşamba günü köprünün yeniden açılacağını açıkladı.",
    ),
    ("russian", "cp1251", RUSSIAN),
    ("russian_koi8", "koi8_r", RUSSIAN),
    ("greek", "cp1253", "Ο πρωθυπουργός ανακοίνωσε την Τετάρτη νέα μέτρα για την ακρίβεια."),
    (
        "arabic",
        "cp1256",
        "أعلن رئيس الوزراء يوم الأربعاء عن خطة جديدة لمكافحة التضخم في البلاد.",
    ),
    ("hebrew", "cp1255", "ראש הממשלה הודיע ביום רביעי על תוכנית חדשה למאבק ביוקר המחיה."),
    ("chinese_gbk", "gbk", "国务院周三宣布了新的交通计划，预计明年开工。"),
    ("chinese_big5", "big5", "行政院週三宣布新的交通計畫，預計明年動工。"),
    ("japanese", "shift_jis", "東京都は水曜日、新しい交通計画を発表した。"),
    (
        "japanese_two_sentences",
        "shift_jis",
        "東京都は水曜日、新しい交通計画を発表した。計画によると、来年春に着工する予定だという。",
    ),
    # charset-normalizer reads these two short sentences as Korean (cp949): "뱦떈궳뭤릏".
    ("japanese_short", "shift_jis", "東京で地震があった。気象庁によると、震源は千葉県沖。"),
    ("korean", "euc_kr", "정부는 수요일 새로운 교통 계획을 발표했다."),
    ("thai", "cp874", "รัฐบาลประกาศแผนการขนส่งใหม่เมื่อวันพุธ"),
    ("hindi", "utf-8", "गोंडा के पास इंटरसिटी एक्सप्रेस के छह डिब्बे पटरी से उतर गए।"),
    # UTF-8 read as Windows-1252 and saved again as UTF-8 ("à¤…" for "अ"), as an editor or a
    # content system does that takes a page for Windows-1252.
    (
        "hindi_utf8_read_as_cp1252",
        READ_AS_CP1252,
        "गोंडा के पास इंटरसिटी एक्सप्रेस के छह डिब्बे पटरी से उतर गए।",
    ),
    (
        "portuguese_utf8_read_as_cp1252",
        READ_AS_CP1252,
        "O prefeito de São Paulo anunciou na quarta-feira a reabertura da estação.",
    ),
)


def encoded(text: str, encoding: str) -> bytes:
    """The bytes of ``text`` in ``encoding``; of :data:`READ_AS_CP1252`, its UTF-8 read as
    Windows-1252 (a byte that leaves undefined as the control of its value) and saved as UTF-8."""
    if encoding != READ_AS_CP1252:
        return text.encode(encoding)
    return "".join(
        bytes([byte]).decode("cp1252", "ignore") or chr(byte) for byte in text.encode()
    ).encode()


def charset_normalizer_reading(raw: bytes) -> tuple[str, str]:
    """charset-normalizer's best match on its own, as text and encoding name."""
    best = from_bytes(raw).best()
    return (str(best), best.encoding) if best is not None else ("", "none")


def compare_reading(raw: bytes) -> tuple[str, str]:
    """What ``compare`` reads from the bytes."""
    decoded = decode(raw)
    return decoded if decoded is not None else ("", "binary")


def main() -> None:
    rows = []
    right = {"charset-normalizer": 0, "compare": 0}
    for name, encoding, text in CASES:
        expected = text.replace("\r\n", "\n")
        row = [name, encoding]
        for decoder, read in (
            ("charset-normalizer", charset_normalizer_reading),
            ("compare", compare_reading),
        ):
            got, named = read(encoded(text, encoding))
            correct = got.replace("\r\n", "\n") == expected
            right[decoder] += correct
            row.append(f"{named} {'ok' if correct else 'WRONG'}")
        rows.append(row)
    print(tabulate(rows, headers=("case", "encoded as", "charset-normalizer", "compare")))
    print(
        f"\ndecoded right: charset-normalizer {right['charset-normalizer']}/{len(CASES)}, "
        f"compare {right['compare']}/{len(CASES)}"
    )


if __name__ == "__main__":
    main()
