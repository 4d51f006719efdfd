"""Batch extraction into the store: many articles, a bounded number of model requests in flight.

Worker threads only read articles and call the extractor; the calling thread owns the store and
commits each article's result (and its model calls) in its own transaction as soon as it is
done, so an interrupted run loses at most the articles still in flight.
"""

from __future__ import annotations

import dataclasses
import glob
import json
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from summarize.errors import InputError, SummarizeError
from summarize.extract import Extractor
from summarize.ingest import Article, load_article
from summarize.schema import SCHEMA_VERSION, Extraction, schema_hash
from summarize.store import Store

ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".md")
DEFAULT_CONCURRENCY = 4
MAX_CONCURRENCY = 64

Status = Literal["extracted", "cached", "failed"]


@dataclass(frozen=True)
class ArticleOutcome:
    source: str
    status: Status
    error: str | None = None
    extraction: Extraction | None = None


@dataclass(frozen=True)
class RunSummary:
    outcomes: tuple[ArticleOutcome, ...]

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
            f"{len(self.outcomes)} articles"
        )


# --- which files -------------------------------------------------------------------------


def _folder_articles(folder: Path) -> list[str]:
    return sorted(
        str(path)
        for path in folder.iterdir()
        if path.is_file() and path.suffix.lower() in ARTICLE_SUFFIXES
    )


def expand_paths(paths: Sequence[str]) -> list[str]:
    """Files as given, folders as their article files, globs as their matches; no repeats.

    A path that does not exist is kept, so that it is reported as a failed article.
    """
    found: list[str] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found += _folder_articles(path)
        elif glob.has_magic(raw) and not path.exists():
            matches = sorted(glob.glob(raw, recursive=True))
            if not matches:
                raise InputError(f"no files match {raw}")
            for match in matches:
                match_path = Path(match)
                found += _folder_articles(match_path) if match_path.is_dir() else [match]
        else:
            found.append(raw)
    unique = list(dict.fromkeys(found))
    if not unique:
        raise InputError(f"no article files ({', '.join(ARTICLE_SUFFIXES)}) in {', '.join(paths)}")
    return unique


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
    """Collects model calls per article: pass `record` as the extractor's `on_call`."""

    def __init__(self) -> None:
        self._local = threading.local()

    def record(self, call: object) -> None:
        collected: list[dict[str, Any]] | None = getattr(self._local, "calls", None)
        if collected is not None:
            collected.append(call_record(call))

    @contextmanager
    def collecting(self) -> Iterator[list[dict[str, Any]]]:
        """Calls made on this thread inside the block are appended to the yielded list."""
        calls: list[dict[str, Any]] = []
        self._local.calls = calls
        try:
            yield calls
        finally:
            self._local.calls = None


# --- the batch ---------------------------------------------------------------------------


@dataclass
class _Done:
    source: str
    article: Article | None = None
    extraction: Extraction | None = None
    error: str | None = None
    calls: list[dict[str, Any]] = field(default_factory=list)


def _describe_error(error: Exception) -> str:
    if isinstance(error, SummarizeError):
        return str(error)
    return f"unexpected {type(error).__name__}: {error}"


def _extract_one(article: Article, extractor: Extractor, calls: CallLog, source: str) -> _Done:
    with calls.collecting() as collected:
        try:
            extraction = extractor.extract(article)
        except Exception as error:  # one article's failure must not stop the batch
            return _Done(source, article, error=_describe_error(error), calls=collected)
    return _Done(source, article, extraction=extraction, calls=collected)


def _load(source: str) -> Article | str:
    try:
        return load_article(source)
    except SummarizeError as error:
        return str(error)
    except Exception as error:  # an unreadable file is one failed article, not a crash
        return _describe_error(error)


def _save(store: Store, done: _Done, key: str) -> ArticleOutcome:
    article = done.article
    if done.extraction is None or article is None:
        store.save_failure(
            source=done.source,
            error=done.error or "unknown error",
            article_id=article.id if article else None,
            sha256=article.sha256 if article else None,
            extractor_key=key,
            calls=done.calls,
        )
        return ArticleOutcome(done.source, "failed", error=done.error)
    store.save_success(
        source=done.source,
        text=article.text,
        extraction=done.extraction,
        extractor_key=key,
        calls=done.calls,
    )
    return ArticleOutcome(done.source, "extracted", extraction=done.extraction)


def run_batch(
    sources: Sequence[str],
    extractor: Extractor,
    *,
    store: Store,
    concurrency: int = DEFAULT_CONCURRENCY,
    calls: CallLog | None = None,
    on_outcome: Callable[[ArticleOutcome], None] | None = None,
) -> RunSummary:
    """Extract every source into `store`, reusing cached extractions; never raises per article.

    `calls` must be the CallLog whose `record` the extractor was built with (for the call log).
    """
    if not 1 <= concurrency <= MAX_CONCURRENCY:
        raise InputError(f"--concurrency must be between 1 and {MAX_CONCURRENCY}")
    key = extractor_key(extractor)
    call_log = calls or CallLog()
    outcomes: list[ArticleOutcome] = []

    def finish(outcome: ArticleOutcome) -> None:
        outcomes.append(outcome)
        if on_outcome is not None:
            on_outcome(outcome)

    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        in_flight: set[Future[_Done]] = set()
        for source in sources:
            loaded = _load(source)
            if isinstance(loaded, str):
                finish(_save(store, _Done(source, error=loaded), key))
                continue
            cached = store.cached_extraction_id(loaded.sha256, key)
            if cached is not None:
                store.link_cached(
                    source=source, article_id=loaded.id, sha256=loaded.sha256, extraction_id=cached
                )
                finish(ArticleOutcome(source, "cached"))
                continue
            # Bounded: never more than `concurrency` articles read ahead of the workers.
            while len(in_flight) >= concurrency:
                finished, in_flight = _wait_some(in_flight)
                for future in finished:
                    finish(_save(store, future.result(), key))
            in_flight.add(pool.submit(_extract_one, loaded, extractor, call_log, source))
        while in_flight:
            finished, in_flight = _wait_some(in_flight)
            for future in finished:
                finish(_save(store, future.result(), key))
    order = {source: index for index, source in enumerate(sources)}
    return RunSummary(tuple(sorted(outcomes, key=lambda o: order.get(o.source, len(order)))))


def _wait_some(futures: set[Future[_Done]]) -> tuple[set[Future[_Done]], set[Future[_Done]]]:
    done, pending = wait(futures, return_when=FIRST_COMPLETED)
    return done, pending
