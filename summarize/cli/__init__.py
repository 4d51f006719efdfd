"""The command line: a thin layer over the library. One module per command."""

from __future__ import annotations

from summarize.cli import article, brief, evaluate, run  # noqa: F401  (registers commands)
from summarize.cli._app import app

__all__ = ["app", "main"]


def main() -> None:
    app()
