"""Write report files safely: inside the output folder only, atomically, keeping others' files.

The names of the files a run writes, each with a digest of its content, are kept in
``.compare-files`` in the output folder, so the next run can tell its own stale story files
(which it removes) from a user's files (which it never touches, and refuses to overwrite), and
notice a report the user has since edited (which it refuses to overwrite or remove).
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from functools import partial
from pathlib import Path

from compare.read import REPORT_MARKER as MANIFEST
from compare.read import is_own_report, reports_written
from compare.records import Progress, tracked, unwatched
from compare.report.markdown import listed

# Enough to notice an edit, not to resist forgery; quick on the gigabyte a large run writes.
DIGEST = partial(hashlib.blake2b, digest_size=16)


class RenderedOnRead(Mapping[str, str]):
    """File name -> content, each file made when it is read, in pieces: writing the reports
    then holds one piece in memory at a time (the Markdown of 100,000 articles is 1.4 GB).
    ``summaries`` names the files that describe the whole run (the index, report.json).
    """

    def __init__(
        self,
        renderers: dict[str, Callable[[], Iterable[str]]],
        summaries: Collection[str] = (),
    ) -> None:
        self._renderers = renderers
        self.summaries = frozenset(summaries)

    def __getitem__(self, name: str) -> str:
        return "".join(self._renderers[name]())

    def __iter__(self) -> Iterator[str]:
        return iter(self._renderers)

    def __len__(self) -> int:
        return len(self._renderers)

    def pieces(self, name: str) -> Iterable[str]:
        """The content of ``name`` piece by piece, made as it is read."""
        return self._renderers[name]()


class ReportError(Exception):
    """The reports cannot be written; the message is one line for the user."""


def write_reports(files: RenderedOnRead, out: Path, progress: Progress | None = None) -> list[Path]:
    """Write ``files`` (name -> text, made piece by piece as it is written) into ``out`` and
    return the paths written, sorted; ``progress("write reports", done, total)`` hears that
    none is written yet, then each file.

    Each file is written to a temporary file and renamed into place, so an interrupted run
    leaves either the old report or the new one, never half of one. The summaries
    (``files.summaries``) an earlier run wrote are removed before the first file is written,
    and this run's are written last, so a run cut short leaves no index or report.json that
    describes other story pages than those beside it. Files an earlier run wrote that this
    run does not are removed; no other file is touched.

    Raises:
        ReportError: ``out`` is not a folder, a file there was not written by `compare` or was
            changed since, or the system refused a write.
    """
    try:
        return _write_reports(files, out, progress)
    except (OSError, UnicodeError) as error:
        raise _write_error(error, out) from error


def check_folder(out: Path, names: Iterable[str]) -> None:
    """Check that reports named ``names`` may be written into ``out``, as :func:`write_reports`
    does before it writes: a run checks the names it knows before its work, so that a user
    learns of a mistyped report folder at once, not after the comparison.

    Raises:
        ReportError: as :func:`write_reports`, or no folder above ``out`` may be written to.
    """
    try:
        _check_folder(out, names)
    except OSError as error:
        raise _write_error(error, out) from error


def _try_making(out: Path) -> None:
    """Make ``out`` and the folders above it that are missing, and remove them again: some file
    systems refuse what their permissions allow (``/proc``), and a run learns that only by trying.
    """
    missing = [folder for folder in (out, *out.parents) if not folder.exists()]
    out.mkdir(parents=True)
    for folder in missing:
        folder.rmdir()


def _write_error(error: OSError | UnicodeError, out: Path) -> ReportError:
    reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
    # A temporary file's name means nothing to the user; the folder does.
    where = getattr(error, "filename", None) or out
    shown = out if Path(where).name.endswith(".tmp") else where
    return ReportError(f"cannot write the reports: {shown}: {reason}")


def _check_folder(out: Path, names: Iterable[str]) -> None:
    if out.is_symlink() and not out.exists():
        raise ReportError(
            f"the report folder {out} is a link to {out.readlink()}, which does not exist"
        )
    if out.exists() and not out.is_dir():
        raise ReportError(f"the report folder {out} is a file, not a folder")
    nearest = next(folder for folder in (out, *out.absolute().parents) if folder.exists())
    if not nearest.is_dir():
        raise ReportError(f"the report folder {out} lies inside {nearest}, a file, not a folder")
    if not os.access(nearest, os.W_OK | os.X_OK):
        raise ReportError(f"cannot write the reports: {nearest}: Permission denied")
    if not out.exists():
        _try_making(out)
    if (out / MANIFEST).exists() and not (out / MANIFEST).is_file():
        raise ReportError(
            f"cannot write the reports: {out / MANIFEST} is no file: compare lists the reports "
            "it wrote there; move it or choose another report folder"
        )
    ours = reports_written(out) if out.is_dir() else {}
    for name in sorted(names):
        if Path(name).name != name or name.startswith("."):
            raise ReportError(
                f"refusing to write {name!r}: report names stay inside the report folder"
            )
    # Every file in the way is named at once: a user should not learn of them one run at a time.
    foreign = [
        str(out / name) for name in sorted(names) if name not in ours and (out / name).exists()
    ]
    if foreign and all(is_own_report(Path(path)) for path in foreign):
        # The list, not a file's first line, tells compare's files from a user's: a first line
        # can be copied, and a report copied in from elsewhere is no file this run wrote.
        fault = "is missing" if not (out / MANIFEST).exists() else "is damaged (it lists none)"
        raise ReportError(
            f"{listed(foreign)} look{_verb(foreign, 's', '')} like compare's reports, but "
            f"{out / MANIFEST}, the list of the reports it wrote there, {fault}, so "
            f"{_verb(foreign, 'it is', 'they are')} not overwritten: remove the reports or "
            "choose another report folder"
        )
    if foreign:
        raise ReportError(
            f"{listed(foreign)} {_verb(foreign, 'exists', 'exist')} and "
            f"{_verb(foreign, 'was', 'were')} not written by compare; "
            f"move {_verb(foreign, 'it', 'them')} or choose another report folder"
        )
    changed = [
        str(out / name)
        for name, digests in sorted(ours.items())
        if digests and (out / name).is_file() and _digest(out / name) not in digests
    ]
    if changed:
        raise ReportError(
            f"{listed(changed)} {_verb(changed, 'was', 'were')} changed since compare wrote "
            f"{_verb(changed, 'it', 'them')}; move {_verb(changed, 'it', 'them')} or choose "
            "another report folder"
        )


def _verb(paths: Sequence[str], one: str, several: str) -> str:
    return one if len(paths) == 1 else several


def _write_reports(files: RenderedOnRead, out: Path, progress: Progress | None) -> list[Path]:
    _check_folder(out, files)
    out.mkdir(parents=True, exist_ok=True)
    ours = reports_written(out)
    # Claim the new names before writing them, so a run cut short still knows its own files,
    # and list each file's new digest as soon as it is written, beside the old one: a run cut
    # short leaves every file either as it was or as it wrote it, and knows both.
    claims = [(name, digest) for name in sorted(ours) for digest in sorted(ours[name]) or [""]]
    claims += [(name, "") for name in sorted(files.keys() - ours.keys())]
    _write_atomically(out / MANIFEST, [_listing(claims)])
    # Only files the list names, whose digests were checked: a user's own are never in it.
    for summary in sorted(files.summaries & ours.keys()):
        (out / summary).unlink(missing_ok=True)
    written: dict[str, str] = {}
    advance = partial(progress, "write reports") if progress else unwatched
    order = sorted(files, key=lambda name: name in files.summaries)
    with (out / MANIFEST).open("a", encoding="utf-8") as manifest:
        # In the order given, the summaries last: the files that link to others come after them.
        for name in tracked(order, advance):
            written[name] = _write_atomically(out / name, files.pieces(name))
            manifest.write(_listing([(name, written[name])]))
            manifest.flush()
    for stale in sorted(ours.keys() - files.keys()):
        (out / stale).unlink(missing_ok=True)
    _write_atomically(out / MANIFEST, [_listing(sorted(written.items()))])
    return [out / name for name in sorted(written)]


def _listing(digests: Iterable[tuple[str, str]]) -> str:
    """One line a file and digest: its name, a tab and the digest of its content (empty when
    not known)."""
    return "".join(f"{name}\t{digest}\n" for name, digest in digests)


def _digest(path: Path) -> str:
    with path.open("rb") as stream:
        return hashlib.file_digest(stream, DIGEST).hexdigest()


def _write_atomically(target: Path, pieces: Iterable[str]) -> str:
    """Write ``pieces`` to ``target`` through a temporary file; the digest of what was written."""
    handle, temporary = tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"
    )
    digest = DIGEST()
    try:
        with os.fdopen(handle, "wb") as stream:
            for piece in pieces:
                data = piece.encode("utf-8")
                digest.update(data)
                stream.write(data)
        Path(temporary).chmod(0o644)
        Path(temporary).replace(target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return digest.hexdigest()
