"""What made a report: fingerprints of compare's code and of the data files that decide its
findings, and the versions of Python and of every library it runs on.

``version`` 0.1.0 named hundreds of commits whose findings differ, and the word lists and the
paraphrase model change more often than the code: a report that says which of each it was made
with can be told apart from another of the same version, and re-made (the libraries' versions are
a constraints file for ``pip install``).
"""

from __future__ import annotations

import hashlib
import platform
import re
from collections.abc import Iterator
from functools import cache
from importlib.metadata import PackageNotFoundError, requires, version
from importlib.resources import files
from importlib.resources.abc import Traversable
from typing import Any

# A fingerprint is this many hex digits of a SHA-256, 64 bits: two files' fingerprints are alike by
# chance once in 10^19, and a reader compares them by eye.
FINGERPRINT_DIGITS = 16
# The package's files that are neither code nor its data: the marker that it is typed.
NOT_DATA = frozenset({"py.typed"})
# A requirement's distribution name (PEP 508), before its version, extras or marker.
REQUIRED_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
# A requirement's marker that asks for it only with an extra: 'pytest>=8.0; extra == "test"'.
FOR_AN_EXTRA = re.compile(r"\bextra\s*==")


def compare_version() -> str | None:
    """The version of compare installed, as ``compare --version`` prints it; ``None`` when it
    runs from a source tree it was not installed from."""
    try:
        return version("compare")
    except PackageNotFoundError:
        return None


@cache
def software() -> dict[str, Any]:
    """What made the reports of this process: ``code``, a fingerprint of compare's modules;
    ``data``, a fingerprint of each data file it ships (its word lists, its paraphrase model),
    by name; ``python``, the interpreter and its version; and ``libraries``, the version of each
    library compare requires and of those they require, by name (``None`` when compare runs from
    a source tree it was not installed from, which names none).

    >>> made_by = software()
    >>> sorted(made_by), sorted(made_by["data"])
    (['code', 'data', 'libraries', 'python'], ['framing_terms.toml', 'paraphrase_model.json'])
    """
    package = files("compare")
    return {
        "code": code_fingerprint(package),
        "data": data_fingerprints(package),
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "libraries": library_versions("compare"),
    }


def code_fingerprint(package: Traversable) -> str:
    """A fingerprint of the Python modules under ``package``, their paths and texts: the same for
    one commit wherever it is installed (a checkout that ends its lines in ``\\r\\n`` too), and
    another when any module changes."""
    digest = hashlib.sha256()
    for path, item in _package_files(package):
        if path.endswith(".py"):
            digest.update(f"{path}\0".encode())
            digest.update(_text_bytes(item))
    return digest.hexdigest()[:FINGERPRINT_DIGITS]


def data_fingerprints(package: Traversable) -> dict[str, str]:
    """A fingerprint of each file under ``package`` that is no Python module, by its path there:
    the word lists and the model that decide findings as much as the code does."""
    return {
        path: hashlib.sha256(_text_bytes(item)).hexdigest()[:FINGERPRINT_DIGITS]
        for path, item in _package_files(package)
        if not path.endswith(".py") and path not in NOT_DATA
    }


def library_versions(distribution: str) -> dict[str, str] | None:
    """The installed version of every library ``distribution`` requires (not for an extra, such
    as its tests'), and of those they require, by name as pip normalises it
    (``charset-normalizer``); ``None`` when ``distribution`` is not installed."""
    try:
        wanted = _required(distribution)
    except PackageNotFoundError:
        return None
    found: dict[str, str] = {}
    while wanted:
        name = wanted.pop()
        if name in found:
            continue
        try:
            found[name] = version(name)
            wanted += _required(name)
        except PackageNotFoundError:
            # Required only on another platform or Python ("; sys_platform == 'win32'").
            continue
    return dict(sorted(found.items()))


def _required(distribution: str) -> list[str]:
    """The names of the distributions ``distribution`` requires, but for an extra's."""
    return [
        _normalised(found.group())
        for requirement in requires(distribution) or ()
        if not FOR_AN_EXTRA.search(requirement) and (found := REQUIRED_NAME.match(requirement))
    ]


def _normalised(name: str) -> str:
    """A distribution's name as pip compares it (PEP 503): "lxml-html-clean" of "lxml_html_clean".

    >>> _normalised("lxml_html_clean"), _normalised("PyStemmer")
    ('lxml-html-clean', 'pystemmer')
    """
    return re.sub(r"[-_.]+", "-", name).lower()


def _package_files(folder: Traversable, prefix: str = "") -> Iterator[tuple[str, Traversable]]:
    """Every file under ``folder`` by its path there, in code point order, but Python's caches
    of compiled modules, which differ by interpreter and say nothing the modules do not."""
    for item in sorted(folder.iterdir(), key=lambda found: found.name):
        path = f"{prefix}{item.name}"
        if item.is_dir():
            if item.name != "__pycache__":
                yield from _package_files(item, f"{path}/")
        elif not path.endswith((".pyc", ".pyo")):
            yield path, item


def _text_bytes(item: Traversable) -> bytes:
    """A file's bytes with its line ends as ``\\n``: git may check a text out with ``\\r\\n``."""
    return item.read_bytes().replace(b"\r\n", b"\n")
