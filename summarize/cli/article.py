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
from summarize.errors import printable


class OutputFormat(StrEnum):
    json = "json"
    md = "md"


@app.command()
@user_errors
def article(
    path: Annotated[str, typer.Argument(help="Article file (text or HTML), or - to read stdin.")],
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
) -> None:
    """Extract parties, people, positions, ceasefire calls and claimed figures from one article,
    each with a verbatim quote aligned to the text."""
    from summarize.ingest import load_article

    loaded = load_article(path)  # before building the extractor: loading a model is slow
    extractor, notice = ModelOptions(
        backend, model, base_url, model_path, max_tokens, timeout, record, replay
    ).build()
    if notice:
        stderr.print(printable(notice), markup=False, soft_wrap=True)
    extraction = extractor.extract(loaded)
    if output_format is OutputFormat.md:
        from summarize.render import extraction_markdown

        sys.stdout.write(extraction_markdown(extraction))
    else:
        sys.stdout.write(extraction.model_dump_json(indent=2) + "\n")
