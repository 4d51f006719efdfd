"""`summarize article PATH|-`: one article's grounded extraction, as JSON or Markdown."""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import Annotated

import typer

from summarize.cli._app import app, stderr, user_errors
from summarize.cli._options import (
    BackendChoice,
    BackendOption,
    BaseUrlOption,
    MaxTokensOption,
    ModelOption,
    ModelOptions,
    ModelPathOption,
    RecordOption,
    ReplayOption,
    TimeoutOption,
)
from summarize.cli._root import examples
from summarize.cli._sources import (
    FetchDelayOption,
    FetchTimeoutOption,
    IgnoreRobotsOption,
    fetch_settings,
)
from summarize.cli.run import DbOption, open_store, sqlite_file
from summarize.errors import printable
from summarize.fetch import DEFAULT_HOST_DELAY, DEFAULT_TIMEOUT
from summarize.wording import plural


class OutputFormat(StrEnum):
    json = "json"
    md = "md"


@app.command(
    epilog=examples(
        "summarize article seeds/000_c735fb7cf9ea1e8e.txt",
        "curl -s https://example.org/news.html | summarize article - --format md",
        "summarize article page.html --backend openai --model gpt-4o-mini --no-log",
        "summarize article https://example.org/news/ceasefire.html --format md",
    )
)
@user_errors
def article(
    path: Annotated[
        str,
        typer.Argument(help="Article file (text or HTML), an http(s) URL, or - to read stdin."),
    ],
    output_format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="json (the Extraction) or md.")
    ] = OutputFormat.json,
    backend: BackendOption = BackendChoice.auto,
    model: ModelOption = None,
    base_url: BaseUrlOption = None,
    model_path: ModelPathOption = None,
    max_tokens: MaxTokensOption = None,
    timeout: TimeoutOption = None,
    record: RecordOption = None,
    replay: ReplayOption = None,
    db: DbOption = None,
    no_log: Annotated[
        bool, typer.Option("--no-log", help="Do not log the model calls in the store.")
    ] = False,
    ignore_robots: IgnoreRobotsOption = False,
    fetch_delay: FetchDelayOption = DEFAULT_HOST_DELAY,
    fetch_timeout: FetchTimeoutOption = DEFAULT_TIMEOUT,
) -> None:
    """Extract one article: parties, people, positions, ceasefire calls and claimed figures.

    Each item comes with a verbatim quote aligned to the text. The model calls are logged in the
    store (`summarize logs`), the extraction itself is not stored."""
    from summarize.costs import CostMeter
    from summarize.fetch import fetching, is_url
    from summarize.ingest import load_article
    from summarize.pipeline import CallLog, extractor_key

    if is_url(path):  # fetched politely, its response kept in the store for the next request
        settings = fetch_settings(ignore_robots, fetch_delay, fetch_timeout)
        with open_store(db) as store, fetching(settings, sqlite_file(store)):
            loaded = load_article(path)
    else:
        loaded = load_article(path)  # before building the extractor: loading a model is slow
    calls, meter = CallLog(), CostMeter()
    extractor, notice = ModelOptions(
        backend, model, base_url, model_path, max_tokens, timeout, record, replay
    ).build(on_call=meter.wrap(calls.record))
    if notice:
        stderr.print(printable(notice), markup=False, soft_wrap=True)
    with calls.collecting() as made:
        try:
            extraction = extractor.extract(loaded)
        finally:
            if made and not no_log:
                with open_store(db) as store:
                    store.log_calls(
                        source=path,
                        sha256=loaded.sha256,
                        extractor_key=extractor_key(extractor),
                        calls=made,
                    )
    if meter.calls:
        stderr.print(
            f"{plural(meter.calls, 'model call')}; {meter.describe()}", markup=False, soft_wrap=True
        )
    if extraction.coverage is not None and extraction.coverage.low:
        stderr.print(printable(extraction.coverage.warning(path)), markup=False, soft_wrap=True)
    if output_format is OutputFormat.md:
        from summarize.render import extraction_markdown

        sys.stdout.write(extraction_markdown(extraction))
    else:
        sys.stdout.write(extraction.model_dump_json(indent=2) + "\n")
