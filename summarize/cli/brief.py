"""`summarize brief [PATHS...]`: daily briefings (Markdown, HTML, JSON) from the store."""

from __future__ import annotations

import sys
from collections import Counter
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
from summarize.cli._sources import (
    FeedsOption,
    FetchDelayOption,
    FetchTimeoutOption,
    IgnoreRobotsOption,
    fetch_settings,
)
from summarize.cli.run import (
    ConcurrencyOption,
    DbOption,
    GlobOption,
    extract_into_store,
    feeds_file,
    open_store,
    record_feed_outcomes,
    say,
    sqlite_file,
    take_feeds,
)
from summarize.config import Settings
from summarize.errors import ArticlesFailedError, InputError
from summarize.fetch import DEFAULT_HOST_DELAY, DEFAULT_TIMEOUT
from summarize.pipeline import DEFAULT_CONCURRENCY
from summarize.render import FORMATS, UNDATED, BriefingFormat, briefing_title, plural
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
    """Briefings for the stored articles (or only `sources`): one per conflict and date.

    Stored articles that cannot be used (their extraction failed, or its stored row no longer
    loads) are reported on stderr; when none is left, that is a failure (exit 1). Failures of
    `sources` were already reported when they were extracted."""
    from summarize.actors import ActorTable
    from summarize.merge import briefings_by_conflict, conflict_label, event_day

    stored = store.articles(sources)
    unused = [a for a in stored if a.extraction is None or a.status != "ok"]
    for article in unused:
        if article.status == "unusable":
            say(
                f"warning: {article.source}: its stored extraction is unusable ({article.error}); "
                "left out: run `summarize run` on it again"
            )
        elif sources is None:
            say(f"warning: {article.source}: left out: its extraction failed: {article.error}")
    extractions = [a.extraction for a in stored if a.extraction is not None and a.status == "ok"]
    for extraction in extractions:
        if extraction.coverage is not None and extraction.coverage.low:
            say(extraction.coverage.warning(extraction.article.source))
    if not extractions and unused:
        raise ArticlesFailedError(
            "no usable extraction to brief: every stored article asked for failed or is "
            f"unusable ({len(unused)}, listed above)"
        )
    if not extractions:
        raise InputError(
            "no extracted articles to brief: give PATHS, or run `summarize run PATHS` first"
        )
    texts = {
        e.article.sha256: text
        for e in extractions
        if (text := store.text(e.article.sha256)) is not None
    }
    briefings = briefings_by_conflict(
        extractions,
        actors=ActorTable.load(),
        date_of=event_day,
        only_conflict=conflict,
        texts=texts,
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


def accepted_extractors(backend: BackendChoice, replay: bool) -> set[str] | None:
    """The extractors a `--backend` given on the command line stands for (None: any)."""
    if backend is BackendChoice.auto:
        return None
    return {backend.value, "replay"} if replay else {backend.value}


def check_backend(
    briefings: Sequence[Briefing],
    backend: BackendChoice,
    replay: bool,
    allow_mixed: bool,
) -> None:
    """Refuse (exit 2) briefings whose extractions came from another backend than the one
    given; with --allow-mixed, warn instead. Each item also says which extractor read it."""
    accepted = accepted_extractors(backend, replay)
    if accepted is None:
        return
    sources = {s.sha256 + s.location: s for b in briefings for s in b.sources}
    others = Counter(s.extractor for s in sources.values() if s.extractor not in accepted)
    if not others:
        return
    count = sum(others.values())
    found = ", ".join(f"{name}: {n}" for name, n in sorted(others.items()))
    problem = (
        f"--backend {backend.value} was given, but the briefings use another extractor's "
        f"extractions for {count} of {plural(len(sources), 'article')} ({found})"
    )
    if allow_mixed:
        say(
            f"warning: {problem}; briefing them anyway (--allow-mixed): each item says which "
            "extractor read it"
        )
        return
    raise InputError(
        f"{problem}: give PATHS to extract them with --backend {backend.value}, leave out "
        "--backend to brief the store as it is, or pass --allow-mixed"
    )


def narrative_settings(options: ModelOptions) -> Settings:
    """The model settings `--narrative` uses; a usage error (exit 2) without an LLM endpoint."""
    from summarize.config import load_settings

    why = {
        BackendChoice.rules: "--backend rules has no model to write it",
        BackendChoice.replay: "--backend replay serves recorded extractions only",
        BackendChoice.local: "--backend local does not write narratives yet",
    }.get(options.backend)
    if why is None and options.replay is not None:
        why = "--replay serves recorded extractions only"
    settings = load_settings(
        model=options.model,
        base_url=options.base_url,
        max_tokens=options.max_tokens,
        timeout=options.timeout,
    )
    if why is None and not settings.endpoint_configured:
        why = "no model endpoint is configured (OPENAI_API_KEY or --base-url), so auto means rules"
    if why is not None:
        raise InputError(f"--narrative needs an LLM backend (an OpenAI-compatible endpoint): {why}")
    return settings


def write_briefings(
    store: Store,
    briefings: Sequence[Briefing],
    formats: Sequence[BriefingFormat] | None,
    output: str | None,
) -> list[Path]:
    """Write the briefings where `-o` says (see summarize.outputs); the files written."""
    from summarize.outputs import plan_outputs, render_document, write_output

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
        write_output(document.path, rendered)
        written.append(document.path)
    return written


def write_index(
    briefings: Sequence[Briefing], formats: Sequence[BriefingFormat] | None, folder: Path
) -> Path:
    """FOLDER/index.html, linking each briefing's HTML file (else the first format written)."""
    from summarize.index import index_html
    from summarize.outputs import write_output

    written: list[BriefingFormat] = list(formats or ["md"])
    fmt: BriefingFormat = "html" if "html" in written else written[0]
    path = folder / "index.html"
    write_output(path, index_html(briefings, fmt))
    return path


@app.command(
    epilog=examples(
        "summarize brief articles/ --format all -o briefings/",
        "summarize brief --conflict Nagorno-Karabakh --date 2020-10-02 -o day.html",
        "summarize brief -o - | jq .date",
        "summarize brief --feeds -o briefings/",
    )
)
@user_errors
def brief(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Articles to extract first (files, folders, globs, URLs); default: the store."
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
    every: Annotated[
        bool,
        typer.Option(
            "--all",
            help="Every conflict and day (no --date, --conflict), into -o FOLDER, with an "
            "index.html linking them and charting each claimant's cumulative figures.",
        ),
    ] = False,
    narrative: Annotated[
        bool,
        typer.Option(
            "--narrative",
            help="Add a 3-6 sentence summary written by the model (LLM backends only); each "
            "sentence cites key takeaways and may only state their numbers.",
        ),
    ] = False,
    allow_mixed: Annotated[
        bool,
        typer.Option(
            "--allow-mixed",
            help="Brief stored extractions made by another extractor than --backend (a "
            "warning instead of an error).",
        ),
    ] = False,
    feeds: FeedsOption = False,
    ignore_robots: IgnoreRobotsOption = False,
    fetch_delay: FetchDelayOption = DEFAULT_HOST_DELAY,
    fetch_timeout: FetchTimeoutOption = DEFAULT_TIMEOUT,
) -> None:
    """Merge extracted articles into daily briefings, one per conflict and day.

    Each has key takeaways, contested figures side by side, a ceasefire tracker, positions by
    actor, changes and numbered sources. With PATHS, extract them first (as `run` does); with
    --feeds, check the followed feeds first and brief from their articles."""
    from summarize.feeds import FeedList
    from summarize.fetch import fetching

    wanted_day = checked_date(day)
    chosen = chosen_formats(formats or [])
    settings = fetch_settings(ignore_robots, fetch_delay, fetch_timeout)
    failed = False
    options = ModelOptions(
        backend, model, base_url, model_path, max_tokens, timeout, record, replay
    )
    narrator_settings = narrative_settings(options) if narrative else None
    if every and (day is not None or conflict is not None):
        raise InputError("--all writes every conflict and day: leave out --date and --conflict")
    if every and (output is None or output == "-" or Path(output).suffix):
        raise InputError("--all needs -o FOLDER (the briefings and index.html go there)")
    # Only reading (no PATHS, no feeds): no write access needed.
    with (
        open_store(db, readonly=not (paths or feeds)) as store,
        fetching(settings, sqlite_file(store) if paths or feeds else None),
    ):
        sources: list[str] | None = None
        links, feed_failures = take_feeds(store, say) if feeds else ([], [])
        if paths or feeds:
            summary = extract_into_store(
                paths or [],
                options,
                store,
                concurrency,
                glob_patterns,
                urls=links,
                fetch=settings,
            )
            failed = summary.failed > 0 or bool(feed_failures)
            if summary.failed and summary.succeeded == 0 and not feeds:
                raise ArticlesFailedError(
                    f"every article failed ({summary.failed}, listed above): no briefing written"
                )
            sources = [o.source for o in summary.outcomes if not feeds or o.source not in links]
        if feeds:
            record_feed_outcomes(store, links, summary)
            with FeedList(feeds_file(store)) as followed:
                sources = [*(sources or []), *followed.stored_links()]
        briefings = make_briefings(store, sources, wanted_day, conflict)
        check_backend(briefings, backend, replay is not None, allow_mixed)
        if narrator_settings is not None:
            from summarize.narrative import Narrator

            narrator = Narrator(narrator_settings)
            briefings = [narrator.narrate(briefing) for briefing in briefings]
            for briefing in briefings:
                if briefing.narrative_note:
                    say(f"warning: {briefing_title(briefing)}: {briefing.narrative_note}")
        for path in write_briefings(store, briefings, chosen, output):
            typer.echo(str(path))
        if every and output is not None:
            typer.echo(str(write_index(briefings, chosen, Path(output))))
    if failed:
        what = "some feeds or articles" if feeds else "some articles"
        stderr.print(
            f"{what} failed and are missing from the briefings", markup=False, soft_wrap=True
        )
        raise typer.Exit(1)
