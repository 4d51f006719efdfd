"""Small pieces of wording shared by the command line: counts and one-line failures."""

from __future__ import annotations

from summarize.pipeline import RunSummary


def plural(count: int, noun: str, many: str | None = None) -> str:
    """'1 article', '2 articles', '1,200 articles'; `many` for irregular plurals."""
    return f"{count:,} {noun if count == 1 else (many or noun + 's')}"


def failure_line(source: str, error: str | None) -> str:
    """'failed: x.txt: looks binary', not 'failed: x.txt: x.txt: looks binary': many errors
    already start with the path they are about."""
    reason = (error or "unknown error").strip()
    if reason.startswith(f"{source}: "):
        reason = reason[len(source) + 2 :]
    reason = " ".join(reason.split())  # one line, whatever the error carried
    return f"failed: {source}: {reason}"


def describe_run(summary: RunSummary) -> str:
    """'1 article: 1 succeeded (0 cached), 0 failed; no model calls'."""
    return (
        f"{plural(len(summary.outcomes), 'article')}: {summary.succeeded} succeeded "
        f"({summary.cached} cached), {summary.failed} failed; {summary.usage.describe()}"
    )
