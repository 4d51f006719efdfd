"""Errors users can act on, each with the exit code the CLI returns for it."""

from __future__ import annotations

import re

# C0 and C1 control characters (ESC starts terminal escape sequences), DEL, and the Unicode
# line/paragraph separators and bidirectional overrides that can disguise a line.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """`text` safe for a terminal, on one line: control characters become visible escapes
    (ESC -> \\x1b, newline -> \\n), so a server's error message or a file name cannot move
    the cursor, recolour, retitle or clear the user's terminal."""
    return _UNPRINTABLE.sub(lambda found: found.group().encode("unicode_escape").decode(), text)


class SummarizeError(Exception):
    """Base class: a clear, user-facing message, never a traceback."""

    exit_code = 1


class InputError(SummarizeError):
    """Bad input or usage: empty, binary, oversized, undecodable, unknown option values."""

    exit_code = 2


class UnavailableError(SummarizeError):
    """Something outside the tool failed at run time: a page or database that did not answer,
    a file that could not be written. Not the user's input: exit 1, like a model failure."""

    exit_code = 1


class ModelError(SummarizeError):
    """The model could not give a usable answer: unreachable, retries exhausted, truncated."""

    exit_code = 1


class ReplayMissError(ModelError):
    """Under --replay, no recording exists for this exact request."""


class GateError(SummarizeError):
    """The regression gate failed: a field's score fell below the baseline's tolerance."""

    exit_code = 3


class TimeBudgetError(InputError):
    """An article took longer than the extractor's time budget (hostile or pathological input)."""


class ArticlesFailedError(SummarizeError):
    """Every article asked for failed (model or input failures): nothing left to work with."""

    exit_code = 1
