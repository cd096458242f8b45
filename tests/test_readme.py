"""The README and the pages of docs/: their Python examples run as printed, against a copy of the
seeds, their tables name what the reports give, and their links lead somewhere."""

import re
import shutil
from dataclasses import fields
from pathlib import Path

import pytest
import typer
from markdown_it import MarkdownIt
from markdown_it.token import Token

import compare
from compare import Settings, compare_paths, report_json
from compare.cli import app
from compare.framing import kinds_checked_in
from compare.lexicon import FRAMING_LANGUAGES
from compare.records import SkipReason
from compare.report import COLUMNS, TABLE_COLUMNS
from compare.report.json_report import SCHEMA_VERSION
from compare.report.markdown import FRAMING_LABELS
from tests.helpers import PORT_STRIKE, ROOT, SEEDS

PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
OUTPUT = ROOT / "docs" / "output.md"
EXAMPLES = [
    example
    for page in PAGES
    for example in re.findall(r"```python\n(.*?)```", page.read_text(), re.S)
]


def _run(example: str, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(SEEDS, folder / "seeds")
    monkeypatch.chdir(folder)
    exec(compile(example, "README.md", "exec"), {})


@pytest.mark.parametrize("example", EXAMPLES, ids=[f"example_{n}" for n in range(len(EXAMPLES))])
def test_the_readme_examples_run(
    example: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    _run(example, tmp_path, monkeypatch)
    assert capsys.readouterr().out


@pytest.mark.parametrize(
    ("opening", "printed"),
    [
        pytest.param("(pair,) = compare_documents", "copy w1\n", id="pair"),
        pytest.param("framing=False", "['w1', 'p1']\n", id="dedup"),
        pytest.param(
            "document_from_html(body",
            "Talks in Geneva ended on Monday without a deal, officials said. copy\n",
            id="html",
        ),
        pytest.param("wikitext_plain(raw)", "copy ('draft',)\n", id="wikitext"),
        pytest.param(
            "document_from_record(record)",
            "2026-05-13T08:00:00Z 2026-05-13T12:00:00Z\n",
            id="feed_record",
        ),
        pytest.param(
            "from compare import sentences",
            "[(0, 'Gen. Smith left at 6 p.m.'), (26, 'He said no.')]\n",
            id="sentences",
        ),
        pytest.param("json_chunks(result)", "True\n", id="report_bytes"),
        pytest.param("edges(result)", "w1 d1 copy 1.0 True\n[1]\n", id="edges"),
        pytest.param(
            "except InputError",
            "no usable document in export.json: broken JSON: Expecting value (line 1, column 67)\n",
            id="no_usable_document",
        ),
        pytest.param(
            "read_warnings(read)",
            "1 warning: 1 id is given by more than one record (2 records)\n"
            "[('123@8b704cb0', '123'), ('123', '123')]\n",
            id="read_warnings",
        ),
    ],
)
def test_the_readme_documents_examples_print_what_they_say(
    opening: str,
    printed: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture,
) -> None:
    """The examples that compare documents in memory, write report.json's bytes, hear a read's
    warnings and stop at an export that gives no document print what their comments say."""
    (example,) = [e for e in EXAMPLES if opening in e]
    _run(example, tmp_path, monkeypatch)
    assert capsys.readouterr().out == printed


def test_the_readme_names_every_framing_note() -> None:
    """The README's table of framing notes has a row for each kind the reports name, by the
    label a report shows and the kind report.json gives."""
    readme = (ROOT / "README.md").read_text()
    rows = [line for line in readme.splitlines() if line.startswith("| ") and "`" in line]
    for kind, label in FRAMING_LABELS.items():
        shown = label.removesuffix(" added").removesuffix(" removed").removesuffix(" changed")
        assert any(shown in row and f"`{kind.value}`" in row for row in rows), label


def test_the_docs_name_every_key_of_report_json() -> None:
    """docs/output.md's "`report.json`, field by field" names every key report.json gives: at the
    top, in each element of its lists and in the objects they hold (a pair's ``containment``), and
    in a match, its spans and its diff; not the ids that key a story's ``coverage``, the texts
    that key its ``quotations`` nor the kinds that key a source's ``framing_by_kind``, which are
    data."""
    section = OUTPUT.read_text().split("## `report.json`, field by field")[1]
    table = section.split("\n## ")[0]
    report = report_json(compare_paths([str(PORT_STRIKE)]))
    keys = set(report)
    for value in report.values():
        for element in value if isinstance(value, list) else []:
            keys |= set(element)
            keys |= {k for inner in element.values() if isinstance(inner, dict) for k in inner}
    keys -= {k for s in report["sources"] for k in s["framing_by_kind"]}
    keys -= {k for s in report["stories"] for k in s["coverage"]}
    keys -= {k for s in report["stories"] for k in s["quotations"]}
    match = next(p for p in report["pairs"] if p["matches"])["matches"][0]
    keys |= set(match) | set(match["a"]) | set(match["diff"][0])
    # As the table writes them: `documents[]`, `containment.a_in_b`, `a_in_b_spread`.
    named = set(re.findall(r"`[^`\n]*?\b(\w+)\b(?:\[\])?`", table))
    named |= {name for path in re.findall(r"`([\w.]+)`", table) for name in path.split(".")}
    assert sorted(keys - named) == []


def test_the_docs_say_what_each_skip_reason_code_means() -> None:
    """docs/output.md's table of why an input was skipped has a row for each ``reason_code``
    report.json may give, and no row for a code compare never gives."""
    section = OUTPUT.read_text().split("### Why an input was skipped")[1].split("\n## ")[0]
    rows = section.split("| --- | --- |")[1]
    documented = re.findall(r"^\| `(\w+)` \|", rows, re.M)
    assert documented == [code.value for code in SkipReason]


def test_the_docs_changelog_says_what_the_current_schema_version_holds() -> None:
    """docs/output.md's changelog of report.json's schema_version has an entry for each version,
    from 1 to the one compare writes, and the field table names that version."""
    output = OUTPUT.read_text()
    changelog = output.split("Changelog of `schema_version`:")[1].split("\n\n")[1]
    entries = [int(n) for n in re.findall(r"^- (\d+):", changelog, re.M)]
    assert entries == list(range(1, SCHEMA_VERSION + 1))
    assert f"| `schema_version` | the layout of the file, `{SCHEMA_VERSION}`:" in output


def test_the_python_page_lists_every_setting_with_its_default_and_options() -> None:
    """docs/python.md's table of `Settings` names each field once, with the default the class
    has, and each command-line option it gives for a field is one the named commands take."""
    page = (ROOT / "docs" / "python.md").read_text()
    rows = re.findall(r"^\| `(\w+)` \| ([\d.]+) \| (.*?) ?\|$", page, re.M)
    defaults = Settings()
    assert sorted(name for name, _, _ in rows) == sorted(field.name for field in fields(Settings))
    assert [float(default) for _, default, _ in rows] == [
        getattr(defaults, name) for name, _, _ in rows
    ]
    commands = {
        command.name: {opt for param in command.params for opt in getattr(param, "opts", [])}
        for command in typer.main.get_group(app).commands.values()
    }
    for _, _, cell in rows:
        for option, named in re.findall(r"`(--[\w-]+)` \(([\w, ]+)\)", cell):
            assert [name for name in named.split(", ") if option not in commands[name]] == []


def _tokens(page: Path) -> list[Token]:
    """The page's tokens as GitHub reads them, each inline token's children after it."""
    parsed = MarkdownIt("commonmark").enable("table").parse(page.read_text())
    return [t for token in parsed for t in [token, *(token.children or [])]]


def _anchors(page: Path) -> set[str]:
    """The anchors GitHub gives the page's headings: their text in lower case, without marks
    but hyphens and underscores, spaces made hyphens (`report.json`, field by field is
    reportjson-field-by-field)."""
    tokens = _tokens(page)
    headings = [tokens[n + 1].content for n, t in enumerate(tokens) if t.type == "heading_open"]
    return {re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-") for heading in headings}


@pytest.mark.parametrize("page", PAGES, ids=[page.name for page in PAGES])
def test_every_link_to_a_file_of_the_repository_leads_to_it(page: Path) -> None:
    """A link to another page or file of the repository names one that is there, and a heading
    of it that is there: a section moved or renamed breaks no link."""
    broken = []
    for token in _tokens(page):
        href = str(token.attrs.get("href", "")) if token.type == "link_open" else ""
        if not href or re.match(r"[a-z]+:", href):
            continue
        path, _, anchor = href.partition("#")
        target = (page.parent / path).resolve() if path else page
        if not target.exists() or (anchor and anchor not in _anchors(target)):
            broken.append(href)
    assert broken == []


def test_the_language_table_of_framing_md_is_what_the_word_lists_name() -> None:
    """docs/framing.md's table of the framing kinds named in each language is the one the
    reports read from the lexicon: a list that gains a language's words changes both."""
    text = (ROOT / "docs" / "framing.md").read_text(encoding="utf-8")
    section = text.split("## Languages", 1)[1].split("\n## ", 1)[0]
    header, _, *rows = [line for line in section.splitlines() if line.startswith("| ")]
    languages = [cell.strip() for cell in header.strip("|").split("|")][2:]
    codes = {name: code for code, name in FRAMING_LANGUAGES.items()}
    written = {
        cells[0]: dict(zip(languages, cells[2:], strict=True))
        for cells in ([cell.strip() for cell in row.strip("|").split("|")] for row in rows)
    }
    checked_in = {name: kinds_checked_in(codes[name])[0] for name in languages}
    assert written == {
        kind: {name: "✔" if kind in checked_in[name] else "-" for name in languages}
        for kind in sum(kinds_checked_in("es"), ())
    }


def test_the_python_page_names_every_public_name() -> None:
    """docs/python.md names each name ``compare`` exports, in code, so that a script's author
    finds what each is without reading the source (acceptance round 41, e7: 21 of 78 were named
    nowhere in the docs, ``FramingProfile`` among them)."""
    page = (ROOT / "docs" / "python.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```.*?```", page, re.S)
    spans = re.findall(r"`[^`\n]+`", re.sub(r"```.*?```", "", page, flags=re.S))
    in_code = set(re.findall(r"\w+", " ".join(blocks + spans)))
    assert [name for name in compare.__all__ if name not in in_code] == []


def test_the_dedup_page_counts_the_columns_dedup_writes() -> None:
    """docs/dedup.md counts the columns of a row as `compare dedup` writes them, in its table and
    in CSV: it said 21 when the CSV had 22 (acceptance round 41, b6)."""
    page = (ROOT / "docs" / "dedup.md").read_text()
    assert f"Of a row's {len(COLUMNS)} columns" in page
    assert f"a table of {len(TABLE_COLUMNS)} columns" in page


def test_the_docs_rate_recipe_counts_every_term_a_profile_lists() -> None:
    """docs/output.md's recipe for a loaded-term rate per 1,000 words, followed field by field
    as it names them, finds each term a document's profile lists, its headline's too ("bosses"
    only in "Dockers stand up to Tarvik port bosses"): the profile and the recipe count the same
    words (acceptance round 42, g6)."""
    recipe = re.search(
        r"count the occurrences of the terms a\s+document's `profiles\[\]\.loaded_terms`(.*?)divide",
        OUTPUT.read_text(),
        re.S,
    )
    assert recipe is not None
    counted = re.findall(r"`documents\[\]\.(\w+)`", recipe[1])
    wire = compare.Document(
        "echo",
        "Kestrel Echo",
        "Ferry crews at Tarvik walked out on Monday after rejecting a 2.5% pay offer.",
        title="Hardline crews defy Tarvik ferry operator",
        published="2026-03-02",
    )
    report = report_json(compare.compare_documents([wire]))
    (document,) = report["documents"]
    (profile,) = report["profiles"]
    written = " ".join(str(document[field]).casefold() for field in counted)
    assert "hardline" in profile["loaded_terms"]
    assert all(re.search(rf"\b{term}\b", written) for term in profile["loaded_terms"])
