"""Options and steps shared by the commands that read URLs and feeds (`article`, `run`,
`brief`): fetch settings, and checking the followed feeds before a run."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

import typer

from summarize.fetch import DEFAULT_HOST_DELAY, DEFAULT_TIMEOUT, FetchSettings

FeedsOption = Annotated[
    bool,
    typer.Option(
        "--feeds",
        help="Also check every followed feed (`summarize feeds add URL`) and take its new "
        "entries' articles.",
    ),
]
IgnoreRobotsOption = Annotated[
    bool,
    typer.Option(
        "--ignore-robots",
        help="Fetch URLs even where the site's robots.txt disallows it (only where you may).",
    ),
]
FetchDelayOption = Annotated[
    float,
    typer.Option(
        "--fetch-delay",
        metavar="SECONDS",
        help="Seconds between two requests to the same host (one request at a time per host; "
        "a longer robots.txt Crawl-delay wins).",
    ),
]
FetchTimeoutOption = Annotated[
    float,
    typer.Option("--fetch-timeout", metavar="SECONDS", help="Seconds per HTTP read."),
]


def fetch_settings(ignore_robots: bool, delay: float, timeout: float) -> FetchSettings:
    from summarize.errors import InputError

    if delay < 0:
        raise InputError("--fetch-delay must be 0 seconds or more")
    if timeout <= 0:
        raise InputError("--fetch-timeout must be more than 0 seconds")
    return FetchSettings(timeout=timeout, host_delay=delay, ignore_robots=ignore_robots)


DEFAULTS = {"delay": DEFAULT_HOST_DELAY, "timeout": DEFAULT_TIMEOUT}

Say = Callable[[str], None]
