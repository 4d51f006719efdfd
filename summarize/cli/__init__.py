"""The command line: a thin layer over the library. One module per command."""

from __future__ import annotations

from summarize.cli import (  # noqa: F401  (commands)
    _root,
    article,
    brief,
    evaluate,
    export,
    feeds,
    logs,
    run,
)
from summarize.cli._app import app

__all__ = ["app", "main"]


def main() -> None:
    app(prog_name="summarize")
