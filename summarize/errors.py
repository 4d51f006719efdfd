"""Errors users can act on, each with the exit code the CLI returns for it."""

from __future__ import annotations


class SummarizeError(Exception):
    """Base class: a clear, user-facing message, never a traceback."""

    exit_code = 1


class InputError(SummarizeError):
    """Bad input or usage: empty, binary, oversized, undecodable, unknown option values."""

    exit_code = 2


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
