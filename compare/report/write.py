"""Write report files safely: inside the output folder only, atomically, keeping others' files.

The names of the files a run writes, each with a digest of its content, are kept in
``.compare-files`` in the output folder, so the next run can tell its own stale story files
(which it removes) from a user's files (which it never touches, and refuses to overwrite), and
notice a report the user has since edited (which it refuses to overwrite or remove). While a
run works, ``.compare-lock`` there names it, so that a second run into the folder stops at once
rather than overwrite the first's reports with its own.
"""

from __future__ import annotations

import errno
import hashlib
import os
import signal
import socket
import tempfile
import threading
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from functools import partial
from pathlib import Path

from compare.read import REPORT_MARKER as MANIFEST
from compare.read import is_own_report, reports_written
from compare.records import Progress, tracked, unwatched
from compare.report.markdown import listed

# Enough to notice an edit, not to resist forgery; quick on the gigabyte a large run writes.
DIGEST = partial(hashlib.blake2b, digest_size=16)
# The file that holds a report folder for the run writing it: its process id and host. Hidden, so
# no run reads it as an article, and no report is ever named so.
LOCK = ".compare-lock"
# Tries at taking a lock that a process which no longer runs left, when others try too.
LOCK_TRIES = 3
# The signals that stop a run: Ctrl-C, and a scheduler's SIGTERM.
STOPPING_SIGNALS = frozenset({signal.SIGINT, signal.SIGTERM})
# What an error of a folder the system will not let a run write to advises.
WRITABLE = "choose a report folder that can be written to (--out)"
ELSEWHERE = "give another folder with --out"


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

    def __contains__(self, name: object) -> bool:
        # Mapping's would make the file to tell it is there.
        return name in self._renderers

    def __len__(self) -> int:
        return len(self._renderers)

    def pieces(self, name: str) -> Iterable[str]:
        """The content of ``name`` piece by piece, made as it is read."""
        return self._renderers[name]()


class ReportError(Exception):
    """The reports cannot be written; the message is one line for the user."""


class FilesInTheWay(ReportError):
    """The report folder holds files a run does not overwrite (the user's own, or reports edited
    since): another folder would take the reports, which the message ends by saying."""


def write_reports(files: RenderedOnRead, out: Path, progress: Progress | None = None) -> list[Path]:
    """Write ``files`` (name -> text, made piece by piece as it is written) into ``out`` and
    return the paths written, sorted; ``progress("write pages", done, total)`` hears that
    none of the story and focus pages is written yet, then each page, and
    ``progress("write summaries", done, total)`` the same of the summaries.

    Each file is written to a temporary file and renamed into place, so an interrupted run
    leaves either the old report or the new one, never half of one. The summaries
    (``files.summaries``) an earlier run wrote are removed before the first file is written,
    and this run's are written last, so a run cut short leaves no index or report.json that
    describes other story pages than those beside it. Files an earlier run wrote that this
    run does not are removed; no other file is touched.

    A write the system refuses (a full disk) is named with the file it was writing and what
    the run left (``ReportError``); Ctrl-C (``KeyboardInterrupt``) gets a note of what it left
    (``add_note``): "3 of 51 story pages, no index.md or report.json".

    Raises:
        ReportError: ``out`` is not a folder, a file there was not written by `compare` or was
            changed since, or the system refused a write.
    """
    try:
        _check_folder(out, files)
        out.mkdir(parents=True, exist_ok=True)
        ours = _claim(files, out)
    except (OSError, UnicodeError) as error:
        raise _write_error(error, out) from error
    written: dict[str, str] = {}
    try:
        _write_claimed(files, out, ours, progress, written)
    except (OSError, UnicodeError) as error:
        raise _write_error(error, out, _left(files, written)) from error
    except KeyboardInterrupt as stop:
        stop.add_note(_left(files, written))
        raise
    return [out / name for name in sorted(written)]


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
        raise ReportError(f"{_write_error(error, out)}; {WRITABLE}") from error


@contextmanager
def report_folder_lock(out: Path) -> Iterator[None]:
    """Hold the report folder ``out`` for this process while the block runs: ``out/.compare-lock``,
    created atomically, names the process and its host, and goes at the end, at Ctrl-C or
    SIGTERM too; ``out`` is made if missing, and the folders made for it go again when the
    block leaves them empty. Two runs into one folder would each write over the other's reports
    and say it succeeded. A lock whose process has ended (killed, so that it could not remove
    it) is taken over.

    Raises:
        ReportError: another process holds ``out``, or the lock cannot be made there.
    """
    missing = [folder for folder in (out, *out.parents) if not folder.exists()]
    with _stops_noted() as stops:
        try:
            try:
                out.mkdir(parents=True, exist_ok=True)
                _take_lock(out / LOCK)
            except OSError as error:
                raise _write_error(error, out) from error
        except ReportError:
            _remove_empty(missing)
            raise
    try:
        # A Ctrl-C or SIGTERM that came while the lock was made acts here, where the lock goes
        # with it: one between the lock's creation and this block left it behind, naming a
        # live process, when a scheduler stopped a run as it started.
        for number in stops:
            signal.raise_signal(number)
        yield
    finally:
        (out / LOCK).unlink(missing_ok=True)
        _remove_empty(missing)


@contextmanager
def _stops_noted() -> Iterator[list[int]]:
    """Ctrl-C and SIGTERM noted, not acted on, while the block runs: the signals that came, for
    the caller to raise again. Python runs signal handlers in the main thread alone, whichever
    thread the system gave the signal to; in another thread, nothing is held."""
    stops: list[int] = []
    if threading.current_thread() is not threading.main_thread():
        yield stops
        return
    previous = {
        number: signal.signal(number, lambda number, _: stops.append(number))
        for number in STOPPING_SIGNALS
    }
    try:
        yield stops
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def _take_lock(lock: Path) -> None:
    """Create ``lock`` naming this process, taking over one whose process has ended."""
    for _ in range(LOCK_TRIES):
        try:
            handle = os.open(lock, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            holder = _lock_holder(lock)
            if holder is None:
                continue
            if _running(holder):
                raise ReportError(_in_use(lock, holder)) from None
            # Read again just before removing it: another run may have taken it over since.
            if _lock_holder(lock) == holder:
                lock.unlink(missing_ok=True)
            continue
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(f"{os.getpid()} {socket.gethostname()}\n")
        return
    raise ReportError(
        f"cannot take {lock}: other runs keep taking it; give each run its own report folder"
    )


def _lock_holder(lock: Path) -> str | None:
    """What ``lock`` says of the process holding it ("4211 newsdesk-2"); None when it is gone."""
    try:
        return lock.read_text(encoding="utf-8", errors="replace").strip()
    except FileNotFoundError:
        return None


def _running(holder: str) -> bool:
    """Whether the process a lock names may run still: only one of this host that no longer
    exists has surely ended (a lock being written, naming none yet, is held)."""
    pid, _, host = holder.partition(" ")
    if not pid.isdigit() or host != socket.gethostname():
        return True
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except OSError:
        # Another user's process: it runs.
        return True
    return True


def _in_use(lock: Path, holder: str) -> str:
    """The error of a report folder another run holds, with how to go on."""
    pid, _, host = holder.partition(" ")
    process = f"process {pid} on {host}" if pid.isdigit() and host else "another process"
    return (
        f"the report folder {lock.parent} is in use by another compare run ({process}, "
        f"named in {lock}): wait for it to finish, or give each run its own report folder; "
        f"if no run is writing there, remove {lock}"
    )


def _remove_empty(folders: Sequence[Path]) -> None:
    """Remove ``folders`` (a folder, then those above it), each when empty, up to the first that
    is not."""
    for folder in folders:
        try:
            folder.rmdir()
        except OSError:
            return


def _try_making(out: Path) -> None:
    """Make ``out`` and the folders above it that are missing, and remove them again: some file
    systems refuse what their permissions allow (``/proc``), and a run learns that only by trying.
    """
    missing = [folder for folder in (out, *out.parents) if not folder.exists()]
    out.mkdir(parents=True)
    for folder in missing:
        folder.rmdir()


def _write_error(error: OSError | UnicodeError, out: Path, left: str = "") -> ReportError:
    """The error of a write the system refused, naming the file (else the folder) and, once the
    run has started to write, what it ``left``."""
    reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
    where = getattr(error, "filename", None) or out
    partly = f"; reports partly written: {left}" if left else ""
    return ReportError(f"cannot write the reports: {where}: {reason}{partly}")


def _left(files: RenderedOnRead, written: Collection[str]) -> str:
    """What a run cut short left of ``files``, having written ``written``: how many story pages,
    and which summaries not (an earlier run's are gone by then, so none describes other pages).

    >>> files = RenderedOnRead(dict.fromkeys(["s-1.md", "s-2.md", "index.md"]), ["index.md"])
    >>> _left(files, ["s-1.md"]), _left(files, ["s-1.md", "s-2.md", "index.md"])
    ('1 of 2 story pages, no index.md', '2 of 2 story pages, index.md written')
    """
    pages = [name for name in files if name not in files.summaries]
    summaries = sorted(name for name in files if name in files.summaries)
    unwritten = [name for name in summaries if name not in written]
    said = []
    if pages:
        done = sum(name in written for name in pages)
        said.append(f"{done:,} of {len(pages):,} story page{'' if len(pages) == 1 else 's'}")
    if unwritten:
        said.append(f"no {listed(unwritten, 'or')}")
    elif summaries:
        said.append(f"{listed(summaries)} written")
    return ", ".join(said)


def _check_folder(out: Path, names: Iterable[str]) -> None:
    if out.is_symlink() and not out.exists():
        raise ReportError(
            f"the report folder {out} is a link to {out.readlink()}, which does not exist"
        )
    if out.exists() and not out.is_dir():
        raise ReportError(f"the report folder {out} is a file, not a folder")
    # As given: a relative --out is named relative in every message.
    nearest = next(folder for folder in (out, *out.parents) if folder.exists())
    if not nearest.is_dir():
        raise ReportError(f"the report folder {out} lies inside {nearest}, a file, not a folder")
    if not os.access(nearest, os.W_OK | os.X_OK):
        # The folder as the user gave it (else a default "reports" is named "."), then where.
        made_in = "" if nearest == out else f" (to be made in {nearest})"
        raise ReportError(
            f"cannot write the reports to {out}{made_in}: {_refusal(nearest)}; {WRITABLE}"
        )
    if not out.exists():
        _try_making(out)
    if (out / MANIFEST).exists() and not (out / MANIFEST).is_file():
        raise FilesInTheWay(
            f"cannot write the reports: {out / MANIFEST} is no file: compare lists the reports "
            f"it wrote there; move it or {ELSEWHERE}"
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
        raise FilesInTheWay(
            f"{listed(foreign)} look{_verb(foreign, 's', '')} like compare's reports, but "
            f"{out / MANIFEST}, the list of the reports it wrote there, {fault}, so "
            f"{_verb(foreign, 'it is', 'they are')} not overwritten: remove the reports or "
            f"{ELSEWHERE}"
        )
    if foreign:
        raise FilesInTheWay(
            f"{listed(foreign)} {_verb(foreign, 'exists', 'exist')} and "
            f"{_verb(foreign, 'was', 'were')} not written by compare; "
            f"move {_verb(foreign, 'it', 'them')} or {ELSEWHERE}"
        )
    changed = [
        str(out / name)
        for name, digests in sorted(ours.items())
        if digests and (out / name).is_file() and _digest(out / name) not in digests
    ]
    if changed:
        raise FilesInTheWay(
            f"{listed(changed)} {_verb(changed, 'was', 'were')} changed since compare wrote "
            f"{_verb(changed, 'it', 'them')}; move {_verb(changed, 'it', 'them')} or {ELSEWHERE}"
        )


def _refusal(folder: Path) -> str:
    """Why the system refuses to let ``folder`` be written to, as it says it: a file system
    mounted read-only (a full disk remounted so, a container's image) is no matter of
    permissions, which a user would otherwise go and check."""
    read_only = hasattr(os, "statvfs") and os.statvfs(folder).f_flag & os.ST_RDONLY
    return os.strerror(errno.EROFS if read_only else errno.EACCES)


def _verb(paths: Sequence[str], one: str, several: str) -> str:
    return one if len(paths) == 1 else several


def _claim(files: RenderedOnRead, out: Path) -> dict[str, set[str]]:
    """List the names of ``files`` in ``out``'s list of reports before they are written, beside
    the reports an earlier run wrote there, which it returns (name -> digests): a run cut short
    still knows its own files, each either as it was or as it wrote it."""
    ours = reports_written(out)
    claims = [(name, digest) for name in sorted(ours) for digest in sorted(ours[name]) or [""]]
    claims += [(name, "") for name in sorted(files.keys() - ours.keys())]
    _write_atomically(out / MANIFEST, [_listing(claims)])
    return ours


def _write_claimed(
    files: RenderedOnRead,
    out: Path,
    ours: Mapping[str, Collection[str]],
    progress: Progress | None,
    written: dict[str, str],
) -> None:
    """Write ``files``, claimed, into ``out``, adding each to ``written`` with its digest as
    soon as it is written, in the list of reports too; then remove the reports of an earlier run
    (``ours``) this one does not write."""
    # Only files the list names, whose digests were checked: a user's own are never in it.
    for summary in sorted(files.summaries & ours.keys()):
        (out / summary).unlink(missing_ok=True)
    pages = [name for name in files if name not in files.summaries]
    summaries = [name for name in files if name in files.summaries]
    with (out / MANIFEST).open("a", encoding="utf-8") as manifest:
        # In the order given, the summaries last: the files that link to others come after them.
        # Each their own stage: a summary describes the whole run (report.json of 6,060
        # articles is 94 MB), and the pages' rate told "about 5 s left" for its 4.5 minutes.
        for stage, names in (("write pages", pages), ("write summaries", summaries)):
            if not names:
                continue
            for name in tracked(names, partial(progress, stage) if progress else unwatched):
                written[name] = _write_atomically(out / name, files.pieces(name))
                manifest.write(_listing([(name, written[name])]))
                manifest.flush()
    for stale in sorted(ours.keys() - files.keys()):
        (out / stale).unlink(missing_ok=True)
    _write_atomically(out / MANIFEST, [_listing(sorted(written.items()))])


def _listing(digests: Iterable[tuple[str, str]]) -> str:
    """One line a file and digest: its name, a tab and the digest of its content (empty when
    not known)."""
    return "".join(f"{name}\t{digest}\n" for name, digest in digests)


def _digest(path: Path) -> str:
    with path.open("rb") as stream:
        return hashlib.file_digest(stream, DIGEST).hexdigest()


def _write_atomically(target: Path, pieces: Iterable[str]) -> str:
    """Write ``pieces`` to ``target`` through a temporary file; the digest of what was written.

    An ``OSError`` names ``target``: a full disk's names no file, and a temporary file's name
    means nothing to the user."""
    temporary = None
    digest = DIGEST()
    try:
        handle, temporary = tempfile.mkstemp(
            dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"
        )
        with os.fdopen(handle, "wb") as stream:
            for piece in pieces:
                data = piece.encode("utf-8")
                digest.update(data)
                stream.write(data)
        Path(temporary).chmod(0o644)
        Path(temporary).replace(target)
    except BaseException as error:
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)
        if isinstance(error, OSError):
            error.filename = str(target)
        raise
    return digest.hexdigest()
