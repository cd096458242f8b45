"""`python -m compare` runs the `compare` command."""

from compare.cli import app

app(prog_name="compare")
