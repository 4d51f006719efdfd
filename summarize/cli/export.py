"""`summarize export`: figures, ceasefire calls, positions or parties as CSV or JSON Lines."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from summarize.cli._app import app, stderr, user_errors
from summarize.cli._root import examples
from summarize.cli.run import DbOption, store_path
from summarize.errors import InputError
from summarize.wording import plural


class What(StrEnum):
    figures = "figures"
    calls = "calls"
    positions = "positions"
    parties = "parties"
    model_calls = "model-calls"


class ExportFormatChoice(StrEnum):
    csv = "csv"
    jsonl = "jsonl"


@app.command(
    epilog=examples(
        "summarize export --what figures --format csv -o figures.csv",
        "summarize export --what calls --format jsonl | jq .actor1",
        "sqlite-utils rows $(summarize config show --json | jq -r .db) figures",
    )
)
@user_errors
def export(
    what: Annotated[
        What,
        typer.Option(
            "--what",
            help="figures (low/best/high per claim), calls (ceasefire acts: actor1 acts, actor2 "
            "is addressed), positions (actor1 holds, actor2 is targeted), parties, or "
            "model-calls.",
        ),
    ] = What.figures,
    output_format: Annotated[
        ExportFormatChoice, typer.Option("--format", "-f", help="csv or jsonl.")
    ] = ExportFormatChoice.csv,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File to write; default stdout.")
    ] = None,
    db: DbOption = None,
) -> None:
    """Export stored items as flat rows, one per item.

    Each row has the article id, source, event date and conflict, who (claimant, actor1/actor2,
    holder), the values and the verbatim evidence with its offsets. The same rows are SQL views
    in the store (figures, ceasefire_calls, positions, parties, calls)."""
    from summarize.export import ExportFormat, write_export

    path = store_path(db)
    fmt: ExportFormat = "csv" if output_format is ExportFormatChoice.csv else "jsonl"
    if output is None:
        count = write_export(path, what.value, fmt, sys.stdout)
    else:
        try:
            with output.open("w", encoding="utf-8", newline="") as handle:
                count = write_export(path, what.value, fmt, handle)
        except OSError as error:
            raise InputError(f"cannot write {output}: {error.strerror or error}") from None
    stderr.print(f"{plural(count, 'row')} exported", markup=False, soft_wrap=True)
