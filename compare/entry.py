"""The `compare` command's entry point, which imports nothing heavy itself.

Loading the command (typer, rich, then pydantic as typer reads the options, then the pipeline's
libraries) takes a few tenths of a second, in which a user may press Ctrl-C at once after
Enter, or a scheduler stop the job. Till the command can say what Ctrl-C or SIGTERM leaves
behind (``cli._interrupted``), either stops it at once with the same line and exit code: not a
traceback, nor a silent exit. A library that catches every exception as it loads may catch that
stop too: the stop is kept, and the command ends with its code where it takes over the signals,
before it writes anything, and at its end (:func:`exit_if_stopped`).

Once the command can say what a stop leaves (:func:`interrupt`, :func:`terminate`), the stop
is raised wherever the run is, and the command ends as soon as it has said so and let go of its
report folder: the millions of records a large run holds are neither scanned by the cycle
collector nor freed one by one (:func:`main`), which took longer than Kubernetes waits.
"""

from __future__ import annotations

import gc
import os
import signal
import sys
from contextlib import suppress
from types import FrameType
from typing import NoReturn

# The exit codes shells give a command stopped by a signal (128 + its number): Ctrl-C's SIGINT,
# and the SIGTERM that timeout, systemd and Kubernetes stop a job with.
INTERRUPTED = 128 + signal.SIGINT
TERMINATED = 128 + signal.SIGTERM
NOTHING_WRITTEN = "nothing was written"
# The signal that stopped the command at once, kept in case a library swallowed the SystemExit.
_stopped_by: list[int] = []
# Whether Ctrl-C or SIGTERM was raised in the command's work: the process ends once it is said.
_stopping: list[bool] = []


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised wherever the command is, as Ctrl-C raises KeyboardInterrupt: a run stopped
    by a scheduler cleans up the report it was writing and says what it left, as at Ctrl-C."""


def main() -> None:
    """Run the `compare` command."""
    signal.signal(signal.SIGINT, stop_at_once)
    signal.signal(signal.SIGTERM, stop_at_once)
    try:
        from compare.cli import app

        app(prog_name="compare")
    except SystemExit as leaving:
        # A stop a library swallowed, the command going on to its own end, is not said: that
        # end runs the interpreter's exit (atexit, logging's handlers flushed) as any other.
        if _stopping and leaving.code in (INTERRUPTED, TERMINATED):
            # The stop is said, the partly written reports tidied and the lock let go: freeing a
            # run's records as the interpreter exits took 8 of the 12 seconds a SIGTERM took to
            # end a 2,000-record feed's dedup (25-40 s at 5,000 records, past Kubernetes' 30 s).
            for stream in (sys.stdout, sys.stderr):
                # A reader that went away must not turn the stop into a traceback.
                with suppress(OSError):
                    stream.flush()
            os._exit(int(leaving.code))
        raise
    finally:
        exit_if_stopped()


def stop_at_once(signal_number: int, frame: FrameType | None) -> NoReturn:
    """Ctrl-C or SIGTERM before the command has written anything."""
    if not _stopped_by:
        print(f"interrupted: {NOTHING_WRITTEN}", file=sys.stderr, flush=True)
        _stopped_by.append(signal_number)
    raise SystemExit(128 + signal_number)


def exit_if_stopped() -> None:
    """End the command with the exit code of a stop :func:`stop_at_once` already said: once
    "nothing was written" is printed, a run that a library's ``except BaseException`` let go on
    (2 runs of 40 stopped at start-up) must not write its reports and exit 0."""
    if _stopped_by:
        raise SystemExit(128 + _stopped_by[0])


def interrupt(signal_number: int, frame: FrameType | None) -> NoReturn:
    """Ctrl-C once the command can say what it leaves behind."""
    _stop_collecting()
    raise KeyboardInterrupt


def terminate(signal_number: int, frame: FrameType | None) -> NoReturn:
    """SIGTERM once the command can say what it leaves behind."""
    _stop_collecting()
    raise Terminated


def _stop_collecting() -> None:
    """Spare the records a stopped run holds the cycle collector's passes: the pipeline pauses
    it while its stages run, and the first pass as it resumes, over every record made since,
    took 4 s of a 2,000-record feed's stop (``gc.freeze`` sets them aside at once)."""
    _stopping.append(True)
    gc.freeze()
