"""`python -m summarize`: the same as the `summarize` command."""

from summarize.cli import main

main()
