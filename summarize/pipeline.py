"""Batch extraction into the store: many articles, a bounded number of model requests in flight.

A few loader threads hash each file, look the hash up in the cache and, only on a miss, read,
decode and parse the article. Extraction then runs one of two ways:

- an asynchronous extractor (the LLM through AsyncOpenAI): every article is a task on one event
  loop in the calling thread, at most `concurrency` extracting at once (a semaphore);
- any other (rules, a local model, replay): `concurrency` extraction threads.

Either way the calling thread owns the store and commits each article's result (and its model
calls) in its own transaction as soon as it is done, so an interrupted run loses at most the
articles still in progress.

Several workers (`summarize run` processes) may share one store: an article is claimed when a
slot is free to extract it, so a worker holds claims only on what it is extracting. One that
another worker holds is set aside and asked about again later, backing off to a second, so it
takes no slot and no place among the articles in progress meanwhile: workers walking the same
list add up instead of waiting on each other's articles. A run ends once every one of its
articles is stored or failed, by it or by another worker (or taken over when a lease expires).
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import dataclasses
import functools
import gc
import heapq
import itertools
import json
import queue
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, wait
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Literal, ParamSpec, TypeVar

from summarize.errors import InputError, SummarizeError
from summarize.extract import AsyncExtractor, Extractor
from summarize.ingest import Article, article_id, file_sha256, load_article, manifest_digest
from summarize.inputs import expand_inputs
from summarize.offload import Offload, batch_helper
from summarize.schema import SCHEMA_VERSION, Extraction, schema_hash
from summarize.store import CacheLookups, RunStart, Store

DEFAULT_CONCURRENCY = 4
MAX_CONCURRENCY = 64
LOAD_THREADS = 4  # reading and parsing is quick: a few threads keep the extraction workers fed
# Wall-clock seconds one article may take, reading and extracting together, before the batch
# records it as failed and goes on: hostile input must not stall a whole run.
DEFAULT_ARTICLE_BUDGET = 600.0
# Seconds before an article another worker holds is first asked about again, at least: about
# as long as this worker's own extractions take, then twice as long each time, up to a second
# or a quarter of the lease.
HELD_FIRST_RECHECK = 0.1

Status = Literal["extracted", "cached", "failed"]
T = TypeVar("T")
P = ParamSpec("P")


@dataclass(frozen=True)
class CallTotals:
    """What model calls cost: requests sent (every attempt, failed ones too) and tokens."""

    attempts: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0

    def __add__(self, other: CallTotals) -> CallTotals:
        return CallTotals(
            self.attempts + other.attempts,
            self.prompt_tokens + other.prompt_tokens,
            self.completion_tokens + other.completion_tokens,
        )

    @classmethod
    def of(cls, calls: Iterable[Mapping[str, Any]]) -> CallTotals:
        """Totals of call-log records (one record per attempt)."""
        totals = cls()
        for call in calls:
            totals += cls(
                1, _tokens(call.get("prompt_tokens")), _tokens(call.get("completion_tokens"))
            )
        return totals

    def describe(self) -> str:
        if not self.attempts:
            return "no model calls"
        return (
            f"{self.attempts:,} model attempt{'s' if self.attempts != 1 else ''}, "
            f"{self.prompt_tokens:,} prompt + {self.completion_tokens:,} completion tokens"
        )


def _tokens(value: object) -> int:
    return value if isinstance(value, int) else 0


@dataclass(frozen=True)
class ArticleOutcome:
    source: str
    status: Status
    error: str | None = None
    # Not in the repr: asyncio.run formats its task's repr (result included) when it restores
    # the SIGINT handler, which cost ~0.3 ms per article of a run.
    extraction: Extraction | None = field(default=None, repr=False)
    usage: CallTotals = CallTotals()


@dataclass(frozen=True)
class RunSummary:
    outcomes: tuple[ArticleOutcome, ...]

    @property
    def usage(self) -> CallTotals:
        """Model attempts and tokens over the whole run (from the call log)."""
        return sum((outcome.usage for outcome in self.outcomes), CallTotals())

    def count(self, status: Status) -> int:
        return sum(1 for outcome in self.outcomes if outcome.status == status)

    @property
    def failed(self) -> int:
        return self.count("failed")

    @property
    def cached(self) -> int:
        return self.count("cached")

    @property
    def succeeded(self) -> int:
        return self.count("extracted") + self.cached

    @property
    def sources(self) -> list[str]:
        return [outcome.source for outcome in self.outcomes]

    def describe(self) -> str:
        return (
            f"{self.succeeded} succeeded ({self.cached} cached), {self.failed} failed, "
            f"{len(self.outcomes)} articles; {self.usage.describe()}"
        )


# --- which files -------------------------------------------------------------------------


def expand_paths(paths: Sequence[str], follow_symlinks: bool = False) -> list[str]:
    """The article files `paths` name (see summarize.inputs.expand_inputs); skipped paths are
    dropped silently here: use expand_inputs to report them."""
    return expand_inputs(paths, follow_symlinks).files


# --- which extractor ---------------------------------------------------------------------


def extractor_key(extractor: Extractor) -> str:
    """The cache identity: the extractor's own (model, endpoint, prompt, parameters, or the
    rules and tables) plus the schema, so a change to any of them re-extracts."""
    identity = {
        "extractor": extractor.cache_identity(),
        "schema_version": SCHEMA_VERSION,
        "schema_hash": schema_hash(),
    }
    return json.dumps(identity, sort_keys=True, separators=(",", ":"))


# --- model call log ----------------------------------------------------------------------


def _parsed(text: object) -> object:
    if not isinstance(text, str):
        return text
    try:
        return json.loads(text)
    except ValueError:
        return text


def call_record(call: object) -> dict[str, Any]:
    """A model call as a JSON-able record for the store (the call never carries the API key)."""
    if dataclasses.is_dataclass(call) and not isinstance(call, type):
        raw = dataclasses.asdict(call)
    else:
        raw = dict(vars(call))
    record: dict[str, Any] = {
        key: value
        for key, value in raw.items()
        if key not in ("request_messages_json", "response_json", "duration_seconds")
    }
    record["messages"] = _parsed(raw.get("request_messages_json"))
    record["response"] = _parsed(raw.get("response_json"))
    record["duration_s"] = raw.get("duration_seconds")
    return record


class CallLog:
    """Collects model calls per article: pass `record` as the extractor's `on_call`.

    Calls are collected per context (a thread, or an asyncio task), so articles extracted side
    by side on threads or on one event loop each get their own."""

    def __init__(self) -> None:
        self._calls: contextvars.ContextVar[list[dict[str, Any]] | None] = contextvars.ContextVar(
            f"calls-{id(self)}", default=None
        )

    def record(self, call: object) -> None:
        collected = self._calls.get()
        if collected is not None:
            collected.append(call_record(call))

    @contextmanager
    def collecting(self) -> Iterator[list[dict[str, Any]]]:
        """Calls made in this context (thread or task) inside the block are appended to the
        yielded list."""
        calls: list[dict[str, Any]] = []
        token = self._calls.set(calls)
        try:
            yield calls
        finally:
            self._calls.reset(token)


# --- workers ---------------------------------------------------------------------------


class _Workers:
    """A thread pool whose threads never hold up the process: daemon threads, so that an
    interrupted run exits at once, and a task given up on (over its time budget) hands its slot
    to a fresh thread while the stuck one finishes, or not, in the background and then exits."""

    def __init__(self, size: int, name: str) -> None:
        self._size = size
        self._name = name
        self._tasks: queue.SimpleQueue[tuple[Future[Any], Callable[..., Any], tuple[Any, ...]]] = (
            queue.SimpleQueue()
        )
        self._lock = threading.Lock()
        self._live = self._idle = self._spawned = 0
        self._closed = False
        self._running: dict[Future[Any], tuple[float, threading.Thread]] = {}
        self._retired: set[threading.Thread] = set()

    def started_at(self, future: Future[Any]) -> float | None:
        """When a thread began running the task (time.monotonic), None while it waits."""
        with self._lock:
            running = self._running.get(future)
        return None if running is None else running[0]

    def submit(self, fn: Callable[..., T], *args: Any) -> Future[T]:
        future: Future[T] = Future()
        self._tasks.put((future, fn, args))
        with self._lock:
            if self._idle:
                self._idle -= 1
            elif self._live < self._size:
                self._spawn()
        return future

    def abandon(self, future: Future[Any]) -> None:
        """Give up on a running task: its thread exits once the task ends, a fresh thread takes
        its slot now."""
        with self._lock:
            running = self._running.get(future)
            if running is None or running[1] in self._retired:
                return
            self._retired.add(running[1])
            self._live -= 1
            if not self._closed:
                self._spawn()

    def close(self) -> None:
        """Idle threads exit; running tasks are not waited for."""
        with self._lock:
            self._closed = True
            live = self._live
        for _ in range(live):
            self._tasks.put((Future(), _stop, ()))

    def _spawn(self) -> None:  # with the lock held
        self._live += 1
        self._spawned += 1
        name = f"{self._name}-{self._spawned}"
        threading.Thread(target=self._work, name=name, daemon=True).start()

    def _work(self) -> None:
        me = threading.current_thread()
        while True:
            future, fn, args = self._tasks.get()
            if fn is _stop:
                return
            if future.set_running_or_notify_cancel():
                with self._lock:
                    self._running[future] = (time.monotonic(), me)
                try:
                    future.set_result(fn(*args))
                except BaseException as error:  # handed to whoever waits on the future
                    future.set_exception(error)
            with self._lock:
                self._running.pop(future, None)
                if me in self._retired:
                    self._retired.discard(me)
                    return
                if self._closed:
                    self._live -= 1
                    return
                self._idle += 1


def _stop() -> None:
    """The task that tells a worker thread to exit."""


# --- the batch ---------------------------------------------------------------------------


@dataclass
class _Done:
    """One article's work, ready to be committed by the thread that owns the store."""

    source: str
    article: Article | None = None
    extraction: Extraction | None = None
    error: str | None = None
    calls: list[dict[str, Any]] = field(default_factory=list)
    cached_id: int | None = None  # set when an earlier extraction of the same text was found
    sha256: str | None = None
    seconds: float | None = None  # how long the extraction took, when this worker made it


def _describe_error(error: Exception) -> str:
    if isinstance(error, SummarizeError):
        return str(error)
    return f"unexpected {type(error).__name__}: {error}"


def _cached_id(lookups: CacheLookups, sha256: str, key: str) -> int | None:
    try:
        return lookups.extraction_id(sha256, key)
    except Exception:  # an unreadable cache only costs a new extraction (any backend's error)
        return None


def _load(source: str) -> Article | str:
    try:
        return load_article(source)
    except SummarizeError as error:
        return str(error)
    except Exception as error:  # an unreadable file is one failed article, not a crash
        return _describe_error(error)


def _extract_one(article: Article, extractor: Extractor, calls: CallLog, source: str) -> _Done:
    started = time.monotonic()
    with calls.collecting() as collected:
        try:
            extraction = extractor.extract(article)
        except Exception as error:  # one article's failure must not stop the batch
            return _Done(source, article, error=_describe_error(error), calls=collected)
    seconds = time.monotonic() - started
    return _Done(source, article, extraction=extraction, calls=collected, seconds=seconds)


@dataclass(frozen=True)
class _ToExtract:
    source: str
    article: Article


def article_key(source: str, key: str) -> str:
    """The cache key of one article's extraction: the extractor's key, plus the article's
    sidecar metadata (manifest.json title, dates...) when it has any, since that metadata is
    part of the stored extraction: a changed manifest entry re-extracts."""
    digest = manifest_digest(source)
    return key if digest is None else f"{key}+manifest:{digest}"


class _ArticleKeys:
    """Each article's cache key (article_key) in one batch, worked out once, when the article
    is read: its manifest entry is not looked up again at its claim and at its commit, and the
    key it is claimed under is the key it is committed under."""

    def __init__(self, extractor_key: str) -> None:
        self._extractor_key = extractor_key
        self._keys: dict[str, str] = {}  # every source read in the batch (a source listed twice
        # keeps its key: one string per source, as many as the batch's list of sources)

    def of(self, source: str) -> str:
        key = self._keys.get(source)
        if key is None:
            key = self._keys[source] = article_key(source, self._extractor_key)
        return key


def _prepare(
    source: str, keys: _ArticleKeys, lookups: CacheLookups, offload: Offload | None = None
) -> _Done | _ToExtract:
    """A loader's share of one article: the cache by raw bytes first, parse only on a miss (in
    the helper process `offload`, when there is one). Returns the article when it needs
    extracting, else what to commit."""
    key = keys.of(source)
    try:
        sha256 = file_sha256(source)
        cached = None if sha256 is None else _cached_id(lookups, sha256, key)
        if cached is not None:
            return _Done(source, cached_id=cached, sha256=sha256)
        # A file goes to the helper; stdin and URLs (no hash) are read here, and so are the
        # first files, while the helper warms up: the first requests need not wait for it.
        if offload is not None and sha256 is not None and offload.ready():
            loaded = offload.run(_load, source)
        else:
            loaded = _load(source)
        if isinstance(loaded, str):
            return _Done(source, error=loaded)
        if loaded.sha256 != sha256:  # stdin, or the file changed since it was hashed
            cached = _cached_id(lookups, loaded.sha256, key)
            if cached is not None:
                return _Done(source, loaded, cached_id=cached, sha256=loaded.sha256)
        return _ToExtract(source, loaded)
    except Exception as error:  # whatever happens to one article, the batch goes on
        return _Done(source, error=_describe_error(error))


def _claim(store: Store, prepared: _ToExtract, keys: _ArticleKeys, run: RunStart) -> _Done | bool:
    """Claim an article before extracting it, so that several workers sharing the store never
    extract the same text twice: True to extract it, False when another worker holds it (ask
    again later), or what to commit (another worker stored or failed it meanwhile)."""
    article = prepared.article
    claim = store.claim(article.sha256, keys.of(prepared.source), run=run)
    if claim.state == "claimed":
        return True
    if claim.state == "busy":
        return False
    if claim.state == "cached":
        return _Done(prepared.source, article, cached_id=claim.extraction_id, sha256=article.sha256)
    return _Done(prepared.source, article, error=claim.error or "failed in another worker")


@dataclass(order=True)
class _Held:
    """An article another worker held when this one asked: asked about again at `due`."""

    due: float
    order: int
    prepared: _ToExtract = field(compare=False)
    allowance: float = field(compare=False)  # budget seconds left for its extraction
    delay: float = field(compare=False)  # seconds waited before this re-check


class _HeldArticles:
    """The articles other workers hold, each re-asked after a delay that doubles up to `most`
    seconds: an article held elsewhere is set aside instead of taking a request slot (or a
    place among the articles in progress) while it waits, and a worker with nothing else left
    sleeps until the next re-check instead of spinning. Kept until the other worker's result
    can be taken, or its lease expires and this worker takes the article over: a run never ends
    while another worker holds one of its articles.

    The first re-check comes after about as long as this worker's own extractions take (at
    least `first` seconds): the other worker started its extraction before this one asked, so
    it is most likely finished by then, and each article costs one re-check, not several."""

    def __init__(self, first: float, most: float) -> None:
        self._first = min(first, most)
        self._most = most
        self._typical: float | None = None  # recent extractions' seconds (a moving average)
        self._heap: list[_Held] = []
        self._count = itertools.count()

    @classmethod
    def for_lease(cls, lease_seconds: float) -> _HeldArticles:
        """Re-checks at most a quarter of the claims' lease apart (and at most 1 s)."""
        return cls(HELD_FIRST_RECHECK, min(1.0, lease_seconds / 4))

    def __len__(self) -> int:
        return len(self._heap)

    def observe(self, seconds: float | None) -> None:
        """One of this worker's extractions took `seconds`."""
        if seconds is not None:
            typical = self._typical
            self._typical = seconds if typical is None else 0.8 * typical + 0.2 * seconds

    def hold(self, prepared: _ToExtract, allowance: float, after: _Held | None = None) -> None:
        """Set an article aside: for about one extraction's time, or twice as long as last
        time."""
        if after is None:
            delay = min(max(self._first, self._typical or 0.0), self._most)
        else:
            delay = min(2 * after.delay, self._most)
        entry = _Held(time.monotonic() + delay, next(self._count), prepared, allowance, delay)
        heapq.heappush(self._heap, entry)

    def take_due(self, now: float) -> _Held | None:
        """The held article whose re-check is due soonest, if it is due by `now`."""
        if self._heap and self._heap[0].due <= now:
            return heapq.heappop(self._heap)
        return None

    def seconds_to_next(self, now: float) -> float | None:
        """Seconds until the next re-check is due (0 when overdue); None when none is held."""
        return max(self._heap[0].due - now, 0.0) if self._heap else None


def _save(store: Store, done: _Done, keys: _ArticleKeys) -> ArticleOutcome:
    key = keys.of(done.source)
    article = done.article
    if done.cached_id is not None and done.sha256 is not None:
        store.link_cached(
            source=done.source,
            article_id=article.id if article else article_id(done.source, done.sha256),
            sha256=done.sha256,
            extraction_id=done.cached_id,
        )
        return ArticleOutcome(done.source, "cached")
    usage = CallTotals.of(done.calls)
    if done.extraction is None or article is None:
        stored = store.save_failure(
            source=done.source,
            error=done.error or "unknown error",
            article_id=article.id if article else None,
            sha256=article.sha256 if article else None,
            extractor_key=key,
            calls=done.calls,
        )
        if not stored:
            return _taken_over(store, done, key, usage)
        return ArticleOutcome(done.source, "failed", error=done.error, usage=usage)
    stored = store.save_success(
        source=done.source,
        text=article.text,
        extraction=done.extraction,
        extractor_key=key,
        calls=done.calls,
    )
    if not stored:
        return _taken_over(store, done, key, usage)
    return ArticleOutcome(done.source, "extracted", extraction=done.extraction, usage=usage)


TAKEN_OVER = (
    "another worker took this article over after this worker's lease ran out (a stalled "
    "worker); its result is the one stored"
)


def _taken_over(store: Store, done: _Done, key: str, usage: CallTotals) -> ArticleOutcome:
    """This worker's lease ran out and another worker took the article over: this result is
    dropped. The source links to the other worker's extraction once it is stored (cached);
    until then it is reported failed here, with the reason, and nothing is written."""
    article = done.article
    sha256 = article.sha256 if article is not None else None
    found = store.cached_extraction_id(sha256, key) if sha256 else None
    if article is None or sha256 is None or found is None:
        return ArticleOutcome(done.source, "failed", error=TAKEN_OVER, usage=usage)
    store.link_cached(source=done.source, article_id=article.id, sha256=sha256, extraction_id=found)
    return ArticleOutcome(done.source, "cached", usage=usage)


def _over_budget(source: str, seconds: float, article: Article | None = None) -> _Done:
    error = (
        f"gave up after the per-article time budget of {seconds:g} s (reading and extracting): "
        "the input is too large or built to be slow; split it, or raise --article-timeout"
    )
    return _Done(source, article, error=error)


def check_concurrency(concurrency: int) -> None:
    """InputError unless 1 <= concurrency <= MAX_CONCURRENCY: run_batch checks it, and so
    does `run --processes` before it starts any worker."""
    if not 1 <= concurrency <= MAX_CONCURRENCY:
        raise InputError(f"--concurrency must be between 1 and {MAX_CONCURRENCY}")


# By default (before Python 3.13) the youngest objects are collected every 700 new containers; a
# batch makes tens of thousands per article (requests, answers, models), and the collections cost
# ~0.5 ms of each article's CPU on the event loop. A batch raises the first threshold to this
# and restores it after. The setting is the whole process's: batches are not run side by side.
YOUNG_GENERATION = 10_000


def _collecting_less(function: Callable[P, T]) -> Callable[P, T]:
    @functools.wraps(function)
    def run(*args: P.args, **kwargs: P.kwargs) -> T:
        young, *older = gc.get_threshold()
        if young:  # 0: the caller turned automatic collection off; leave it off
            gc.set_threshold(max(young, YOUNG_GENERATION), *older)
        try:
            return function(*args, **kwargs)
        finally:
            gc.set_threshold(young, *older)

    return run


def check_article_budget(seconds: float) -> None:
    """InputError unless an article's time budget (--article-timeout) is positive."""
    if seconds <= 0:
        raise InputError("--article-timeout must be more than 0 seconds")


@_collecting_less
def run_batch(
    sources: Sequence[str],
    extractor: Extractor,
    *,
    store: Store,
    concurrency: int = DEFAULT_CONCURRENCY,
    calls: CallLog | None = None,
    on_outcome: Callable[[ArticleOutcome], None] | None = None,
    article_budget: float | None = DEFAULT_ARTICLE_BUDGET,
    helper_process: bool | None = None,
) -> RunSummary:
    """Extract every source into `store`, reusing cached extractions; never raises per article.

    `calls` must be the CallLog whose `record` the extractor was built with (for the call log).
    An article still unfinished `article_budget` seconds after its reading started is recorded
    as failed and the batch goes on. An interruption (KeyboardInterrupt) propagates at once:
    committed articles stay, the ones in progress are dropped. `helper_process`: on an
    asynchronous extractor, parse and date the articles in a helper process (summarize.offload);
    None leaves it to `offload.helper_wanted` (large batches at high concurrency, 2+ cores).
    """
    check_concurrency(concurrency)
    if article_budget is not None:
        check_article_budget(article_budget)
    key = extractor_key(extractor)
    call_log = calls or CallLog()
    if isinstance(extractor, AsyncExtractor) and extractor.asynchronous:
        # Started before the event loop and the loader threads, so that it can be forked.
        offload = batch_helper(len(sources), concurrency, article_budget, helper_process)
        with offload or contextlib.nullcontext():
            return asyncio.run(
                _run_batch_async(
                    sources,
                    extractor,
                    store=store,
                    concurrency=concurrency,
                    calls=call_log,
                    on_outcome=on_outcome,
                    article_budget=article_budget,
                    key=key,
                    offload=offload,
                )
            )
    # Claims (summarize.store.base): an article is claimed once an extraction thread is free for
    # it, so this worker holds claims only on what it is extracting; one another worker holds is
    # set aside and asked about again later (`held`); this worker's claims are renewed every
    # third of their lease.
    run = store.begin_run()
    keys = _ArticleKeys(key)
    held = _HeldArticles.for_lease(store.lease_seconds)
    next_renewal = time.monotonic() + store.lease_seconds / 3
    outcomes: list[ArticleOutcome] = []
    waiting = iter(sources)
    # Articles between reading and committing: enough that no extraction worker waits for the
    # next article, few enough to bound memory and the work an interruption loses.
    most_in_progress = 2 * concurrency
    budget = article_budget if article_budget is not None else float("inf")
    # Loaded articles waiting for a free extraction thread, with the budget they have left.
    ready: deque[tuple[_ToExtract, float]] = deque()

    def commit(done: _Done) -> None:
        outcome = _save(store, done, keys)
        outcomes.append(outcome)
        if on_outcome is not None:
            on_outcome(outcome)

    # Loading has its own few threads, so that its file reads never hold up a request slot.
    loaders = _Workers(min(LOAD_THREADS, concurrency), "load")
    workers = _Workers(concurrency, "extract")
    # Each future in progress: its source and the seconds of budget left when it started
    # waiting (time queued for a free thread does not count); extractions also hold the article.
    loading: dict[Future[_Done | _ToExtract], tuple[str, float]] = {}
    extracting: dict[Future[_Done], tuple[str, float, Article]] = {}

    def start(prepared: _ToExtract, allowance: float, after: _Held | None = None) -> None:
        """Extract it if this worker can claim it; else commit or set aside what the claim
        says."""
        claimed = _claim(store, prepared, keys, run)
        if claimed is True:
            submitted = workers.submit(
                _extract_one, prepared.article, extractor, call_log, prepared.source
            )
            extracting[submitted] = (prepared.source, allowance, prepared.article)
        elif claimed is False:
            held.hold(prepared, allowance, after)
        else:
            commit(claimed)

    def left(pool: _Workers, future: Future[Any], allowance: float, now: float) -> float:
        started = pool.started_at(future)
        return allowance if started is None else allowance - (now - started)

    try:
        with store.cache_lookups() as lookups:
            while True:
                # As many claims as free extraction threads: held articles due for a re-check
                # first, then loaded ones in order.
                now = time.monotonic()
                while len(extracting) < concurrency:
                    entry = held.take_due(now)
                    if entry is not None:
                        start(entry.prepared, entry.allowance, entry)
                    elif ready:
                        start(*ready.popleft())
                    else:
                        break
                room = most_in_progress - len(loading) - len(extracting) - len(ready)
                for source in itertools.islice(waiting, max(room, 0)):
                    loading[loaders.submit(_prepare, source, keys, lookups)] = (source, budget)
                if not loading and not extracting and not ready and not held:
                    break
                in_progress: set[Future[Any]] = {*loading, *extracting}
                now = time.monotonic()
                nearest = min(
                    [left(loaders, f, allowance, now) for f, (_, allowance) in loading.items()]
                    + [
                        left(workers, f, allowance, now)
                        for f, (_, allowance, _) in extracting.items()
                    ],
                    default=1.0,
                )
                next_check = held.seconds_to_next(now)
                if next_check is not None and len(extracting) < concurrency:
                    nearest = min(nearest, next_check)  # a thread is free for the re-check
                # Wake at least every second: a queued task's clock starts when it runs.
                timeout = min(max(nearest, 0.0), 1.0)
                if in_progress:
                    wait(in_progress, timeout=timeout, return_when=FIRST_COMPLETED)
                else:  # only held articles left: sleep until the next re-check
                    time.sleep(timeout)
                now = time.monotonic()
                if now >= next_renewal:
                    store.renew_claims()
                    next_renewal = now + store.lease_seconds / 3
                for future, (source, allowance) in list(loading.items()):
                    remaining = left(loaders, future, allowance, now)
                    if future.done():
                        del loading[future]
                        prepared = future.result()
                        if isinstance(prepared, _ToExtract):
                            ready.append((prepared, remaining))
                        else:
                            commit(prepared)
                    elif remaining <= 0:
                        del loading[future]
                        loaders.abandon(future)
                        commit(_over_budget(source, budget))
                for extracted, (source, allowance, article) in list(extracting.items()):
                    if extracted.done():
                        del extracting[extracted]
                        done = extracted.result()
                        held.observe(done.seconds)
                        commit(done)
                    elif left(workers, extracted, allowance, now) <= 0:
                        del extracting[extracted]
                        workers.abandon(extracted)
                        commit(_over_budget(source, budget, article))
    finally:
        pending: list[Future[Any]] = [*loading, *extracting]
        for future in pending:
            future.cancel()
        loaders.close()
        workers.close()
    order = {source: index for index, source in enumerate(sources)}
    return RunSummary(tuple(sorted(outcomes, key=lambda o: order.get(o.source, len(order)))))


# --- the batch on an event loop ------------------------------------------------------------


async def _extract_one_async(
    article: Article,
    extractor: AsyncExtractor,
    calls: CallLog,
    source: str,
    answered: Callable[[], Awaitable[None]] | None = None,
    offload: Offload | None = None,
) -> _Done:
    started = time.monotonic()
    with calls.collecting() as collected:
        try:
            if offload is None:  # extractors written before `offload` existed still work
                extraction = await extractor.aextract(article, answered=answered)
            else:
                extraction = await extractor.aextract(article, answered=answered, offload=offload)
        except Exception as error:  # one article's failure must not stop the batch
            return _Done(source, article, error=_describe_error(error), calls=collected)
    seconds = time.monotonic() - started
    return _Done(source, article, extraction=extraction, calls=collected, seconds=seconds)


async def _run_batch_async(
    sources: Sequence[str],
    extractor: AsyncExtractor,
    *,
    store: Store,
    concurrency: int,
    calls: CallLog,
    on_outcome: Callable[[ArticleOutcome], None] | None,
    article_budget: float | None,
    key: str,
    offload: Offload | None,
) -> RunSummary:
    """run_batch for an asynchronous extractor: one task per article in progress on this
    thread's event loop, `concurrency` of them extracting at once; loading stays on threads;
    parsing and dating go to the helper process `offload` when there is one.
    An article's budget runs from when its loading starts; waiting for a loader thread or for
    an extraction slot does not count."""
    outcomes: list[ArticleOutcome] = []
    budget = article_budget if article_budget is not None else float("inf")
    slots = asyncio.BoundedSemaphore(concurrency)  # a slot freed twice raises
    loaders = _Workers(min(LOAD_THREADS, concurrency), "load")
    # Claims, as in run_batch: an article is claimed once it has a request slot, so this worker
    # holds claims only on what it is extracting; one another worker holds is set aside and
    # asked about again later (`held`); this worker's claims are renewed every third of their
    # lease.
    run = store.begin_run()
    keys = _ArticleKeys(key)
    held = _HeldArticles.for_lease(store.lease_seconds)

    async def renew_claims() -> None:
        while True:
            await asyncio.sleep(store.lease_seconds / 3)
            store.renew_claims()

    async def extract(prepared: _ToExtract, left: float) -> _Done | None:
        """Claim the article once a slot is free and extract it: what to commit, or None when
        another worker holds it. The slot is freed as soon as the model has answered: the next
        article's request goes out before this one's dating and conflict detection, which would
        otherwise keep a slot idle (at concurrency 32, ~2 ms of each article's CPU)."""
        await slots.acquire()
        holding = True

        def free_slot() -> None:
            nonlocal holding
            if holding:
                holding = False
                slots.release()

        async def answered() -> None:
            free_slot()
            await asyncio.sleep(0)  # let an article waiting for the slot send its request

        try:
            claim = _claim(store, prepared, keys, run)
            if claim is False:
                return None
            if claim is not True:
                return claim
            if left <= 0:  # spent while loading: no request goes out
                return _over_budget(prepared.source, budget, prepared.article)
            work = _extract_one_async(
                prepared.article, extractor, calls, prepared.source, answered, offload
            )
            try:
                # In this task, not one `wait_for` would start: that task's first step would
                # wait a whole turn of the event loop, holding the slot with nothing sent.
                async with asyncio.timeout(None if left == float("inf") else left):
                    done = await work
                held.observe(done.seconds)
                return done
            except TimeoutError:
                return _over_budget(prepared.source, budget, prepared.article)
        finally:
            free_slot()

    async def load(source: str, lookups: CacheLookups) -> tuple[_Done | _ToExtract, float]:
        """The loader's result and the budget left; over budget, a failure to commit."""
        future = loaders.submit(_prepare, source, keys, lookups, offload)
        waiting = asyncio.wrap_future(future)
        while True:
            started = loaders.started_at(future)
            spent = 0.0 if started is None else time.monotonic() - started
            if spent >= budget:
                loaders.abandon(future)
                waiting.cancel()
                return _over_budget(source, budget), 0.0
            done, _ = await asyncio.wait({waiting}, timeout=min(budget - spent, 1.0))
            if done:
                started = loaders.started_at(future) or started
                spent = 0.0 if started is None else time.monotonic() - started
                return waiting.result(), budget - spent

    async def one(source: str, lookups: CacheLookups) -> _Done | None:
        """A fresh article: what to commit, or None when it was set aside (held elsewhere)."""
        prepared, left = await load(source, lookups)
        if not isinstance(prepared, _ToExtract):
            return prepared
        done = await extract(prepared, left)
        if done is None:
            held.hold(prepared, left)
        return done

    async def again(entry: _Held) -> _Done | None:
        """A held article's re-check: what to commit, or None when it is still held."""
        done = await extract(entry.prepared, entry.allowance)
        if done is None:
            held.hold(entry.prepared, entry.allowance, after=entry)
        return done

    waiting = iter(sources)
    most_in_progress = 2 * concurrency
    running: set[asyncio.Task[_Done | None]] = set()
    renewing = asyncio.ensure_future(renew_claims())
    try:
        with store.cache_lookups() as lookups:
            while True:
                # Held articles due for a re-check first (most are finished elsewhere by now:
                # taking their result frees their memory), then fresh ones fill the room.
                now = time.monotonic()
                while len(running) < most_in_progress and (entry := held.take_due(now)) is not None:
                    running.add(asyncio.ensure_future(again(entry)))
                room = most_in_progress - len(running)
                for source in itertools.islice(waiting, max(room, 0)):
                    running.add(asyncio.ensure_future(one(source, lookups)))
                if not running and not held:
                    break
                # Wake for the next re-check only when there is room to start it.
                pause = None
                if len(running) < most_in_progress:
                    pause = held.seconds_to_next(time.monotonic())
                if not running:  # only held articles left: sleep until the next re-check
                    await asyncio.sleep(pause or 0.0)
                    continue
                finished, running = await asyncio.wait(
                    running, timeout=pause, return_when=FIRST_COMPLETED
                )
                for task in finished:
                    done = task.result()
                    if done is None:
                        continue
                    outcome = _save(store, done, keys)
                    outcomes.append(outcome)
                    if on_outcome is not None:
                        on_outcome(outcome)
    finally:
        renewing.cancel()
        for task in running:
            task.cancel()
        if running:
            await asyncio.wait(running, timeout=1.0)
        loaders.close()
        await extractor.aclose()
    order = {source: index for index, source in enumerate(sources)}
    return RunSummary(tuple(sorted(outcomes, key=lambda o: order.get(o.source, len(order)))))
