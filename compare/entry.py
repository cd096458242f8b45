"""The `compare` command's entry point, which imports nothing heavy itself.

Loading the command (typer, rich, then pydantic as typer reads the options, then the pipeline's
libraries) takes a few tenths of a second, in which a user may press Ctrl-C at once after
Enter, or a scheduler stop the job. Till the command can say what Ctrl-C or SIGTERM leaves
behind (``cli._interrupted``), either stops it at once with the same line and exit code: not a
traceback, nor a silent exit. A library that catches every exception as it loads may catch that
stop too: the stop is kept, and the command ends with its code where it takes over the signals,
before it writes anything, and at its end (:func:`exit_if_stopped`).
"""

from __future__ import annotations

import signal
import sys
from types import FrameType
from typing import NoReturn

# The exit codes shells give a command stopped by a signal (128 + its number): Ctrl-C's SIGINT,
# and the SIGTERM that timeout, systemd and Kubernetes stop a job with.
INTERRUPTED = 128 + signal.SIGINT
TERMINATED = 128 + signal.SIGTERM
NOTHING_WRITTEN = "nothing was written"
# The signal that stopped the command at once, kept in case a library swallowed the SystemExit.
_stopped_by: list[int] = []


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


def terminate(signal_number: int, frame: FrameType | None) -> NoReturn:
    """SIGTERM once the command can say what it leaves behind."""
    raise Terminated
