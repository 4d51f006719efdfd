"""`summarize run PATHS...`: extract many articles into the local store, cached and resumable."""

from __future__ import annotations

import signal
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, nullcontext, suppress
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

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
from summarize.errors import InputError, printable
from summarize.fetch import DEFAULT_HOST_DELAY, DEFAULT_TIMEOUT, FetchSettings
from summarize.pipeline import (
    DEFAULT_ARTICLE_BUDGET,
    DEFAULT_CONCURRENCY,
    ArticleOutcome,
    RunSummary,
    check_article_budget,
)
from summarize.store import Store, StoreTarget, default_db, store_target
from summarize.wording import describe_run, failure_line, plural

if TYPE_CHECKING:
    from types import FrameType

    from summarize.costs import CostMeter
    from summarize.extract.batch import BatchPolicy
    from summarize.pipeline import CallLog

# `run --batch` polling (summarize.extract.batch.BatchPolicy): first wait, longest wait, bound.
BATCH_FIRST_POLL = 15.0
BATCH_MAX_POLL = 300.0
BATCH_WAIT = 26 * 3600.0

# Options shared with `summarize brief`; the model options come from summarize.cli._options.
PathsArgument = Annotated[
    list[str] | None,
    typer.Argument(
        help="Article files, folders (searched recursively), quoted globs or http(s) URLs."
    ),
]
GlobOption = Annotated[
    list[str] | None,
    typer.Option(
        "--glob",
        metavar="PATTERN",
        help="Only files matching PATTERN in folders and globs (repeatable; relative to the "
        "folder; default *.txt, *.html, *.htm, *.md).",
    ),
]
DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="SQLite store file, or a postgresql:// URL (env SUMMARIZE_DB, or db in the config "
        "file; default: a file in the user data directory).",
    ),
]
ConcurrencyOption = Annotated[
    int, typer.Option(help="Articles extracted at the same time (model requests in flight).")
]
FollowSymlinksOption = Annotated[
    bool,
    typer.Option(
        "--follow-symlinks",
        help="Read symlinks in a folder that lead outside it (skipped by default).",
    ),
]
BatchOption = Annotated[
    bool,
    typer.Option(
        "--batch",
        help="Send the first ask of every article as one OpenAI Batch API job (cheaper, slower); "
        "a killed run resumes polling the same batch.",
    ),
]
BatchPollOption = Annotated[
    float,
    typer.Option("--batch-poll", help="Seconds before the first poll of a batch (then doubling)."),
]
BatchMaxPollOption = Annotated[
    float,
    typer.Option("--batch-max-poll", help="Most seconds between two polls of a batch."),
]
BatchWaitOption = Annotated[
    float,
    typer.Option(
        "--batch-wait",
        help="Seconds to keep polling before stopping with the batch left open (run again to "
        "resume).",
    ),
]
ProcessesOption = Annotated[
    int,
    typer.Option(
        "--processes",
        help="Worker processes sharing the work and the store, --concurrency split between "
        "them: use more than one core (files only: no URLs, --feeds or --batch).",
    ),
]
WorkerJobOption = Annotated[
    Path | None,
    typer.Option("--worker-job", hidden=True, help="Internal: one worker of --processes."),
]
ArticleTimeoutOption = Annotated[
    float,
    typer.Option(
        "--article-timeout",
        help="Seconds one article may take (reading and extracting) before it is recorded as "
        "failed and the run goes on.",
    ),
]


def say(message: str) -> None:
    """A plain line on stderr: no rich markup (paths and errors may contain brackets), no wrap."""
    stderr.print(printable(message), markup=False, soft_wrap=True, highlight=False)


def store_path(db: str | None) -> StoreTarget:
    """--db, else SUMMARIZE_DB, else the config file's db, else the user data directory."""
    if db is not None:
        return store_target(db)
    from summarize.config import load_layers

    configured = load_layers().db
    return store_target(configured) if configured is not None else default_db()


def sqlite_file(store: Store) -> Path | None:
    """The store's SQLite file, where the page cache lives; None for a PostgreSQL store."""
    path = getattr(store, "path", None)
    return path if isinstance(path, Path) else None


def feeds_file(target: StoreTarget | Store) -> Path:
    """Where followed feeds are kept: the SQLite store file (PostgreSQL stores do not keep them)."""
    path = sqlite_file(target) if isinstance(target, Store) else target
    if not isinstance(path, Path):
        raise InputError("feeds are kept in a SQLite store: use --db FILE (not a PostgreSQL URL)")
    return path


def open_store(db: str | None, *, readonly: bool = False) -> Store:
    """The store; `readonly` when the command only reads (a store the user may not write)."""
    return Store(store_path(db), readonly=readonly)


@contextmanager
def progress_reporter() -> Iterator[Progress | None]:
    """A progress bar on a terminal; nothing otherwise."""
    if not stderr.is_terminal:
        yield None
        return
    columns = (
        TextColumn("extracting"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.description}"),
    )
    with Progress(*columns, console=stderr, transient=True) as progress:
        yield progress


def resolve_sources(
    paths: Sequence[str],
    patterns: Sequence[str] | None = None,
    *,
    follow_symlinks: bool = False,
    urls: Sequence[str] = (),
) -> list[str]:
    """The articles `paths` (files, folders, globs, URLs) and `urls` name, in order: files first,
    then URLs without repeats; skipped paths are reported on stderr."""
    from summarize.fetch import is_url
    from summarize.inputs import Inputs, expand_inputs

    files = [path for path in paths if not is_url(path)]
    inputs = expand_inputs(files, follow_symlinks, patterns) if files else Inputs()
    for skipped in inputs.skipped:
        say(f"warning: {skipped}")
    given_urls = [path for path in paths if is_url(path)]
    return [*inputs.files, *dict.fromkeys([*given_urls, *urls])]


def extract_into_store(
    paths: Sequence[str],
    options: ModelOptions,
    store: Store,
    concurrency: int,
    patterns: Sequence[str] | None = None,
    *,
    article_budget: float | None = DEFAULT_ARTICLE_BUDGET,
    follow_symlinks: bool = False,
    urls: Sequence[str] = (),
    fetch: FetchSettings | None = None,
    batch: BatchPolicy | None = None,
) -> RunSummary:
    """Extract `paths` (files, folders, globs, URLs) and `urls` into `store`; report failures
    and a summary line on stderr. URLs are fetched with `fetch` (see summarize.fetch).

    Ctrl-C stops at once: committed articles stay in the store, and KeyboardInterrupt goes on
    to the error boundary (exit 130)."""
    from summarize.fetch import active_fetcher, fetching, is_url

    given_urls = [path for path in paths if is_url(path)]
    if (given_urls or urls) and active_fetcher() is None:  # URLs to fetch: a fetcher for them
        with fetching(fetch or FetchSettings(), sqlite_file(store)):
            return extract_into_store(
                paths,
                options,
                store,
                concurrency,
                patterns,
                article_budget=article_budget,
                follow_symlinks=follow_symlinks,
                urls=urls,
                fetch=fetch,
                batch=batch,
            )
    sources = resolve_sources(paths, patterns, follow_symlinks=follow_symlinks, urls=urls)
    summary, _ = extract_sources(
        sources, options, store, concurrency, article_budget=article_budget, batch=batch
    )
    return summary


def extract_sources(
    sources: Sequence[str],
    options: ModelOptions,
    store: Store,
    concurrency: int,
    *,
    article_budget: float | None = DEFAULT_ARTICLE_BUDGET,
    batch: BatchPolicy | None = None,
    quiet: bool = False,
    notice: bool = True,
) -> tuple[RunSummary, CostMeter]:
    """extract_into_store once the sources are known; also the cost meter. `quiet` (a worker
    process of `run --processes`) reports nothing per article and no summary line; `notice`
    prints the extractor's notice."""
    from summarize.costs import CostMeter
    from summarize.pipeline import CallLog, run_batch

    calls = CallLog()
    meter = CostMeter()
    extractor, said = options.build(on_call=meter.wrap(calls.record))
    if said and notice:
        say(said)
    committed = 0
    with progress_reporter() if not quiet else nullcontext() as progress:
        task = progress.add_task("", total=len(sources)) if progress else None

        def report(outcome: ArticleOutcome) -> None:
            nonlocal committed
            committed += 1
            if outcome.status == "failed" and not quiet:
                say(failure_line(outcome.source, outcome.error))
            if progress is not None and task is not None:
                name = printable(Path(outcome.source).name)
                progress.update(task, advance=1, description=escape(name))

        try:
            if batch is not None:
                summary = _run_batch_api(
                    sources, extractor, store, calls, concurrency, batch, report, meter
                )
            else:
                summary = run_batch(
                    sources,
                    extractor,
                    store=store,
                    concurrency=concurrency,
                    calls=calls,
                    on_outcome=report,
                    article_budget=article_budget,
                )
        except KeyboardInterrupt:
            again = "run again to resume" + (" (the batch stays open)" if batch else "")
            raise KeyboardInterrupt(
                f"{committed} of {len(sources)} articles committed to {store.location}; {again}"
            ) from None
    if batch is not None or quiet:
        return summary, meter
    cost = f"; {meter.describe()}" if meter.calls else ""
    say(f"{describe_run(summary)}{cost}; store: {store.location}")
    return summary, meter


def _run_batch_api(
    sources: Sequence[str],
    extractor: object,
    store: Store,
    calls: CallLog,
    concurrency: int,
    policy: BatchPolicy,
    report: Callable[[ArticleOutcome], None],
    meter: CostMeter,
) -> RunSummary:
    """`run --batch`: the first asks through the Batch API (summarize.extract.batch)."""
    import asyncio

    from summarize.extract.batch import BatchReport, check_batch_extractor, run_batch_api

    batches = BatchReport()
    summary = asyncio.run(
        run_batch_api(
            sources,
            check_batch_extractor(extractor),
            store=store,
            calls=calls,
            concurrency=concurrency,
            policy=policy,
            on_outcome=report,
            say=say,
            report=batches,
        )
    )
    cost = f"; {meter.describe_batch_run()}" if meter.calls else ""
    say(f"{describe_run(summary)}; {batches.describe()}{cost}; store: {store.location}")
    return summary


def take_feeds(store: Store, say_line: Callable[[str], None]) -> tuple[list[str], list[str]]:
    """Check every followed feed (with the active fetcher): the article URLs to take and one
    line per failed feed (already reported)."""
    from summarize.feeds import FeedList
    from summarize.fetch import active_fetcher

    fetcher = active_fetcher()
    assert fetcher is not None, "take_feeds runs inside summarize.fetch.fetching"
    with FeedList(feeds_file(store)) as feeds:
        if not feeds.feeds():
            raise InputError("no feeds followed: add one with `summarize feeds add URL`")
        poll = feeds.poll(fetcher)
    for failure in poll.failures:
        say_line(failure_line("feed", failure))
    taken = plural(len(poll.links), "entry", "entries")
    say_line(f"{plural(poll.checked, 'feed')} checked: {taken} to take")
    return poll.links, poll.failures


def record_feed_outcomes(store: Store, links: Sequence[str], summary: RunSummary) -> None:
    """Mark each taken feed entry stored or failed, from the run's outcomes."""
    from summarize.feeds import FeedList

    taken = set(links)
    with FeedList(feeds_file(store)) as feeds:
        feeds.record_outcomes(
            [
                (o.source, (o.error or "failed") if o.status == "failed" else None)
                for o in summary.outcomes
                if o.source in taken
            ]
        )


@app.command(
    epilog=examples(
        "summarize run articles/ --concurrency 8",
        "summarize run scraped/ --glob '*.html' --db news.sqlite",
        "summarize run a.txt b.txt --replay evals/recordings/reference",
        "summarize run https://example.org/news/article.html --feeds",
    )
)
@user_errors
def run(
    paths: PathsArgument = None,
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
    article_timeout: ArticleTimeoutOption = DEFAULT_ARTICLE_BUDGET,
    follow_symlinks: FollowSymlinksOption = False,
    feeds: FeedsOption = False,
    ignore_robots: IgnoreRobotsOption = False,
    fetch_delay: FetchDelayOption = DEFAULT_HOST_DELAY,
    fetch_timeout: FetchTimeoutOption = DEFAULT_TIMEOUT,
    batch: BatchOption = False,
    batch_poll: BatchPollOption = BATCH_FIRST_POLL,
    batch_max_poll: BatchMaxPollOption = BATCH_MAX_POLL,
    batch_wait: BatchWaitOption = BATCH_WAIT,
    processes: ProcessesOption = 1,
    worker_job: WorkerJobOption = None,
) -> None:
    """Extract every article into the local store, cached and resumable.

    Re-runs reuse stored results (no model calls for unchanged articles) and resume after an
    interruption. Every model call is logged in the store (`summarize logs`). URLs are fetched
    politely (robots.txt, one request at a time per host) and re-checked with conditional
    requests. Exit 1 if any article or feed failed."""
    from summarize.extract.batch import BatchPolicy
    from summarize.fetch import fetching

    if worker_job is not None:
        _run_worker_job(worker_job)
        return
    if not paths and not feeds:
        raise InputError("give PATHS (files, folders, globs or URLs), or --feeds")
    options = ModelOptions(
        backend, model, base_url, model_path, max_tokens, timeout, record, replay
    )
    if processes != 1:
        _run_in_processes(
            paths or [],
            options,
            db,
            concurrency,
            processes,
            glob_patterns,
            article_timeout=article_timeout,
            follow_symlinks=follow_symlinks,
            unsupported=[flag for flag, given in (("--feeds", feeds), ("--batch", batch)) if given],
        )
        return
    settings = fetch_settings(ignore_robots, fetch_delay, fetch_timeout)
    with open_store(db) as store, fetching(settings, sqlite_file(store)):
        links, feed_failures = take_feeds(store, say) if feeds else ([], [])
        summary = extract_into_store(
            paths or [],
            options,
            store,
            concurrency,
            glob_patterns,
            article_budget=article_timeout,
            follow_symlinks=follow_symlinks,
            urls=links,
            fetch=settings,
            batch=BatchPolicy(batch_poll, batch_max_poll, batch_wait) if batch else None,
        )
        if feeds:
            record_feed_outcomes(store, links, summary)
    if summary.failed or feed_failures:
        raise typer.Exit(1)


def _run_in_processes(
    paths: Sequence[str],
    options: ModelOptions,
    db: str | None,
    concurrency: int,
    processes: int,
    patterns: Sequence[str] | None,
    *,
    article_timeout: float,
    follow_symlinks: bool,
    unsupported: Sequence[str],
) -> None:
    """`run --processes N` (N > 1): see summarize.cli._processes."""
    from summarize.cli._processes import check_processes, run_processes
    from summarize.fetch import is_url

    check_processes(processes, concurrency)
    check_article_budget(article_timeout)
    if unsupported:
        raise InputError(f"--processes takes article files only, not {' or '.join(unsupported)}")
    if any(is_url(path) or path == "-" for path in paths):
        raise InputError(
            "--processes takes article files only: fetch URLs (and read stdin) in one process"
        )
    sources = resolve_sources(paths, patterns, follow_symlinks=follow_symlinks)
    target = store_path(db)
    with Store(target) as store:  # the schema exists before the workers race for it
        ran = run_processes(
            sources,
            db=str(target),
            processes=processes,
            concurrency=concurrency,
            article_timeout=article_timeout,
            options=options.to_json_fields(),
        )
        location = store.location
    if ran.signals:
        signum = ran.signals[0]
        say(f"interrupted: committed articles stay in {location}; run again to resume")
        raise typer.Exit(128 + signum)
    for outcome in ran.summary.outcomes:
        if outcome.status == "failed":
            say(failure_line(outcome.source, outcome.error))
    for line in ran.failed_children:
        say(f"error: {line}")
    if ran.input_error:  # each worker said why on stderr, as one process would
        raise typer.Exit(InputError.exit_code)
    from summarize.costs import describe_cost

    cost = ""
    if ran.cost.get("calls"):
        cost = f"; {describe_cost(ran.cost['dollars'], ran.cost['batch_dollars'])}"
    workers = f"{processes} worker processes"
    say(f"{describe_run(ran.summary)}{cost}; {workers}; store: {location}")
    if ran.summary.failed or ran.failed_children:
        raise typer.Exit(1)


def _interrupt_on_sigterm(signum: int, frame: FrameType | None) -> None:
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # a second one ends the process at once
    raise KeyboardInterrupt


def _run_worker_job(path: Path) -> None:
    """One worker process of `run --processes`: its job file says what to extract where; its
    outcomes go to the job's result file. Exit 1 if any article failed.

    The job file is deleted once read (it may hold a store URL with its password), so that it
    does not outlive a parent killed before it could remove its folder. SIGTERM (which the
    parent forwards) stops the worker the way Ctrl-C does: its claims are released for the
    next run instead of waiting for their lease; a second SIGTERM ends it at once."""
    from summarize.cli._processes import WorkerJob, write_result

    job = WorkerJob.read(path)
    with suppress(OSError):
        path.unlink()
    signal.signal(signal.SIGTERM, _interrupt_on_sigterm)
    options = ModelOptions.from_json_fields(job.options)
    with Store(store_target(job.db)) as store:
        summary, meter = extract_sources(
            job.sources,
            options,
            store,
            job.concurrency,
            article_budget=job.article_timeout,
            quiet=True,
            notice=job.speak,
        )
    cost = {"calls": meter.calls, "dollars": meter.dollars, "batch_dollars": meter.batch_dollars}
    write_result(Path(job.result), summary, cost)
    if summary.failed:
        raise typer.Exit(1)
