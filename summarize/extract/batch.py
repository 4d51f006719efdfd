"""`summarize run --batch`: the first ask of every article through the OpenAI Batch API.

1. Every article not in the cache gets the very request the normal path would send first
   (`llm.first_request`), written as one JSONL line (custom_id, method, url, body).
2. The file is uploaded (/v1/files, purpose "batch") and the batch created (/v1/batches,
   endpoint /v1/chat/completions, completion window 24h). The batch id, its input file id and
   which article each custom_id stands for are kept in the store (tables `batches` and
   `batch_items`) before polling starts, so a run killed while the batch is out resumes
   polling it (the same custom_id: same text, same extractor) instead of sending a new one.
   A run killed after creating the batch but before keeping it is covered too: the batch
   carries a digest of its requests in its metadata, and the next run adopts an unfinished
   batch with the same digest (listed by /v1/batches) instead of paying for a second one.
3. The batch is polled with a doubling wait, bounded (`BatchPolicy`); past the bound the run
   stops with the batch still open in the store: run the same command again to resume.
4. Each answer goes through the normal path's parsing, validation and grounding
   (`llm.extract_answered`): an invalid answer or an ungrounded quote is re-asked as a normal
   chat completion. An article whose batch request failed (error file, expired or failed
   batch, or no answer) is extracted through the normal path; if that fails too it is
   recorded as failed, with both reasons.

Articles long enough to be asked in chunks skip the batch and go through the normal path.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import openai

from summarize.errors import InputError, SummarizeError
from summarize.extract.llm import (
    AsyncClients,
    LLMExtractor,
    _InvalidAnswer,
    extract_answered,
    first_request,
)
from summarize.ingest import Article
from summarize.pipeline import (
    ArticleOutcome,
    CallLog,
    RunSummary,
    _ArticleKeys,
    _describe_error,
    _Done,
    _prepare,
    _save,
    _ToExtract,
    extractor_key,
)
from summarize.schema import Extraction
from summarize.store import Store

ENDPOINT = "/v1/chat/completions"
COMPLETION_WINDOW = "24h"
FINISHED = frozenset({"completed", "failed", "expired", "cancelled"})
CLIENT_RETRIES = 3  # the openai client's own retries, for the files and batches endpoints
DIGEST_KEY = "summarize_requests"  # batch metadata: requests_digest of its input file
LISTED_BATCHES = 100  # the newest batches searched for one a killed run created

Sleep = Callable[[float], Awaitable[None]]


class BatchPending(SummarizeError):
    """The batch is not finished within the polling bound: it stays open in the store."""


@dataclass(frozen=True)
class BatchPolicy:
    """Polling: the first wait, doubling up to `max_wait`, and no new poll once
    `total_seconds` would be exceeded (the batch then stays open for the next run)."""

    first_wait: float = 15.0
    max_wait: float = 300.0
    total_seconds: float = 26 * 3600.0

    def __post_init__(self) -> None:
        if self.first_wait < 0 or self.max_wait < 0 or self.total_seconds < 0:
            raise InputError("batch polling waits must be 0 seconds or more")


@dataclass
class _Group:
    """One request: the articles sharing a text and a cache key (the same text under several
    names is asked once)."""

    custom_id: str
    members: list[_ToExtract]
    batch_id: str | None = None

    @property
    def article(self) -> Article:
        return self.members[0].article


@dataclass
class BatchReport:
    """What the batch part of a run did, for the summary line."""

    created: list[str] = field(default_factory=list)
    resumed: list[str] = field(default_factory=list)
    adopted: list[str] = field(default_factory=list)  # created by a killed run, not kept by it
    answered: int = 0  # requests the batch answered usably
    fell_back: int = 0  # articles asked through the normal path instead

    def describe(self) -> str:
        parts = []
        if self.created:
            parts.append(f"batch created: {', '.join(self.created)}")
        if self.resumed:
            parts.append(f"batch resumed: {', '.join(self.resumed)}")
        if self.adopted:
            parts.append(f"batch adopted: {', '.join(self.adopted)}")
        parts.append(f"{self.answered} answered by the batch, {self.fell_back} by the normal path")
        return "; ".join(parts)


def custom_id(sha256: str, key: str) -> str:
    """The request's id: the text and the cache key (extractor, schema, sidecar metadata)."""
    return "art-" + hashlib.sha256(f"{sha256}\n{key}".encode()).hexdigest()[:32]


def jsonl_line(identifier: str, body: dict[str, Any]) -> str:
    request = {"custom_id": identifier, "method": "POST", "url": ENDPOINT, "body": body}
    return json.dumps(request, ensure_ascii=False, separators=(",", ":"))


def read_results(output: str, errors: str) -> dict[str, dict[str, Any] | str]:
    """custom_id -> the completion body (HTTP 200), or why the request failed."""
    results: dict[str, dict[str, Any] | str] = {}
    for text in (errors, output):  # an answer in the output wins over an error line
        for line in text.splitlines():
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError:
                continue
            identifier = record.get("custom_id")
            if not isinstance(identifier, str):
                continue
            response = record.get("response") or {}
            body = response.get("body")
            status = response.get("status_code")
            if status == 200 and isinstance(body, dict) and not record.get("error"):
                results[identifier] = body
            else:
                results[identifier] = _request_error(record.get("error"), status, body)
    return results


def _request_error(error: Any, status: Any, body: Any) -> str:
    if isinstance(error, dict):
        return f"{error.get('code') or 'error'}: {error.get('message') or 'no message'}"
    inner = body.get("error") if isinstance(body, dict) else None
    message = inner.get("message") if isinstance(inner, dict) else None
    return f"HTTP {status}: {message or 'no message'}"


async def _file_text(client: Any, file_id: str | None) -> str:
    if not file_id:
        return ""
    content = await client.files.content(file_id)
    return str(content.text)


async def _poll(
    client: Any, batch_id: str, policy: BatchPolicy, sleep: Sleep, say: Callable[[str], None]
) -> Any:
    started = time.monotonic()
    wait = policy.first_wait
    while True:
        batch = await client.batches.retrieve(batch_id)
        if batch.status in FINISHED:
            return batch
        spent = time.monotonic() - started
        if spent + wait > policy.total_seconds:
            raise BatchPending(
                f"batch {batch_id} is still {batch.status} after {spent:.0f} s of polling; it "
                "stays open in the store: run the same command again to resume polling it"
            )
        counts = batch.request_counts
        done = f" ({counts.completed}/{counts.total} done)" if counts is not None else ""
        say(f"batch {batch_id}: {batch.status}{done}; next poll in {wait:g} s")
        await sleep(wait)
        wait = min(wait * 2, policy.max_wait)


def requests_digest(lines: list[str]) -> str:
    """What a batch asks, as one short key: the same articles and extractor give the same."""
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()[:32]


async def _create(client: Any, lines: list[str], digest: str) -> tuple[str, str]:
    data = ("\n".join(lines) + "\n").encode()
    uploaded = await client.files.create(
        file=("summarize-batch.jsonl", data, "application/jsonl"), purpose="batch"
    )
    batch = await client.batches.create(
        input_file_id=uploaded.id,
        endpoint=ENDPOINT,
        completion_window=COMPLETION_WINDOW,
        metadata={"created_by": "summarize", DIGEST_KEY: digest},
    )
    return str(batch.id), str(uploaded.id)


async def _unkept_batch(client: Any, digest: str, kept: set[str]) -> tuple[str, str] | None:
    """An unfinished batch of these very requests that the store does not know: created by a
    run killed before it could keep it. Looked for among the newest batches listed; a provider
    without the list endpoint means none."""
    try:
        page = await client.batches.list(limit=LISTED_BATCHES)
    except openai.APIStatusError:
        return None
    for batch in page.data:
        metadata = batch.metadata or {}
        if (
            metadata.get(DIGEST_KEY) == digest
            and batch.status not in FINISHED | {"cancelling"}
            and batch.id not in kept
        ):
            return str(batch.id), str(batch.input_file_id)
    return None


def check_batch_extractor(extractor: object) -> LLMExtractor:
    """The extractor as an LLMExtractor talking to an endpoint, or a clear refusal."""
    if not isinstance(extractor, LLMExtractor) or not extractor.asynchronous:
        raise InputError(
            "--batch needs an OpenAI-compatible endpoint (OPENAI_API_KEY or --base-url), not "
            "the rules extractor, a local model or --replay"
        )
    return extractor


async def run_batch_api(
    sources: Sequence[str],
    extractor: LLMExtractor,
    *,
    store: Store,
    calls: CallLog,
    concurrency: int = 4,
    policy: BatchPolicy | None = None,
    on_outcome: Callable[[ArticleOutcome], None] | None = None,
    say: Callable[[str], None] = lambda _: None,
    sleep: Sleep = asyncio.sleep,
    report: BatchReport | None = None,
) -> RunSummary:
    """Extract `sources` into `store` with the first asks sent as one Batch API job (or the
    open one a killed run left, resumed); see the module docstring. `calls` must be the
    CallLog whose `record` the extractor was built with."""
    policy = policy or BatchPolicy()
    report = report if report is not None else BatchReport()
    key = extractor_key(extractor)
    keys = _ArticleKeys(key)
    outcomes: list[ArticleOutcome] = []

    def commit(done: _Done) -> None:
        outcome = _save(store, done, keys)
        outcomes.append(outcome)
        if on_outcome is not None:
            on_outcome(outcome)

    groups: dict[str, _Group] = {}
    with store.cache_lookups() as lookups:
        for source in sources:
            prepared = await asyncio.to_thread(_prepare, source, keys, lookups)
            if not isinstance(prepared, _ToExtract):
                commit(prepared)
                continue
            identifier = custom_id(prepared.article.sha256, keys.of(source))
            group = groups.setdefault(identifier, _Group(identifier, []))
            group.members.append(prepared)

    for item in store.open_batch_items(ENDPOINT):
        if item.custom_id in groups and groups[item.custom_id].batch_id is None:
            groups[item.custom_id].batch_id = item.batch_id
    clients = AsyncClients(extractor.settings)
    client = clients.client().with_options(max_retries=CLIENT_RETRIES)
    slots = asyncio.Semaphore(concurrency)

    async def extract(group: _Group, answer: dict[str, Any] | str | None) -> None:
        """One request's articles: from the batch answer, else through the normal path."""
        article = group.article
        async with slots:
            with calls.collecting() as collected:
                extraction: Extraction | None = None
                error: str | None = None
                if isinstance(answer, dict):
                    try:
                        extraction = await extract_answered(extractor, article, answer)
                        report.answered += 1
                    except _InvalidAnswer as invalid:
                        error = f"the batch answer and its re-asks were invalid: {invalid}"
                    except Exception as failed:
                        answer = f"its batch answer was unusable: {_describe_error(failed)}"
                if extraction is None and error is None:
                    report.fell_back += 1
                    why = answer if isinstance(answer, str) else "not sent in a batch"
                    try:
                        extraction = await extractor.aextract(article)
                    except Exception as failed:
                        error = (
                            f"batch request failed ({why}); the normal path failed too: "
                            f"{_describe_error(failed)}"
                        )
        for index, member in enumerate(group.members):
            commit(
                _Done(
                    member.source,
                    member.article,
                    extraction=extraction,
                    error=error,
                    calls=collected if index == 0 else [],
                )
            )

    try:
        fresh = [group for group in groups.values() if group.batch_id is None]
        lines: list[str] = []
        direct: list[_Group] = []
        for group in fresh:
            body = await first_request(extractor, group.article)
            if body is None:
                direct.append(group)
            else:
                lines.append(jsonl_line(group.custom_id, body))
        if lines:
            digest = requests_digest(lines)
            known = {row[0] for row in store.batch_rows()}
            unkept = await _unkept_batch(client, digest, known)
            if unkept is None:
                batch_id, file_id = await _create(client, lines, digest)
                report.created.append(batch_id)
                say(f"batch {batch_id} created: {len(lines)} requests")
            else:
                batch_id, file_id = unkept
                say(
                    f"batch {batch_id} adopted: created for these {len(lines)} requests by a "
                    "run stopped before it could keep it"
                )
                report.adopted.append(batch_id)
            items: list[tuple[str, str, str, str]] = []
            for group in fresh:
                if group not in direct:
                    group.batch_id = batch_id
                    items.extend(
                        (group.custom_id, m.source, m.article.sha256, keys.of(m.source))
                        for m in group.members
                    )
            store.record_batch(
                batch_id=batch_id,
                input_file_id=file_id,
                endpoint=ENDPOINT,
                extractor_key=key,
                items=items,
            )
        kept = {g.batch_id for g in groups.values() if g.batch_id is not None}
        report.resumed.extend(sorted(kept - {*report.created, *report.adopted}))
        for batch_id in report.resumed:
            say(f"resuming batch {batch_id}, kept in the store by an earlier run")
        if direct:
            await asyncio.gather(*(extract(group, "too long for one request") for group in direct))
        for batch_id in [*report.resumed, *report.adopted, *report.created]:
            batch = await _poll(client, batch_id, policy, sleep, say)
            results = read_results(
                await _file_text(client, batch.output_file_id),
                await _file_text(client, batch.error_file_id),
            )
            missing = f"no answer in the batch (batch {batch.status})"
            if batch.status == "failed" and batch.errors is not None and batch.errors.data:
                missing = f"the batch failed: {batch.errors.data[0].message}"
            mine = [group for group in groups.values() if group.batch_id == batch_id]
            await asyncio.gather(
                *(extract(group, results.get(group.custom_id, missing)) for group in mine)
            )
            store.finish_batch(batch_id, str(batch.status))
    finally:
        await clients.aclose()
        await extractor.aclose()
    order = {source: index for index, source in enumerate(sources)}
    return RunSummary(tuple(sorted(outcomes, key=lambda o: order.get(o.source, len(order)))))
