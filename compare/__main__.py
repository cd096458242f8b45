"""`python -m compare` runs the `compare` command."""

from compare.entry import main

main()
