"""A content-addressed store on disk of what reading a file gives, so that a nightly check
against an archive reads each of the archive's files once, not once a night.

An entry is keyed by a hash of the file's bytes, of how the run names and labels it, of the
terms a user added, and of what made it (:func:`compare.report.software.software`: compare's
code, word lists and model, Python's version and the libraries'): a changed file, an edited
terms file, another version of compare or an upgraded HTML extractor never finds an entry made
by the old one. An entry is written to a temporary file beside it and renamed into place, so
two runs sharing a folder each see a whole entry or none; an entry that cannot be loaded (a disk
filled while it was written, a folder copied half) is read again from its file, and told once a
run.

Entries are Python pickles: keep the folder writable by you alone, as you would your shell's
startup files.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from compare.report.software import software

# The Cache Directory Tagging Specification's file (https://bford.info/cachedir/), which backup
# tools skip by, and a folder walk of compare's: a cache kept inside an archive holds no article.
TAG_NAME = "CACHEDIR.TAG"
TAG_SIGNATURE = b"Signature: 8a477f597d28d172789f06886806bc55"
TAG = (
    TAG_SIGNATURE + b"\n"
    b"# This file is a cache directory tag created by compare.\n"
    b"# For information about cache directory tags, see https://bford.info/cachedir/\n"
)
# Bumped when an entry's layout changes without the package's code telling it.
LAYOUT = "1"
ENTRY_SUFFIX = ".pickle"


@dataclass(slots=True)
class DiskCache:
    """The store under ``folder`` (made when first written), and the entries it could not load
    this run, which the run tells once.

    >>> import tempfile
    >>> store = DiskCache(Path(tempfile.mkdtemp()))
    >>> key = store.key("read", b"Talks ended on Monday.")
    >>> store.load(key) is None
    True
    >>> store.save(key, ("Talks ended on Monday.",))
    >>> store.load(key)
    ('Talks ended on Monday.',)
    """

    folder: Path
    unreadable: list[Path] = field(default_factory=list)

    def key(self, *parts: str | bytes) -> str:
        """The hex digest naming what ``parts`` give, with this version of compare and its
        libraries."""
        digest = hashlib.sha256()
        made_by = json.dumps(software(), sort_keys=True)
        for part in (LAYOUT, made_by, *parts):
            data = part.encode("utf-8") if isinstance(part, str) else part
            # Each part's length first: ("ab", "c") and ("a", "bc") are two keys.
            digest.update(len(data).to_bytes(8, "little"))
            digest.update(data)
        return digest.hexdigest()

    def load(self, key: str) -> object | None:
        """The value saved under ``key``; ``None`` when there is none, or when it cannot be
        loaded (it is then noted in :attr:`unreadable`, and written again once computed)."""
        path = self._path(key)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError:
            self.unreadable.append(path)
            return None
        try:
            saved_key, value = pickle.loads(data)
        # A damaged pickle fails in any of a dozen ways (EOFError, UnpicklingError, a missing
        # class, a bad tuple): each means the same, an entry to compute again.
        except Exception:
            saved_key, value = None, None
        if saved_key != key:
            self.unreadable.append(path)
            return None
        return value

    def save(self, key: str, value: object) -> None:
        """Write ``value`` under ``key`` atomically; a folder that cannot be written to leaves
        the run as it is, uncached."""
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            if not (tag := self.folder / TAG_NAME).exists():
                tag.write_bytes(TAG)
            descriptor, temporary = tempfile.mkstemp(
                dir=path.parent, prefix=f".{key[:16]}.", suffix=".tmp"
            )
        except OSError:
            return
        try:
            with os.fdopen(descriptor, "wb") as out:
                pickle.dump((key, value), out, protocol=pickle.HIGHEST_PROTOCOL)
            Path(temporary).replace(path)
        except OSError:
            Path(temporary).unlink(missing_ok=True)

    def _path(self, key: str) -> Path:
        # The key's first two hex digits name a subfolder: no folder holds a whole archive's.
        return self.folder / f"v{LAYOUT}" / key[:2] / f"{key}{ENTRY_SUFFIX}"


def is_cache_folder(folder: Path) -> bool:
    """Whether ``folder`` is tagged a cache (a :class:`DiskCache`'s, or another tool's): it holds
    no article.

    >>> import tempfile
    >>> store = DiskCache(Path(tempfile.mkdtemp()))
    >>> is_cache_folder(store.folder)
    False
    >>> store.save(store.key("read", b"Fares rise."), ())
    >>> is_cache_folder(store.folder)
    True
    """
    try:
        with (folder / TAG_NAME).open("rb") as tag:
            return tag.read(len(TAG_SIGNATURE)) == TAG_SIGNATURE
    except OSError:
        return False
