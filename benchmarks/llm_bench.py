"""LLM-path benchmarks against the fake server: batch throughput, prompt overhead, the cache."""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, get_args

from server import ServerProcess
from tokens import count_tokens, request_tokens

from summarize.config import Settings, StructuredMode
from summarize.extract.llm import LLMExtractor
from summarize.ingest import load_article
from summarize.pipeline import CallLog, run_batch
from summarize.store import Store

# The fake server needs no key; this one only satisfies the client.
UNUSED_KEY = "sk-benchmark-unused"


def fake_settings(base_url: str, mode: StructuredMode | None = None) -> Settings:
    return Settings(
        base_url=base_url,
        api_key=UNUSED_KEY,
        mode=mode,
        timeout=30.0,
        transport_attempts=2,
        retry_initial_wait=0.01,
        retry_max_wait=0.05,
    )


def children_cpu_seconds() -> float:
    """CPU time of this process's children that have ended (and been waited for)."""
    times = os.times()
    return times.children_user + times.children_system


def finished_children_cpu_seconds(older: Collection[Any], wait: float = 5.0) -> float:
    """`children_cpu_seconds` once the children started since `older` (the batch's helper)
    have ended: a child's CPU time is known only once it has been waited for."""
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline and any(
        child not in older for child in multiprocessing.active_children()
    ):
        time.sleep(0.02)
    return children_cpu_seconds()


@dataclass(frozen=True)
class BatchTiming:
    articles: int
    concurrency: int
    latency: float
    seconds: float
    cpu_seconds: float  # this process's CPU time over all its threads, and the helper's
    helper_cpu_seconds: float  # the helper process's part of it
    requests: int
    succeeded: int
    cached: int
    failed: int

    @property
    def ideal_seconds(self) -> float:
        """Every request waits `latency`, `concurrency` at a time, and nothing else costs."""
        return self.articles * self.latency / self.concurrency

    @property
    def efficiency(self) -> float:
        return self.ideal_seconds / self.seconds


def time_batch(
    paths: Sequence[str],
    server: ServerProcess,
    concurrency: int,
    db: Path,
    latency: float,
    helper_process: bool | None = None,
) -> BatchTiming:
    """One `run_batch` over `paths` into the store at `db`, timed from the outside. `cpu_seconds`
    counts this process and the batch's helper process (summarize.offload), if any."""
    calls = CallLog()
    extractor = LLMExtractor.for_openai(fake_settings(server.base_url), on_call=calls.record)
    before = server.count()
    with Store(db) as store:
        started, cpu_started = time.perf_counter(), time.process_time()
        helper_started, older = children_cpu_seconds(), multiprocessing.active_children()
        summary = run_batch(
            list(paths),
            extractor,
            store=store,
            concurrency=concurrency,
            calls=calls,
            helper_process=helper_process,
        )
        seconds = time.perf_counter() - started
        cpu_seconds = time.process_time() - cpu_started
    helper_seconds = finished_children_cpu_seconds(older) - helper_started
    return BatchTiming(
        articles=len(paths),
        concurrency=concurrency,
        latency=latency,
        seconds=seconds,
        cpu_seconds=cpu_seconds + helper_seconds,
        helper_cpu_seconds=helper_seconds,
        requests=server.count() - before,
        succeeded=summary.succeeded,
        cached=summary.cached,
        failed=summary.failed,
    )


@dataclass(frozen=True)
class PromptOverhead:
    mode: StructuredMode
    requests: int
    sent_tokens: int
    article_tokens: int

    @property
    def ratio(self) -> float:
        """Tokens sent per token of article: 1.0 would be the article alone."""
        return self.sent_tokens / self.article_tokens


def structured_modes() -> tuple[StructuredMode, ...]:
    return get_args(StructuredMode)


def prompt_overhead(
    server: ServerProcess, mode: StructuredMode, paths: Sequence[str]
) -> PromptOverhead:
    """Extract each article once in `mode`; count what went over the wire against the articles.

    Only the first request per article counts, so re-asks (which the fake server's grounded
    answers should not cause) cannot inflate the figure; `requests` shows if any happened.
    """
    extractor = LLMExtractor.for_openai(fake_settings(server.base_url, mode))
    sent = own = requests = 0
    for path in paths:
        article = load_article(path)
        before = server.count()
        extractor.extract(article)
        bodies = server.bodies(before)
        requests += len(bodies)
        sent += request_tokens(bodies[0])
        own += count_tokens(article.content())
    return PromptOverhead(mode=mode, requests=requests, sent_tokens=sent, article_tokens=own)
