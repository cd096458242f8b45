"""The `compare` command's entry point, which imports nothing heavy itself.

Loading the command (typer, rich, then pydantic as typer reads the options, then the pipeline's
libraries) takes a few tenths of a second, in which a user may press Ctrl-C at once after
Enter. Till the command can say what Ctrl-C leaves behind (``cli._interrupted``), Ctrl-C stops
it at once with the same line and exit code: not a traceback, nor typer's silent exit.
"""

from __future__ import annotations

import signal
import sys
from types import FrameType
from typing import NoReturn

# The exit code of a command stopped by Ctrl-C (128 + SIGINT), as shells report it.
INTERRUPTED = 130
NOTHING_WRITTEN = "nothing was written"


def main() -> None:
    """Run the `compare` command."""
    signal.signal(signal.SIGINT, stop_at_once)
    from compare.cli import app

    app(prog_name="compare")


def stop_at_once(signal_number: int, frame: FrameType | None) -> NoReturn:
    """Ctrl-C before the command has written anything."""
    print(f"interrupted: {NOTHING_WRITTEN}", file=sys.stderr)
    raise SystemExit(INTERRUPTED)
