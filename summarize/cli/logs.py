"""`summarize logs`: the model calls logged in the store, with token counts and estimated cost."""

from __future__ import annotations

import json
from datetime import date
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from summarize.cli._app import app, stderr, user_errors
from summarize.cli._root import examples
from summarize.cli.run import DbOption, store_path
from summarize.errors import InputError
from summarize.wording import plural


def _day(value: str | None, flag: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InputError(f"{flag} must be YYYY-MM-DD, not {value!r}") from None


@app.command(
    epilog=examples(
        "summarize logs",
        "summarize logs --model gpt-4o-mini --outcome http_429 --since 2025-03-01",
        "summarize logs --show 12 | jq .messages",
    )
)
@user_errors
def logs(
    model: Annotated[str | None, typer.Option(help="Only calls to this model id.")] = None,
    article: Annotated[
        str | None, typer.Option(help="Only calls for this article id (or part of its path).")
    ] = None,
    outcome: Annotated[
        str | None,
        typer.Option(help="Only this outcome: ok, replayed, truncated, timeout, http_429..."),
    ] = None,
    since: Annotated[
        str | None, typer.Option(metavar="DATE", help="From this UTC day (YYYY-MM-DD).")
    ] = None,
    until: Annotated[
        str | None, typer.Option(metavar="DATE", help="Up to this UTC day, inclusive.")
    ] = None,
    show: Annotated[
        int | None,
        typer.Option(metavar="ID", help="Print one call in full (messages and reply) as JSON."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON Lines, one call per line.")] = False,
    db: DbOption = None,
) -> None:
    """List the model calls logged in the store, with tokens and estimated cost.

    `article`, `run` and `brief` log every model call (`article --no-log` does not). Costs
    come from summarize/data/prices.toml, overridden by the config file's prices table."""
    from summarize.costs import describe_cost
    from summarize.logs import CallFilter, call_detail, list_calls

    path = store_path(db)
    if show is not None:
        typer.echo(json.dumps(call_detail(path, show), indent=2, ensure_ascii=False))
        return
    where = CallFilter(model, article, outcome, _day(since, "--since"), _day(until, "--until"))
    calls = list_calls(path, where)
    if as_json:
        for call in calls:
            typer.echo(json.dumps(call.as_dict(), ensure_ascii=False))
        return
    table = Table("id", "logged at", "article", "model", "outcome", "prompt", "reply", "cost $")
    for call in calls:
        table.add_row(
            str(call.id),
            call.logged_at,
            call.article_id or call.source,
            call.model or "",
            call.outcome or "",
            f"{call.prompt_tokens:,}",
            f"{call.completion_tokens:,}",
            f"{call.cost_usd:.4f}",
        )
    Console(soft_wrap=True).print(table)
    total = sum(call.cost_usd for call in calls)
    tokens = sum(call.prompt_tokens + call.completion_tokens for call in calls)
    stderr.print(
        f"{plural(len(calls), 'call')}, {tokens:,} tokens; {describe_cost(total)}",
        markup=False,
        soft_wrap=True,
    )
