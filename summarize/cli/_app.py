"""The typer app and the error boundary every command goes through."""

from __future__ import annotations

import functools
import signal
import threading
from collections.abc import Callable
from typing import ParamSpec, TypeVar

import typer
from rich.console import Console
from rich.markup import escape

from summarize.errors import SummarizeError, printable

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Grounded, structured summaries of conflict news, merged into daily briefings.",
)
stderr = Console(stderr=True, highlight=False)

EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report it

P = ParamSpec("P")
R = TypeVar("R")


def _ignore_further_interrupts() -> None:
    """A second Ctrl-C while exiting must not print a traceback."""
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.SIG_IGN)


def user_errors(fn: Callable[P, R]) -> Callable[P, R]:
    """Turn SummarizeError into a one-line message on stderr and its exit code: no traceback."""

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return fn(*args, **kwargs)
        except SummarizeError as error:
            stderr.print(f"[bold red]error:[/] {escape(printable(str(error)))}", soft_wrap=True)
            raise typer.Exit(error.exit_code) from None
        except KeyboardInterrupt as interrupt:
            _ignore_further_interrupts()
            detail = f": {printable(str(interrupt))}" if str(interrupt) else ""
            stderr.print(f"interrupted{detail}", markup=False, soft_wrap=True, highlight=False)
            raise typer.Exit(EXIT_INTERRUPTED) from None

    return wrapper
