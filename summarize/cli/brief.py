"""`summarize brief [PATHS...]`: daily briefings (Markdown, HTML, JSON) from the store."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from datetime import date as Date
from enum import StrEnum
from pathlib import Path
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
from summarize.cli.run import (
    ConcurrencyOption,
    DbOption,
    GlobOption,
    extract_into_store,
    open_store,
)
from summarize.errors import InputError
from summarize.pipeline import DEFAULT_CONCURRENCY
from summarize.render import FORMATS, UNDATED, BriefingFormat
from summarize.schema import Briefing
from summarize.store import Store


class FormatChoice(StrEnum):
    md = "md"
    html = "html"
    json = "json"
    all = "all"


def chosen_formats(choices: Sequence[FormatChoice]) -> list[BriefingFormat] | None:
    """The formats asked for, in a fixed order; None when none was asked for."""
    if not choices:
        return None
    if FormatChoice.all in choices:
        return list(FORMATS)
    return [fmt for fmt in FORMATS if fmt in {choice.value for choice in choices}]


def checked_date(value: str | None) -> str | None:
    if value is None or value == UNDATED:
        return value
    try:
        return Date.fromisoformat(value).isoformat()
    except ValueError:
        raise InputError(f"--date must be YYYY-MM-DD or '{UNDATED}', not {value!r}") from None


def make_briefings(
    store: Store,
    sources: Sequence[str] | None,
    day: str | None,
    conflict: str | None = None,
) -> list[Briefing]:
    """Briefings for the stored articles (or only `sources`): one per conflict and date."""
    from summarize.actors import ActorTable
    from summarize.merge import briefings_by_conflict, conflict_label, event_day

    extractions = [a.extraction for a in store.articles(sources) if a.extraction is not None]
    if not extractions:
        raise InputError(
            "no extracted articles to brief: give PATHS, or run `summarize run PATHS` first"
        )
    briefings = briefings_by_conflict(
        extractions, actors=ActorTable.load(), date_of=event_day, only_conflict=conflict
    )
    if conflict is not None and not briefings:
        present = sorted({conflict_label(e.article.conflict) for e in extractions})
        raise InputError(f"no articles about {conflict!r}; conflicts present: {', '.join(present)}")
    if day is None:
        return briefings
    wanted = None if day == UNDATED else day
    chosen = [briefing for briefing in briefings if briefing.date == wanted]
    if not chosen:
        present_days = ", ".join(sorted({b.date or UNDATED for b in briefings}))
        raise InputError(f"no articles dated {day}; dates present: {present_days}")
    return chosen


def write_briefings(
    store: Store,
    briefings: Sequence[Briefing],
    formats: Sequence[BriefingFormat] | None,
    output: str | None,
) -> list[Path]:
    """Write the briefings where `-o` says (see summarize.outputs); the files written."""
    from summarize.outputs import plan_outputs, render_document

    documents = plan_outputs(output, briefings, formats)
    texts = {
        source.sha256: text
        for briefing in briefings
        for source in briefing.sources
        if (text := store.text(source.sha256)) is not None
    }
    written = []
    for document in documents:
        rendered = render_document(document, texts)
        if document.path is None:
            sys.stdout.write(rendered)
            continue
        try:
            document.path.parent.mkdir(parents=True, exist_ok=True)
            document.path.write_text(rendered, encoding="utf-8")
        except OSError as error:
            raise InputError(f"cannot write {document.path}: {error.strerror or error}") from None
        written.append(document.path)
    return written


@app.command(
    epilog=examples(
        "summarize brief articles/ --format all -o briefings/",
        "summarize brief --conflict Nagorno-Karabakh --date 2020-10-02 -o day.html",
        "summarize brief -o - | jq .date",
    )
)
@user_errors
def brief(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Articles to extract first (files, folders, globs); default: the store."
        ),
    ] = None,
    day: Annotated[
        str | None,
        typer.Option("--date", help=f"Only this day (YYYY-MM-DD, or '{UNDATED}'); default: all."),
    ] = None,
    conflict: Annotated[
        str | None,
        typer.Option(
            "--conflict",
            help="Only this conflict (as named in the briefings, or 'unknown conflict').",
        ),
    ] = None,
    formats: Annotated[
        list[FormatChoice] | None,
        typer.Option(
            "--format",
            "-f",
            help="md, html, json or all; repeatable (default md, or what -o FILE implies).",
        ),
    ] = None,
    output: Annotated[
        str | None,
        typer.Option(
            "--output",
            "-o",
            metavar="PATH",
            help="'-' for stdout (several briefings as JSON Lines); a file whose extension "
            "(.md, .html, .htm, .json, .jsonl) gives the format; or a folder (existing, or "
            "ending in '/') for one file per conflict, date and format. Default: stdout.",
        ),
    ] = None,
    glob_patterns: GlobOption = None,
    db: DbOption = None,
    concurrency: ConcurrencyOption = DEFAULT_CONCURRENCY,
    backend: BackendOption = BackendChoice.auto,
    model: ModelOption = None,
    base_url: BaseUrlOption = None,
    model_path: ModelPathOption = None,
    max_tokens: MaxTokensOption = None,
    timeout: TimeoutOption = None,
    record: RecordOption = None,
    replay: ReplayOption = None,
) -> None:
    """Merge extracted articles into daily briefings, one per conflict and day.

    Each has key takeaways, contested figures side by side, a ceasefire tracker, positions by
    actor, changes and numbered sources. With PATHS, extract them first (as `run` does)."""
    wanted_day = checked_date(day)
    chosen = chosen_formats(formats or [])
    failed = False
    with open_store(db, readonly=not paths) as store:  # only reading: no write access needed
        sources = None
        if paths:
            options = ModelOptions(
                backend, model, base_url, model_path, max_tokens, timeout, record, replay
            )
            summary = extract_into_store(paths, options, store, concurrency, glob_patterns)
            failed = summary.failed > 0
            sources = summary.sources
        briefings = make_briefings(store, sources, wanted_day, conflict)
        for path in write_briefings(store, briefings, chosen, output):
            typer.echo(str(path))
    if failed:
        stderr.print(
            "some articles failed and are missing from the briefings", markup=False, soft_wrap=True
        )
        raise typer.Exit(1)
