"""Benchmark of sentence splitters on news text, most of it English: the evidence behind sentencex.

``compare.segment`` cuts a document into lines and runs sentencex on each line. This script
measures that choice against the alternatives, with two numbers per splitter:

* **Accuracy** on a few dozen hand-written, news-like tricky cases (abbreviations, AP and NYT
  usage such as "Ms.", "D-N.Y.", "then-Gov.", "6 p.m. EDT" and "6 p.m." before a quotation,
  decimals and money, initials, quotes with sentences inside them, ellipses, parentheses, URLs
  and e-mail addresses, numbered lists, paragraphs without end punctuation, two Urdu cases
  ending in the Arabic full stop, Russian initials written without spaces, "св." and a month
  cut short before a number, French and German abbreviations before a number, German
  streets' names cut short, the narrator's tag after a question in Spanish and Portuguese
  dialogue, Hindi names' initials and titles cut short, and the Arabic titles "م." and "أ. د."
  and the era "م." after a year). A case counts as correct only when the splitter's sentences, each stripped and
  with empty pieces dropped, equal the expected list exactly.
* **Speed** in sentences per second on about 5 MB of news text, made by repeating the seed
  articles in ``seeds/*.txt``; the best of two runs, timed with ``time.perf_counter``. pysbd is
  too slow for that, so it is timed on about 200 KB and the table says so.

Every splitter is run line by line (text cut on "\\n", blank lines skipped), as compare.segment
does; nupunkt is also run on the whole text, to show what line splitting buys. pysbd and nupunkt
are not project dependencies: a splitter whose package is missing is reported as skipped.

The best accuracy breaks ties by speed. Run from the repository root::

    python -m benchmarks.splitters
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from tabulate import tabulate

SplitFn = Callable[[str], list[str]]

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
CORPUS_CHARS = 5_000_000
SLOW_CORPUS_CHARS = 200_000
RUNS = 2
REGEX_BOUNDARY = re.compile(r"(?<=[.!?])\s+")
URDU_FULL_STOP = "\u06d4"  # written as an escape: it looks like a hyphen


@dataclass(frozen=True, slots=True)
class Case:
    """A text and the sentences a correct splitter returns for it."""

    id: str
    text: str
    expected: tuple[str, ...]


def sentences_case(case_id: str, *sentences: str) -> Case:
    """A case of whole sentences separated by a space."""
    return Case(case_id, " ".join(sentences), sentences)


def urdu_case(case_id: str, *clauses: str) -> Case:
    """A case of Urdu clauses, each ended by the Arabic full stop and separated by a space."""
    sentences = tuple(clause + URDU_FULL_STOP for clause in clauses)
    return Case(case_id, " ".join(sentences), sentences)


CASES: tuple[Case, ...] = (
    Case(
        "abbr-us",
        "The U.S. economy grew last year. Officials welcomed the figures.",
        ("The U.S. economy grew last year.", "Officials welcomed the figures."),
    ),
    Case(
        "abbr-uk",
        "Trade with the U.K. fell sharply in spring. Exporters blamed the new rules.",
        ("Trade with the U.K. fell sharply in spring.", "Exporters blamed the new rules."),
    ),
    Case(
        "abbr-us-at-end",
        "The envoy flew back to the U.S. She landed on Monday.",
        ("The envoy flew back to the U.S.", "She landed on Monday."),
    ),
    Case(
        "title-gen",
        "Gen. Mark Ellis visited the base. He praised the troops.",
        ("Gen. Mark Ellis visited the base.", "He praised the troops."),
    ),
    Case(
        "title-sen",
        "Sen. Maria Lopez voted against the bill. Her party was split.",
        ("Sen. Maria Lopez voted against the bill.", "Her party was split."),
    ),
    Case(
        "title-dr",
        "Dr. Amir Khan runs the district hospital. Staff numbers have doubled.",
        ("Dr. Amir Khan runs the district hospital.", "Staff numbers have doubled."),
    ),
    Case(
        "title-mr",
        "Mr. Brown resigned on Tuesday. His deputy takes over.",
        ("Mr. Brown resigned on Tuesday.", "His deputy takes over."),
    ),
    Case(
        "months",
        "The talks began on Jan. 12 and ended on Feb. 3. No deal was reached.",
        ("The talks began on Jan. 12 and ended on Feb. 3.", "No deal was reached."),
    ),
    Case(
        "company",
        "Northwind Inc. agreed to buy Delta Corp. for $2 billion. Shares rose.",
        ("Northwind Inc. agreed to buy Delta Corp. for $2 billion.", "Shares rose."),
    ),
    Case(
        "no-10",
        "A spokesman for No. 10 declined to comment. The cabinet meets today.",
        ("A spokesman for No. 10 declined to comment.", "The cabinet meets today."),
    ),
    Case(
        "am-pm-inside",
        "Polls open at 7 a.m. and close at 10 p.m. on Thursday. Results are due Friday.",
        ("Polls open at 7 a.m. and close at 10 p.m. on Thursday.", "Results are due Friday."),
    ),
    Case(
        "pm-at-end",
        "The meeting ended at 5 p.m. Reporters waited outside.",
        ("The meeting ended at 5 p.m.", "Reporters waited outside."),
    ),
    Case(
        "pm-before-sentence",
        "The talks ended at 10 p.m. The next day, both sides claimed progress.",
        ("The talks ended at 10 p.m.", "The next day, both sides claimed progress."),
    ),
    Case(
        "pm-zone",
        "Flights were suspended after 6 p.m. EDT on Sunday. Airlines offered refunds.",
        ("Flights were suspended after 6 p.m. EDT on Sunday.", "Airlines offered refunds."),
    ),
    Case(
        "am-pm-weekday",
        "Police arrived at 10 p.m. Monday and left at 2 a.m. Tuesday. No one was hurt.",
        ("Police arrived at 10 p.m. Monday and left at 2 a.m. Tuesday.", "No one was hurt."),
    ),
    Case(
        "pm-month",
        "Polls are open from 7 a.m. to 7 p.m. Sept. 8. Turnout is expected to be high.",
        ("Polls are open from 7 a.m. to 7 p.m. Sept. 8.", "Turnout is expected to be high."),
    ),
    Case(
        "pm-place-time",
        "The contest ran until 3 p.m. Arizona time Sunday. Hackers defaced 40 sites.",
        ("The contest ran until 3 p.m. Arizona time Sunday.", "Hackers defaced 40 sites."),
    ),
    sentences_case(
        "pm-before-quote",
        "The road reopened at 6 p.m.",
        '"It was a long night," one officer said.',
    ),
    sentences_case(
        "am-before-curly-quote",
        "Crews had the blaze under control by 8 a.m.",
        "\u201cWe did everything we could,\u201d the fire chief said.",
    ),
    Case(
        "title-ms",
        "The meeting with Ms. Pelosi ended at noon. Reporters waited outside.",
        ("The meeting with Ms. Pelosi ended at noon.", "Reporters waited outside."),
    ),
    Case(
        "party-state",
        "Rep. Louise Slaughter, D-N.Y., said the bill failed. Its sponsors vowed to try again.",
        (
            "Rep. Louise Slaughter, D-N.Y., said the bill failed.",
            "Its sponsors vowed to try again.",
        ),
    ),
    Case(
        "title-after-hyphen",
        "The case involved then-Gov. Walter Hickel. His aides testified.",
        ("The case involved then-Gov. Walter Hickel.", "His aides testified."),
    ),
    Case(
        "saint-after-hyphen",
        "Archbishop Harry Flynn of Minneapolis-St. Paul attended. He led the prayers.",
        ("Archbishop Harry Flynn of Minneapolis-St. Paul attended.", "He led the prayers."),
    ),
    Case(
        "money",
        "Petrol now costs $12.40 a gallon in the capital. Drivers are angry.",
        ("Petrol now costs $12.40 a gallon in the capital.", "Drivers are angry."),
    ),
    Case(
        "percent",
        "Inflation rose 3.5% in March. The central bank held rates at 4.25%.",
        ("Inflation rose 3.5% in March.", "The central bank held rates at 4.25%."),
    ),
    Case(
        "initials",
        "J.K. Rowling released a new book. It sold out within hours.",
        ("J.K. Rowling released a new book.", "It sold out within hours."),
    ),
    Case(
        "middle-initial",
        "George W. Bush spoke at the school. Pupils asked questions.",
        ("George W. Bush spoke at the school.", "Pupils asked questions."),
    ),
    Case(
        "quote-inner-full-stop",
        '"NATO is at war with Russia. This is undeniable," he declared. Officials disagreed.',
        (
            '"NATO is at war with Russia. This is undeniable," he declared.',
            "Officials disagreed.",
        ),
    ),
    Case(
        "quote-inner-question",
        '"Why now?" she asked the minister. Nobody replied.',
        ('"Why now?" she asked the minister.', "Nobody replied."),
    ),
    Case(
        "question",
        "Will the ceasefire hold? Few diplomats think so.",
        ("Will the ceasefire hold?", "Few diplomats think so."),
    ),
    Case(
        "exclamation",
        "The crowd chanted for an hour! Police then cleared the square.",
        ("The crowd chanted for an hour!", "Police then cleared the square."),
    ),
    Case(
        "ellipsis-inside",
        "He paused... then went on with the speech. The hall was silent.",
        ("He paused... then went on with the speech.", "The hall was silent."),
    ),
    Case(
        "ellipsis-at-end",
        "The minister hesitated... The answer never came.",
        ("The minister hesitated...", "The answer never came."),
    ),
    Case(
        "quote-at-end",
        'The mayor called the plan "a disaster." She wants a new one.',
        ('The mayor called the plan "a disaster."', "She wants a new one."),
    ),
    Case(
        "quote-after-colon",
        'The colonel said: "We will not leave." The unit stayed.',
        ('The colonel said: "We will not leave."', "The unit stayed."),
    ),
    Case(
        "parentheses-inside",
        "The agency (founded in 1947) cut 300 jobs. Unions protested.",
        ("The agency (founded in 1947) cut 300 jobs.", "Unions protested."),
    ),
    Case(
        "parenthesised-sentence",
        "The ruling is final. (An appeal is unlikely.) Markets barely moved.",
        ("The ruling is final.", "(An appeal is unlikely.)", "Markets barely moved."),
    ),
    Case(
        "url",
        "The report is at https://example.org/news/2024/report.html for now. The site crashed.",
        (
            "The report is at https://example.org/news/2024/report.html for now.",
            "The site crashed.",
        ),
    ),
    Case(
        "email",
        "Send tips to news.desk@example.com by Friday. Every message is read.",
        ("Send tips to news.desk@example.com by Friday.", "Every message is read."),
    ),
    Case(
        "numbered-list",
        "The plan has three steps:\n1. Raise the levy.\n2. Cut spending.\n3. Hold a vote.",
        ("The plan has three steps:", "1. Raise the levy.", "2. Cut spending.", "3. Hold a vote."),
    ),
    Case(
        "headline-line",
        "Storm hits coast\n\nThousands lost power on Sunday. Repairs may take days.",
        ("Storm hits coast", "Thousands lost power on Sunday.", "Repairs may take days."),
    ),
    Case(
        "saint",
        "The march ended at St. Paul's Cathedral. Police made no arrests.",
        ("The march ended at St. Paul's Cathedral.", "Police made no arrests."),
    ),
    urdu_case("urdu-two", "وزیر اعظم نے کہا", "انہوں نے مزید کہا"),
    urdu_case("urdu-three", "حکومت نے بجٹ پیش کیا", "اپوزیشن نے احتجاج کیا", "اجلاس ملتوی ہو گیا"),
    sentences_case(
        "lower-case-after-abbreviation",
        "Prices rose approx. five percent in May.",
        "Then they fell.",
    ),
    sentences_case(
        "turkish-ordinal",
        "Kentteki 15. yüzyıldan kalma cami hasar gördü.",
        "Yetkililer açıklama yaptı.",
    ),
    sentences_case(
        "greek-abbreviations", "Ο κ. Παπαδόπουλος μίλησε.", "Οι ζημιές είναι 1,5 εκατ. ευρώ."
    ),
    sentences_case("greek-question-mark", "Υπάρχει κίνδυνος;", "Οι σεισμολόγοι λένε ναι."),
    sentences_case(
        "cyrillic-initials", "Министр А. С. Петров прибыл на место.", "Он заявил о помощи."
    ),
    # Russian initials written without a space between them or before the name, and "св." (over)
    # and a month cut short before a number.
    sentences_case(
        "cyrillic-unspaced-initials",
        "Министр Г.П. Соколов и его заместитель А.И.Лебедев прибыли.",
        "Встреча началась.",
    ),
    sentences_case(
        "russian-abbreviations-before-numbers",
        "Выявлено св. 200 нарушений, закон вступит в силу 1 февр. 2027 г.",
        "С марта проверки продлят.",
    ),
    sentences_case("arabic-title", "وقال د. محمد سالم إن ذلك ممكن.", "وأضاف أن الوضع مستقر."),
    # The Arabic engineer and professor, one title or two ("أ. د."), and "م." after a year, where
    # it is the era and the sentence may end.
    sentences_case(
        "arabic-titles", "وقالت م. هبة سالم إن أ. د. نادر حداد وافق.", "ويبدأ العمل غداً."
    ),
    sentences_case("arabic-era-after-year", "افتتح الجسر عام 2019م.", "وأغلق للصيانة أمس."),
    sentences_case("devanagari-decimal", "नुकसान १.५ करोड़ है।", "स्कूल बंद रहेंगे।"),
    # Hindi names' initials, the Latin letters' names spelled out ("B.L. Verma", "R.K. Mishra"),
    # and titles cut short: professor, Mohammad.
    sentences_case(
        "hindi-initials",
        "समिति में प्रो. बी.एल. वर्मा और श्री आर.के. मिश्र शामिल हैं।",
        "रिपोर्ट अगले महीने आएगी।",
    ),
    sentences_case("hindi-mohammad", "मो. इरफान ने शिकायत दर्ज कराई।", "पुलिस जांच कर रही है।"),
    # A full stop written for the danda after a short word ("है.", is) ends the sentence.
    sentences_case("hindi-full-stop-for-danda", "नदी उफान पर है.", "गांव खाली कराए गए."),
    sentences_case(
        "street-at-end", "The fire started at 123 Main St.", "The house was empty, neighbours said."
    ),
    sentences_case(
        "french-abbreviations-before-numbers",
        "Le Cher compte env. 2 300 exploitations, selon le chap. 4 du vol. II du recensement.",
        "La chambre d'agriculture s'inquiète.",
    ),
    sentences_case(
        "german-street-and-number",
        "Die Ersatzhaltestelle liegt in der Arnulfstr. Nr. 3 gegenüber dem Hauptbahnhof.",
        "Die Bahn bittet um Geduld.",
    ),
    sentences_case(
        "german-street-at-end", "Die Polizei sperrte die Bayerstr.", "Der Verkehr wurde umgeleitet."
    ),
    sentences_case(
        "german-abbreviations-mid-sentence",
        "Es fahren ca. 40 Busse bzw. Regionalzüge, S-Bahnen usw. fallen aus.",
        "Die Bahn bittet um Geduld.",
    ),
    sentences_case(
        "spanish-dialogue-tag",
        "\u2014¿Cuándo cree que llegará el agua? \u2014le preguntamos al alcalde, Antonio Gil.",
        "\u2014En cuanto llueva.",
    ),
    sentences_case(
        "portuguese-dialogue-tag",
        "\u2014 Quando chega a água? \u2014 perguntou o agricultor.",
        "Ninguém respondeu.",
    ),
)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A splitter to measure; ``load`` imports its package and raises ImportError if missing."""

    name: str
    load: Callable[[], SplitFn]
    notes: str
    speed_chars: int = CORPUS_CHARS


@dataclass(frozen=True, slots=True)
class Result:
    """What one candidate scored."""

    name: str
    failed: tuple[str, ...]
    sentences_per_second: float
    notes: str

    @property
    def correct(self) -> int:
        return len(CASES) - len(self.failed)


def by_lines(split_line: Callable[[str], Iterable[str]]) -> SplitFn:
    """Run ``split_line`` on each non-blank line of a text and join the results."""

    def split(text: str) -> list[str]:
        return [piece for line in text.split("\n") if line.strip() for piece in split_line(line)]

    return split


def load_sentencex() -> SplitFn:
    from sentencex import segment

    return by_lines(lambda line: list(segment("en", line)))


def load_nupunkt() -> SplitFn:
    import nupunkt

    return by_lines(lambda line: [str(s) for s in nupunkt.sent_tokenize(line)])


def load_nupunkt_whole() -> SplitFn:
    import nupunkt

    return lambda text: [str(s) for s in nupunkt.sent_tokenize(text)]


def load_pysbd() -> SplitFn:
    import pysbd

    return by_lines(pysbd.Segmenter(language="en", clean=False).segment)


def load_regex() -> SplitFn:
    return by_lines(REGEX_BOUNDARY.split)


def load_compare() -> SplitFn:
    from compare.records import Document
    from compare.segment import segment

    def split(text: str) -> list[str]:
        return [sentence.text for sentence in segment(Document("d", "d", text))]

    return split


CANDIDATES: tuple[Candidate, ...] = (
    Candidate("sentencex", load_sentencex, "by lines"),
    Candidate("nupunkt", load_nupunkt, "by lines"),
    Candidate("nupunkt-whole", load_nupunkt_whole, "whole text, no line splitting"),
    Candidate(
        "pysbd",
        load_pysbd,
        f"by lines; speed on ~{SLOW_CORPUS_CHARS // 1000} KB only (too slow for 5 MB)",
        SLOW_CORPUS_CHARS,
    ),
    Candidate("regex", load_regex, r"by lines; (?<=[.!?])\s+"),
    Candidate(
        "compare.segment",
        load_compare,
        "ours: sentencex by lines, plus offsets, matching keys and words",
    ),
)


def build_corpus(seed_texts: list[str], chars: int) -> str:
    """The seed articles, one after another, repeated until the text has at least ``chars``."""
    unit = "\n\n".join(seed_texts) + "\n\n"
    return unit * -(-chars // len(unit))


def failed_cases(split: SplitFn) -> tuple[str, ...]:
    """Ids of the cases whose sentences ``split`` gets wrong."""
    failed = []
    for case in CASES:
        got = tuple(piece.strip() for piece in split(case.text) if piece.strip())
        if got != case.expected:
            failed.append(case.id)
    return tuple(failed)


def sentences_per_second(split: SplitFn, text: str) -> float:
    """Sentences found in ``text`` per second of splitting, best of ``RUNS`` runs."""
    best = float("inf")
    for _ in range(RUNS):
        started = time.perf_counter()
        count = len(split(text))
        best = min(best, time.perf_counter() - started)
    return count / best


def main() -> None:
    seed_texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    corpora = {
        chars: build_corpus(seed_texts, chars) for chars in {CORPUS_CHARS, SLOW_CORPUS_CHARS}
    }
    results: list[Result] = []
    for candidate in CANDIDATES:
        try:
            split = candidate.load()
        except ImportError as error:
            print(f"skipped {candidate.name}: {error}")
            continue
        speed = sentences_per_second(split, corpora[candidate.speed_chars])
        results.append(Result(candidate.name, failed_cases(split), speed, candidate.notes))

    print(
        f"{len(CASES)} cases; speed on {len(corpora[CORPUS_CHARS]) / 1e6:.1f} M characters "
        f"built from {len(seed_texts)} seed articles, best of {RUNS} runs\n"
    )
    print(
        tabulate(
            [
                (r.name, f"{r.correct}/{len(CASES)}", f"{r.sentences_per_second:,.0f}", r.notes)
                for r in results
            ],
            headers=("splitter", "cases correct", "sentences/s", "notes"),
            colalign=("left", "right", "right", "left"),
        )
    )
    print("\nfailed cases:")
    for r in results:
        print(f"  {r.name}: {', '.join(r.failed) or 'none'}")
    best = max(results, key=lambda r: (r.correct, r.sentences_per_second))
    fastest = max(results, key=lambda r: r.sentences_per_second)
    print(f"splitters: best_accuracy={best.name} fastest={fastest.name}")


if __name__ == "__main__":
    main()
