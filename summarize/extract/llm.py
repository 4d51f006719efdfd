"""Extraction by a language model through instructor, with two retry layers kept apart.

Layers, innermost first:
1. transport (`_Transport`): one HTTP request per attempt; timeouts, connection errors, 429 and
   5xx are retried with exponential backoff and jitter (honouring Retry-After) under a bounded
   number of attempts and total time. Transport errors never reach the prompt. Recording and
   replay sit here, so whole conversations (re-asks included) replay request by request.
2. validation: instructor re-asks with the validation error, at most `validation_reasks` times.
3. grounding: quotes that do not align with the article are fed back once; whatever is still
   ungrounded ends up in `Extraction.rejected`.

The chat-completion callable is injectable: anything that takes OpenAI chat-completion keyword
arguments and returns an `openai.types.chat.ChatCompletion` works (the OpenAI client, or
llama-cpp-python's `Llama.create_chat_completion_openai_v1`).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import dataclasses
import email.utils
import functools
import hashlib
import inspect
import json
import logging
import marshal
import ssl
import threading
import time
import urllib.parse
import weakref
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

import aiohttp
import httpx2
import instructor
import openai
from instructor.core.exceptions import ResponseParsingError
from instructor.v2.core import patch as instructor_patch
from instructor.v2.validation import async_validators as instructor_async_validators
from openai._base_client import make_request_options
from openai._models import construct_type
from openai._vendor.httpx_aiohttp.transport import AiohttpTransport
from openai.types.chat import ChatCompletion, ChatCompletionChunk
from pydantic import BaseModel, ValidationError
from pydantic.json_schema import (
    DEFAULT_REF_TEMPLATE,
    GenerateJsonSchema,
    JsonSchemaMode,
    model_json_schema,
)
from tenacity import (
    AsyncRetrying,
    RetryCallState,
    retry_if_exception,
    stop_after_attempt,
    stop_before_delay,
    wait_random_exponential,
)

from summarize import schema
from summarize.config import Settings, StructuredMode, scrub_text
from summarize.errors import ModelError, SummarizeError
from summarize.extract import ModelCall, OnCall
from summarize.extract.chunks import chunk_tokens, merge_groundings, merge_meta, split_article
from summarize.extract.limits import cap_draft, cap_reask
from summarize.extract.replay import (
    RequestIdentity,
    ResponseStore,
    canonical_json,
    completion_from_recording,
    request_key,
    utc_now,
)
from summarize.extract.request_json import SystemPromptJson
from summarize.ingest import Article
from summarize.schema import (
    Extraction,
    ExtractorName,
    Provenance,
    RejectedItem,
    Usage,
    schema_hash,
)

if TYPE_CHECKING:
    from summarize.ground import Grounding
    from summarize.offload import Offload

logger = logging.getLogger(__name__)
# instructor logs every failed attempt at ERROR; we report failures ourselves, so keep its
# messages off stderr unless the application configures logging.
logging.getLogger("instructor").addHandler(logging.NullHandler())

ChatCreate = Callable[..., Any]  # returns a ChatCompletion, or an awaitable of one
Sleep = Callable[[float], Awaitable[None]]
T = TypeVar("T")
# Chunks of one long article asked at the same time (the batch bounds articles, not chunks).
CHUNK_CONCURRENCY = 4
PROMPT_NAME = "extract.v2"
CONVENTIONS_NAME = "conventions"
CONVENTIONS_SLOT = "{{conventions}}"
LOCAL_ENDPOINT = "local"
RETRYABLE_STATUSES = frozenset({408, 409, 429})
# What a model can get wrong in its answer (as opposed to transport or program failures).
ANSWER_ERRORS = (ValidationError, json.JSONDecodeError, ResponseParsingError)
GROUNDING_REASK_SUFFIX = (
    "Answer again with the complete corrected extraction. Copy every evidence quote exactly "
    "from the article, or drop the item."
)

INSTRUCTOR_MODES: dict[StructuredMode, instructor.Mode] = {
    "json_schema_strict": instructor.Mode.JSON_SCHEMA,
    "json_schema": instructor.Mode.JSON_SCHEMA,
    "tools": instructor.Mode.TOOLS,
    "md_json": instructor.Mode.MD_JSON,
}


# --- the response model --------------------------------------------------------------------


@functools.cache
def _draft_json_schema_text() -> str:
    return json.dumps(model_json_schema(ArticleDraft))


@functools.cache
def _draft_json_schema_marshal() -> bytes:
    """The same schema for `marshal.loads`: a fresh copy in half the time of `json.loads`."""
    return marshal.dumps(json.loads(_draft_json_schema_text()))


# `summarize.schema.ArticleDraft` as instructor sends it, built once. instructor wraps a plain
# model into exactly this class (same name and docstring, plus OpenAISchema) on every request,
# then regenerates its JSON schema: ~10 ms of CPU under the GIL per article. Given the wrapped
# class it skips the wrapping, and the schema below is generated once; each caller gets a fresh
# copy because instructor may add keys to it. Request bodies stay byte for byte the same.
class ArticleDraft(schema.ArticleDraft, instructor.OpenAISchema):
    __doc__ = schema.ArticleDraft.__doc__  # the schema's description: must stay the same

    @classmethod
    def model_json_schema(
        cls,
        by_alias: bool | None = None,
        ref_template: str = DEFAULT_REF_TEMPLATE,
        schema_generator: type[GenerateJsonSchema] = GenerateJsonSchema,
        mode: JsonSchemaMode = "validation",
        *,
        union_format: Literal["any_of", "primitive_type_array"] = "any_of",
    ) -> dict[str, Any]:
        defaults = (None, DEFAULT_REF_TEMPLATE, GenerateJsonSchema, "validation", "any_of")
        arguments = (by_alias, ref_template, schema_generator, mode, union_format)
        if cls is not ArticleDraft or arguments != defaults:  # only instructor's call is cached
            return super().model_json_schema(
                by_alias, ref_template, schema_generator, mode, union_format=union_format
            )
        fresh: dict[str, Any] = marshal.loads(_draft_json_schema_marshal())
        return fresh


def _draft_checked_once(check: Callable[[Any], None]) -> Callable[[Any], None]:
    """instructor's `reject_async_validators`, done once for ArticleDraft (at import).

    instructor walks the response model's whole type tree (every nested model's MRO) three times
    per request to refuse async validators: ~3 ms of CPU per article. The answer depends only
    on the class, so ArticleDraft is checked here once; any other model is checked as before.
    """
    check(ArticleDraft)

    @functools.wraps(check)
    def reject_async_validators(response_model: Any) -> None:
        if response_model is not ArticleDraft:
            check(response_model)

    return reject_async_validators


def _install_draft_check() -> None:
    current = instructor_async_validators.reject_async_validators
    checked = _draft_checked_once(getattr(current, "__wrapped__", current))  # reloads: no stacking
    # patch.py imported the function by name; the other modules look it up at each call.
    instructor_async_validators.reject_async_validators = checked  # type: ignore[assignment]
    instructor_patch.reject_async_validators = checked  # type: ignore[attr-defined,assignment]


_install_draft_check()


# --- the prompt ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Prompt:
    version: str
    text: str


def _prompt_file(name: str) -> Path:
    """The prompt in an installed wheel (summarize/_prompts) or a source checkout (prompts/)."""
    filename = f"{name}.md"
    packaged = resources.files("summarize").joinpath("_prompts", filename)
    if packaged.is_file():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[2] / "prompts" / filename


def _read_prompt_file(name: str) -> tuple[Path, str]:
    path = _prompt_file(name)
    try:
        return path, path.read_text(encoding="utf-8")
    except OSError as error:
        raise ModelError(f"prompt {name} not found at {path}: {error.strerror}") from None


def load_prompt(name: str = PROMPT_NAME) -> Prompt:
    """Read a versioned prompt: a `prompt-version: X` header line, `---`, then the text.

    `{{conventions}}` in the text is replaced by prompts/conventions.md, the document the gold
    annotations and the scorer follow too. The result is the same bytes for every article, so a
    provider's prompt cache applies to it.
    """
    path, raw = _read_prompt_file(name)
    header, _, body = raw.partition("\n---\n")
    key, _, version = header.strip().partition(":")
    if key.strip() != "prompt-version" or not version.strip() or not body.strip():
        raise ModelError(f"{path} must start with 'prompt-version: <version>' and '---'")
    text = body.strip()
    if CONVENTIONS_SLOT in text:
        text = text.replace(CONVENTIONS_SLOT, _read_prompt_file(CONVENTIONS_NAME)[1].strip())
    return Prompt(version=version.strip(), text=text)


def article_message(article: Article) -> str:
    """The user message: the article as data between markers it cannot predict or forge."""
    content = article.content()
    code = hashlib.sha256(content.encode()).hexdigest()[:12]
    return f"<<<ARTICLE {code}>>>\n{content}\n<<<END ARTICLE {code}>>>"


def first_messages(prompt: Prompt, article: Article) -> list[dict[str, Any]]:
    return [
        {"role": "system", "content": prompt.text},
        {"role": "user", "content": article_message(article)},
    ]


def local_model_id(model_path: Path) -> str:
    """How a local GGUF model is named in provenance and recording keys."""
    return f"local:{model_path.name}"


# --- transport -------------------------------------------------------------------------------


@dataclass(frozen=True)
class RetryPolicy:
    """Transport retries: at most `attempts` requests, backoff from `initial_wait` up to
    `max_wait` seconds, and no new attempt once `total_seconds` would be exceeded."""

    attempts: int
    initial_wait: float
    max_wait: float
    total_seconds: float

    @classmethod
    def from_settings(cls, settings: Settings) -> RetryPolicy:
        return cls(
            attempts=settings.transport_attempts,
            initial_wait=settings.retry_initial_wait,
            max_wait=settings.retry_max_wait,
            total_seconds=settings.retry_total_seconds,
        )


class ReplyTooLarge(Exception):
    """The reply body went past `max_reply_bytes`: reading stopped there."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"the reply was larger than {limit:,} bytes (max_reply_bytes)")


def _too_large(error: BaseException | None) -> ReplyTooLarge | None:
    """The ReplyTooLarge behind `error` (the openai client wraps it in APIConnectionError)."""
    seen = 0
    while error is not None and seen < 10:
        if isinstance(error, ReplyTooLarge):
            return error
        error, seen = error.__cause__ or error.__context__, seen + 1
    return None


class _CappedStream(httpx2.AsyncByteStream):
    def __init__(self, inner: httpx2.AsyncByteStream, limit: int) -> None:
        self.inner = inner
        self.limit = limit

    async def __aiter__(self) -> AsyncIterator[bytes]:
        seen = 0
        async for chunk in self.inner:
            seen += len(chunk)
            if seen > self.limit:
                raise ReplyTooLarge(self.limit)
            yield chunk

    async def aclose(self) -> None:
        await self.inner.aclose()


class CappedTransport(httpx2.AsyncBaseTransport):
    """The HTTP transport (the openai SDK's aiohttp one), reading at most `limit` bytes of any
    reply body: a larger one (by its Content-Length, or as it streams in) fails with
    ReplyTooLarge, not transient."""

    def __init__(self, limit: int, ssl_context: ssl.SSLContext | None = None) -> None:
        self.limit = limit
        # aiohttp, as `openai.DefaultAioHttpClient` sends: its HTTP parser and writer are C,
        # where httpcore's h11 and connection pool spend ~1 ms of CPU per request in Python.
        self.inner = AiohttpTransport(
            verify=True if ssl_context is None else ssl_context,
            limits=openai.DEFAULT_CONNECTION_LIMITS,
        )

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        try:
            response = await self.inner.handle_async_request(request)
        except httpx2.ConnectTimeout as error:
            # The SDK's aiohttp transport reports a refused connection as a connect timeout.
            if isinstance(error.__cause__, aiohttp.ClientConnectorError):
                raise httpx2.ConnectError(str(error), request=request) from error.__cause__
            raise
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.limit:
            await response.aclose()
            raise ReplyTooLarge(self.limit)
        stream = response.stream
        assert isinstance(stream, httpx2.AsyncByteStream)
        response.stream = _CappedStream(stream, self.limit)
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


def is_transient(error: BaseException) -> bool:
    """Errors worth retrying as they are: timeouts (the whole-request deadline included),
    connection failures, 408/409/429, 5xx, and a reply body that is not JSON (a proxy's error
    page, a cut connection). An over-large reply is not retried."""
    if _too_large(error) is not None:
        return False
    if isinstance(error, openai.APIStatusError):
        return error.status_code in RETRYABLE_STATUSES or error.status_code >= 500
    transient = openai.APIConnectionError | TimeoutError | ConnectionError | json.JSONDecodeError
    return isinstance(error, transient)


def retry_after_seconds(error: BaseException | None, now: datetime | None = None) -> float | None:
    """The server's Retry-After (retry-after-ms, seconds, or an HTTP date), if any."""
    if not isinstance(error, openai.APIStatusError):
        return None
    headers = error.response.headers
    milliseconds = headers.get("retry-after-ms")
    if milliseconds:
        try:
            return max(float(milliseconds) / 1000, 0.0)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:  # "-0000" dates parse as naive; HTTP dates are always GMT
        when = when.replace(tzinfo=UTC)
    return max((when - (now or datetime.now(UTC))).total_seconds(), 0.0)


def redact(text: str, secrets: tuple[str, ...]) -> str:
    return scrub_text(text, secrets)


def scrub_json(value: Any, secrets: tuple[str, ...]) -> Any:
    """A JSON-able value with every secret replaced, recursively (keys included)."""
    if not secrets:
        return value
    if isinstance(value, str):
        return scrub_text(value, secrets)
    if isinstance(value, dict):
        return {scrub_text(str(k), secrets): scrub_json(v, secrets) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [scrub_json(item, secrets) for item in value]
    return value


def _server_message(error: openai.APIStatusError) -> str:
    """The server's own error message when it sent one, else the client's summary."""
    body = error.body
    if isinstance(body, dict):
        inner = body.get("error", body)
        message = inner.get("message") if isinstance(inner, dict) else inner
        if isinstance(message, str) and message.strip():
            return message.strip()
    return error.message


def _describe_failure(error: BaseException, timeout: float | None) -> str:
    too_large = _too_large(error)
    if too_large is not None:
        return str(too_large)
    if isinstance(error, TimeoutError):  # the whole-request deadline (asyncio.timeout)
        return f"no complete reply within {timeout}s" if timeout else "timed out"
    if isinstance(error, openai.APITimeoutError):
        return f"timed out after {timeout}s" if timeout else "timed out"
    if isinstance(error, openai.APIConnectionError):
        return "could not connect"
    if isinstance(error, json.JSONDecodeError):
        return "the reply body was not JSON"
    if isinstance(error, openai.APIStatusError):
        reason = f"HTTP {error.status_code}"
        waited = retry_after_seconds(error)
        if waited is not None:
            reason += f" (Retry-After {waited:.0f}s)"
        return f"{reason}: {_server_message(error)}"
    return f"{type(error).__name__}: {error}"


def _outcome(error: BaseException) -> str:
    if _too_large(error) is not None:
        return "reply_too_large"
    if isinstance(error, openai.APITimeoutError | TimeoutError):
        return "timeout"
    if isinstance(error, openai.APIStatusError):
        return f"http_{error.status_code}"
    if isinstance(error, openai.APIConnectionError | ConnectionError):
        return "connection_error"
    if isinstance(error, json.JSONDecodeError):
        return "malformed_reply"
    return "error"


def _shape_request(kwargs: dict[str, Any], mode: StructuredMode) -> dict[str, Any]:
    """Ask OpenAI for strict schema adherence: instructor's JSON_SCHEMA mode leaves it off."""
    response_format = kwargs.get("response_format")
    if mode != "json_schema_strict" or not isinstance(response_format, dict):
        return kwargs
    json_schema = {**response_format.get("json_schema", {}), "strict": True}
    return {**kwargs, "response_format": {**response_format, "json_schema": json_schema}}


def _shape(kwargs: dict[str, Any], mode: StructuredMode) -> dict[str, Any]:
    """The request as sent: strict schema where asked, and what re-asks quote back cut."""
    request = _shape_request(kwargs, mode)
    messages = request.get("messages")
    if isinstance(messages, list) and len(messages) > 2:
        capped = cap_reask(messages)
        if capped is not messages:
            request = {**request, "messages": capped}
    return request


@dataclass
class _Tally:
    """What one extraction cost.

    `attempts` is the number of requests sent to the model (HTTP requests, or calls of a local
    model), replayed ones included: answered, failed or timed out alike, since a request that
    timed out still reached the server and may be billed. It equals the number of call-log
    entries. Tokens are those the model reported, so only answered requests add to them.
    """

    prompt_tokens: int = 0
    completion_tokens: int = 0
    attempts: int = 0
    served_model: str | None = None
    recorded_at: list[str] = field(default_factory=list)

    def add(self, completion: Any) -> tuple[int, int]:
        usage = getattr(completion, "usage", None)
        prompt = int(getattr(usage, "prompt_tokens", 0) or 0)
        answer = int(getattr(usage, "completion_tokens", 0) or 0)
        self.prompt_tokens += prompt
        self.completion_tokens += answer
        self.served_model = getattr(completion, "model", None) or self.served_model
        return prompt, answer

    def usage(self) -> Usage:
        return Usage(
            prompt_tokens=self.prompt_tokens,
            completion_tokens=self.completion_tokens,
            attempts=self.attempts,
        )


class _Transport:
    """One extraction's chat-completion coroutine, handed to instructor's async API."""

    def __init__(
        self,
        send: ChatCreate | None,
        *,
        identity: RequestIdentity,
        mode: StructuredMode,
        policy: RetryPolicy,
        timeout: float | None,
        max_reply_bytes: int,
        store: ResponseStore | None,
        replay: bool,
        on_call: OnCall | None,
        secrets: tuple[str, ...],
        sleep: Sleep,
    ) -> None:
        self.send = send
        self.identity = identity
        self.mode = mode
        self.policy = policy
        self.timeout = timeout
        self.max_reply_bytes = max_reply_bytes
        self.store = store
        self.replay = replay
        self.on_call = on_call
        self.secrets = secrets
        self.sleep = sleep
        self.backoff = wait_random_exponential(multiplier=policy.initial_wait, max=policy.max_wait)
        self.tally = _Tally()

    async def create(self, **kwargs: Any) -> Any:
        request = _shape(kwargs, self.mode)
        if self.replay:
            return self._replayed(request)
        return await self._with_retries(request)

    def _wait(self, state: RetryCallState) -> float:
        error = state.outcome.exception() if state.outcome else None
        asked = retry_after_seconds(error)
        return asked if asked is not None else float(self.backoff(state))

    async def _with_retries(self, request: dict[str, Any]) -> Any:
        retrying = AsyncRetrying(
            retry=retry_if_exception(is_transient),
            wait=self._wait,
            stop=stop_after_attempt(self.policy.attempts)
            | stop_before_delay(self.policy.total_seconds),
            sleep=self.sleep,
            reraise=True,
        )
        tries = 0
        try:
            async for attempt in retrying:
                with attempt:
                    tries += 1
                    return await self._send_once(request)
        except SummarizeError:
            raise
        except Exception as error:
            reason = _describe_failure(error, self.timeout)
            where = self.identity.endpoint
            message = f"model endpoint {where} failed after {tries} attempt(s): {reason}"
            raise ModelError(redact(message, self.secrets)) from None
        raise ModelError("no attempt was made")  # unreachable: tenacity always attempts once

    async def _send_once(self, request: dict[str, Any]) -> Any:
        assert self.send is not None
        started_at, started = utc_now(), time.monotonic()
        self.tally.attempts += 1  # counted before sending: a timeout may still be billed
        try:
            completion = self.send(**request)
            if inspect.isawaitable(completion):
                # The client's timeout bounds each read; this bounds the whole request, so a
                # server dripping a byte at a time cannot hold it for longer. (In this task:
                # `wait_for` would start one, and its first step would wait a whole turn of a
                # busy event loop before the request went out.)
                async with asyncio.timeout(self.timeout):
                    completion = await completion
        except Exception as error:
            self._log(
                request, None, (0, 0), time.monotonic() - started, _outcome(error), started_at
            )
            raise
        tokens = self.tally.add(completion)
        if self.store is not None:
            key = request_key(self.identity, request["messages"])
            recorded = scrub_json(completion.model_dump(mode="json"), self.secrets)
            self.store.save(key, self.identity, recorded)
        duration = time.monotonic() - started
        outcome = "truncated" if _truncated(completion) else "ok"
        self._log(request, completion, tokens, duration, outcome, started_at)
        return self._checked(completion)

    def _replayed(self, request: dict[str, Any]) -> Any:
        assert self.store is not None
        key = request_key(self.identity, request["messages"])
        recording = self.store.require(key, self.identity)
        completion = completion_from_recording(recording)
        self.tally.attempts += 1
        self.tally.recorded_at.append(recording.recorded_at)
        tokens = self.tally.add(completion)
        self._log(request, completion, tokens, 0.0, "replayed", recording.recorded_at)
        return self._checked(completion)

    def _checked(self, completion: Any) -> Any:
        size = _reply_chars(completion)
        if size > self.max_reply_bytes:  # a local model or a recording: no HTTP cap applied
            raise ModelError(
                f"the model's reply was {size:,} characters long, over max_reply_bytes "
                f"({self.max_reply_bytes:,})"
            )
        if _truncated(completion):
            raise ModelError(
                f"the model's reply was cut off at max_tokens={self.identity.max_tokens} "
                "(finish_reason 'length'): raise --max-tokens or use a model that stops on time"
            )
        return completion

    def _log(
        self,
        request: dict[str, Any],
        completion: Any,
        tokens: tuple[int, int],
        duration: float,
        outcome: str,
        started_at: str,
    ) -> None:
        if self.on_call is None:
            return
        response_json = (
            redact(completion.model_dump_json(), self.secrets)
            if isinstance(completion, BaseModel)
            else None
        )
        self.on_call(
            ModelCall(
                model=self.identity.model,
                endpoint=self.identity.endpoint,
                request_messages_json=redact(
                    _REQUEST_JSON.messages(request["messages"], canonical_json), self.secrets
                ),
                response_json=response_json,
                prompt_tokens=tokens[0],
                completion_tokens=tokens[1],
                duration_seconds=duration,
                outcome=outcome,
                started_at=started_at,
            )
        )


def _reply_chars(completion: Any) -> int:
    """Characters of the answer a completion carries (content and tool-call arguments)."""
    total = 0
    for choice in getattr(completion, "choices", None) or []:
        message = getattr(choice, "message", None)
        total += len(getattr(message, "content", None) or "")
        for call in getattr(message, "tool_calls", None) or []:
            total += len(getattr(getattr(call, "function", None), "arguments", None) or "")
    return total


def _truncated(completion: Any) -> bool:
    choices = getattr(completion, "choices", None) or []
    return bool(choices) and getattr(choices[0], "finish_reason", None) == "length"


# --- the extractor ---------------------------------------------------------------------------


def _unwrap(error: Exception, reasks: int) -> SummarizeError:
    """instructor wraps whatever the transport raised; hand our own errors back unchanged."""
    causes: list[BaseException] = []
    cause: BaseException | None = error
    while cause is not None:
        if isinstance(cause, SummarizeError):
            return cause
        causes.append(cause)
        cause = cause.__cause__
    root = causes[-1]
    detail = (str(root).strip().splitlines() or [type(root).__name__])[0]
    if isinstance(root, ANSWER_ERRORS):
        return _InvalidAnswer(
            f"the model's answer did not match the schema after {reasks + 1} attempt(s): {detail}"
        )
    return ModelError(f"the model call failed: {type(root).__name__}: {detail}")


class _InvalidAnswer(ModelError):
    """Validation re-asks exhausted: the model never produced a schema-valid answer."""


def run_sync(coroutine: Coroutine[Any, Any, T]) -> T:
    """Run a coroutine to the end from synchronous code: in a fresh event loop on this thread,
    or on a helper thread when this thread already runs a loop."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coroutine)
    with concurrent.futures.ThreadPoolExecutor(1) as helper:
        return helper.submit(asyncio.run, coroutine).result()


# The system prompt's JSON text, shared by the request bodies and the call log.
_REQUEST_JSON = SystemPromptJson()

# The request keys this tool sends, in the order `chat.completions.create` writes them.
_BODY_ORDER = (
    "messages",
    "model",
    "max_tokens",
    "response_format",
    "temperature",
    "tool_choice",
    "tools",
)
_PLAIN_BODY_KEYS = frozenset(_BODY_ORDER)


def _plain_json(kwargs: dict[str, Any]) -> bool:
    """The request as this tool builds it: messages of string fields, and the schema (tools,
    response_format) as instructor builds it from `_draft_json_schema_text`, plain dicts."""
    messages = kwargs.get("messages")
    if not isinstance(messages, list):
        return False
    for message in messages:
        if not isinstance(message, dict):
            return False
        if not all(type(k) is str and isinstance(v, str | None) for k, v in message.items()):
            return False
    shaped = (kwargs.get(key) for key in ("response_format", "tools", "tool_choice"))
    return all(value is None or type(value) in (dict, list, str) for value in shaped)


class _ReplyBuilder(ChatCompletion):
    """`cast_to` for `_post_plain`: openai hands a class with `build` the reply's decoded JSON
    (`openai._types.ModelBuilderProtocol`). A well-formed reply is validated (~5 us against
    ~70 us for the client's field-by-field `construct`, on the event loop) into the same
    ChatCompletion; any other goes through `construct`, as lenient as the client."""

    @classmethod
    def build(cls, *, response: httpx2.Response, data: Any) -> ChatCompletion:
        try:
            return ChatCompletion.model_validate(data)
        except ValidationError:
            return cast(ChatCompletion, construct_type(type_=ChatCompletion, value=data))


async def _post_plain(client: openai.AsyncOpenAI, kwargs: dict[str, Any]) -> Any:
    """`chat.completions.create(**kwargs)` for a body of plain JSON, without the client's
    type-directed copy of it (walking the messages and the schema against its TypedDicts: ~1 ms
    of CPU per request); for such a body that copy is the body itself, so the bytes sent are
    the same, keys in the same order."""
    body = {key: kwargs[key] for key in _BODY_ORDER if key in kwargs}
    try:
        content: bytes | None = _REQUEST_JSON.body(body)
    except (TypeError, ValueError):  # a value only the client's encoder writes: let it
        content = None
    return await client.post(
        "/chat/completions",
        body=body if content is None else None,
        content=content,
        options=make_request_options(security={"bearer_auth": True}),
        cast_to=_ReplyBuilder,
        stream=False,
        stream_cls=openai.AsyncStream[ChatCompletionChunk],
    )


@functools.cache
def _default_ssl_context() -> ssl.SSLContext:
    """The transport's default TLS context, made once per process and shared by every client:
    reading the certificates costs 20-80 ms of CPU, which each new extractor's first requests
    (a batch, an eval, a test) would otherwise wait for on the event loop."""
    return httpx2.create_ssl_context()


class AsyncClients:
    """AsyncOpenAI clients, one per event loop (a client's connections belong to the loop that
    opened them), all reading at most `max_reply_bytes` of a reply."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._lock = threading.Lock()
        self._clients: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, openai.AsyncOpenAI]
        self._clients = weakref.WeakKeyDictionary()

    def _build(self) -> openai.AsyncOpenAI:
        settings = self.settings
        base_url, query = settings.base_url, None
        if base_url and "?" in base_url:  # `?api-key=...`: sent with every request
            parts = urllib.parse.urlsplit(base_url)
            base_url = urllib.parse.urlunsplit(parts._replace(query="", fragment=""))
            query = dict(urllib.parse.parse_qsl(parts.query, keep_blank_values=True))
        transport = CappedTransport(settings.max_reply_bytes, _default_ssl_context())
        http = openai.DefaultAsyncHttpxClient(transport=transport, timeout=settings.timeout)
        return openai.AsyncOpenAI(
            api_key=settings.api_key_value() or "unused",  # local servers need no key
            base_url=base_url,
            default_query=query,
            timeout=settings.timeout,
            max_retries=0,  # the transport layer retries
            http_client=http,
        )

    def client(self) -> openai.AsyncOpenAI:
        loop = asyncio.get_running_loop()
        with self._lock:
            client = self._clients.get(loop)
            if client is None:
                client = self._clients[loop] = self._build()
        return client

    async def create(self, **kwargs: Any) -> Any:
        client = self.client()
        if kwargs.keys() <= _PLAIN_BODY_KEYS and _plain_json(kwargs):
            return await _post_plain(client, kwargs)
        return await client.chat.completions.create(**kwargs)

    async def aclose(self) -> None:
        """Close this loop's client, if it has one."""
        with self._lock:
            client = self._clients.pop(asyncio.get_running_loop(), None)
        if client is not None:
            await client.close()


class LLMExtractor:
    """Extract with any OpenAI-compatible chat-completion callable; see the module docstring.

    `aextract` is the extraction; `extract` runs it to the end from synchronous code. An
    asynchronous `create` (AsyncOpenAI's) is awaited, so many articles share one thread; a
    synchronous one (llama.cpp) is called as it is.
    """

    def __init__(
        self,
        create: ChatCreate | None,
        settings: Settings,
        *,
        model: str | None = None,
        endpoint: str | None = None,
        extractor_name: ExtractorName = "openai",
        mode: StructuredMode | None = None,
        record_dir: Path | None = None,
        replay_dir: Path | None = None,
        on_call: OnCall | None = None,
        sleep: Sleep = asyncio.sleep,
        close: Callable[[], Awaitable[None]] | None = None,
    ) -> None:
        if create is None and replay_dir is None:
            raise ValueError("LLMExtractor needs a create callable or a replay directory")
        self.settings = settings
        self.secrets = settings.secrets()  # once: scrubbed from every request's log and answer
        self.prompt = load_prompt()
        self.mode: StructuredMode = mode or settings.structured_mode
        self.identity = RequestIdentity(
            model=model or settings.model,
            endpoint=(endpoint or settings.endpoint).rstrip("/"),
            prompt_version=self.prompt.version,
            schema_hash=schema_hash(),
            mode=self.mode,
            temperature=settings.temperature,
            max_tokens=settings.max_tokens,
        )
        self.replay = replay_dir is not None
        store_dir = replay_dir or record_dir
        self.store = ResponseStore(store_dir) if store_dir is not None else None
        if self.replay and self.store is not None:
            self.store.require_directory()
        self.extractor_name: ExtractorName = "replay" if self.replay else extractor_name
        self.create = create
        self.on_call = on_call
        self.sleep = sleep
        self._close = close
        self.chunk_tokens = chunk_tokens(settings, self.identity.model)

    @property
    def asynchronous(self) -> bool:
        """True when requests are awaited (a batch then runs articles on one event loop)."""
        return not self.replay and inspect.iscoroutinefunction(self.create)

    @classmethod
    def for_openai(
        cls,
        settings: Settings,
        *,
        record_dir: Path | None = None,
        on_call: OnCall | None = None,
    ) -> LLMExtractor:
        """Through the async OpenAI client (its own retries off: the transport layer retries)."""
        clients = AsyncClients(settings)
        return cls(
            clients.create, settings, record_dir=record_dir, on_call=on_call, close=clients.aclose
        )

    @classmethod
    def replaying(
        cls,
        replay_dir: Path,
        settings: Settings,
        *,
        local: bool = False,
        on_call: OnCall | None = None,
    ) -> LLMExtractor:
        """Serve recorded answers only: no network, and a missing recording is an error."""
        if local and settings.model_path is not None:
            return cls(
                None,
                settings,
                model=local_model_id(settings.model_path),
                endpoint=LOCAL_ENDPOINT,
                mode=settings.mode or "json_schema",
                replay_dir=replay_dir,
                on_call=on_call,
            )
        return cls(None, settings, replay_dir=replay_dir, on_call=on_call)

    def _transport(self, kind: type[_Transport] | None = None) -> _Transport:
        """A transport for one article's conversation (`kind`: a subclass, e.g. for answers
        already in hand)."""
        return (kind or _Transport)(
            self.create,
            identity=self.identity,
            mode=self.mode,
            policy=RetryPolicy.from_settings(self.settings),
            timeout=self.settings.timeout,
            max_reply_bytes=self.settings.max_reply_bytes,
            store=self.store,
            replay=self.replay,
            on_call=self.on_call,
            secrets=self.secrets,
            sleep=self.sleep,
        )

    async def _ask(
        self, transport: _Transport, messages: list[dict[str, Any]]
    ) -> tuple[ArticleDraft, list[RejectedItem]]:
        """A schema-valid answer (validation re-asks included), with over-long items taken out
        as rejected (see limits.py)."""
        # instructor returns a coroutine function for a coroutine `create` (typed as sync).
        structured: Any = instructor.patch(
            create=transport.create, mode=INSTRUCTOR_MODES[self.mode]
        )
        reasks = self.settings.validation_reasks
        try:
            draft = await structured(
                response_model=ArticleDraft,
                messages=messages,
                model=self.identity.model,
                temperature=self.identity.temperature,
                max_tokens=self.identity.max_tokens,
                max_retries=reasks,
            )
        except Exception as error:
            raise _unwrap(error, reasks) from None
        assert isinstance(draft, ArticleDraft)
        return cap_draft(draft)

    def cache_identity(self) -> str:
        fields = {
            "extractor": self.extractor_name,
            **dataclasses.asdict(self.identity),
            "chunk_tokens": self.chunk_tokens,
        }
        return json.dumps(fields, sort_keys=True, default=str)

    def extract(self, article: Article) -> Extraction:
        return run_sync(self._extract_and_close(article))

    async def _extract_and_close(self, article: Article) -> Extraction:
        try:
            return await self.aextract(article)
        finally:
            await self.aclose()

    async def aclose(self) -> None:
        """Release what the current event loop holds (its HTTP client's connections)."""
        if self._close is not None:
            await self._close()

    async def aextract(
        self,
        article: Article,
        *,
        answered: Callable[[], Awaitable[None]] | None = None,
        offload: Offload | None = None,
    ) -> Extraction:
        """One article: in one request, or, above `chunk_tokens`, in overlapping chunks asked
        concurrently and merged (offsets in the whole article, every item once). `answered`
        and `offload`: see AsyncExtractor.aextract."""
        from summarize.ground import build_extraction, date_article, dating_inputs, needs_dating

        transport = self._transport()
        chunks = split_article(article, self.chunk_tokens)
        if len(chunks) == 1:
            draft, grounding = await self._extract_piece(transport, article)
        else:
            limiter = asyncio.Semaphore(CHUNK_CONCURRENCY)

            async def piece(window: Article) -> tuple[ArticleDraft, Grounding]:
                async with limiter:
                    return await self._extract_piece(transport, window)

            tasks = [asyncio.ensure_future(piece(chunk.article)) for chunk in chunks]
            try:
                results = await asyncio.gather(*tasks)
            except BaseException:
                for task in tasks:
                    task.cancel()
                raise
            grounding = merge_groundings(
                [(chunk.start, found) for chunk, (_, found) in zip(chunks, results, strict=True)]
            )
            meta = merge_meta([answer.meta for answer, _ in results], len(chunks))
            draft = ArticleDraft.model_construct(
                meta=meta, parties=[], people=[], positions=[], ceasefire_calls=[], figures=[]
            )
        if answered is not None:
            await answered()
        dating = None
        if offload is not None and needs_dating(article, draft):
            dating = await offload.arun(date_article, *dating_inputs(article, draft, grounding))
        extraction: Extraction = build_extraction(
            article, draft, grounding, self._provenance(transport), dating
        )
        return self._scrubbed(extraction)

    async def _extract_piece(
        self, transport: _Transport, article: Article
    ) -> tuple[ArticleDraft, Grounding]:
        """Ask, ground, and re-ask once with the grounding feedback if any quote failed."""
        from summarize.ground import ground_draft

        messages = first_messages(self.prompt, article)
        draft, too_long = await self._ask(transport, messages)
        grounding = ground_draft(article, draft)
        if not grounding.is_complete() and self.settings.grounding_reasks:
            reask = [
                *messages,
                {"role": "assistant", "content": draft.model_dump_json()},
                {"role": "user", "content": f"{grounding.feedback()}\n\n{GROUNDING_REASK_SUFFIX}"},
            ]
            try:
                draft, too_long = await self._ask(transport, reask)
                grounding = ground_draft(article, draft)
            except _InvalidAnswer as error:
                # The first answer was valid: keep it, its ungrounded items stay rejected.
                logger.warning("grounding re-ask failed, keeping the first answer: %s", error)
        grounding.rejected.extend(too_long)
        return draft, grounding

    def _scrubbed(self, extraction: Extraction) -> Extraction:
        """The extraction without any credential: a server that echoes the Authorization
        header (or the URL's key) into a field must not get it stored or rendered."""
        secrets = self.secrets
        dumped = extraction.model_dump_json()
        if not any(secret in dumped for secret in secrets):
            return extraction
        scrubbed = scrub_json(extraction.model_dump(mode="json"), secrets)
        return Extraction.model_validate(scrubbed)

    def _provenance(self, transport: _Transport) -> Provenance:
        tally = transport.tally
        return Provenance(
            extractor=self.extractor_name,
            model=tally.served_model or self.identity.model,
            prompt_version=self.prompt.version,
            live=not self.replay,
            recorded_at=min(tally.recorded_at) if tally.recorded_at else None,
            usage=tally.usage(),
        )


# --- the Batch API's side of the extractor (summarize/extract/batch.py) ------------------


class _Captured(Exception):
    """Raised by the capturing `create`: carries the request instructor built."""

    def __init__(self, request: dict[str, Any]) -> None:
        super().__init__("request captured")
        self.request = request


def _captured(error: BaseException | None) -> _Captured | None:
    seen = 0
    while error is not None and seen < 10:
        if isinstance(error, _Captured):
            return error
        error, seen = error.__cause__ or error.__context__, seen + 1
    return None


class _AnsweredTransport(_Transport):
    """A transport whose first request is answered by a completion already in hand (a Batch API
    answer): instructor parses and validates it as any other; re-asks go out as usual."""

    answer: Any = None

    async def create(self, **kwargs: Any) -> Any:
        answer, self.answer = self.answer, None
        if answer is None:
            return await super().create(**kwargs)
        request = _shape(kwargs, self.mode)
        self.tally.attempts += 1
        tokens = self.tally.add(answer)
        self._log(request, answer, tokens, 0.0, "batch", utc_now())
        return self._checked(answer)


async def first_request(extractor: LLMExtractor, article: Article) -> dict[str, Any] | None:
    """The chat-completion request body the normal path sends first for `article` (what
    instructor builds, shaped as the transport sends it); None for an article asked in chunks."""
    if len(split_article(article, extractor.chunk_tokens)) != 1:
        return None

    async def capture(**kwargs: Any) -> Any:
        raise _Captured(_shape(kwargs, extractor.mode))

    structured: Any = instructor.patch(create=capture, mode=INSTRUCTOR_MODES[extractor.mode])
    try:
        await structured(
            response_model=ArticleDraft,
            messages=first_messages(extractor.prompt, article),
            model=extractor.identity.model,
            temperature=extractor.identity.temperature,
            max_tokens=extractor.identity.max_tokens,
            max_retries=0,
        )
    except Exception as error:
        found = _captured(error)
        if found is not None:
            return found.request
        raise
    raise ModelError("instructor built no request")  # unreachable: capture always raises


async def extract_answered(
    extractor: LLMExtractor, article: Article, completion_body: dict[str, Any]
) -> Extraction:
    """`article` extracted from a chat completion received through the Batch API: parsed and
    validated by instructor with the same response model, grounded, and re-asked through the
    normal path (validation or grounding re-asks) exactly as if the answer had just arrived."""
    from openai.types.chat import ChatCompletion

    from summarize.ground import build_extraction

    transport = extractor._transport(_AnsweredTransport)
    assert isinstance(transport, _AnsweredTransport)
    transport.answer = ChatCompletion.model_validate(completion_body)
    draft, grounding = await extractor._extract_piece(transport, article)
    extraction: Extraction = build_extraction(
        article, draft, grounding, extractor._provenance(transport)
    )
    return extractor._scrubbed(extraction)
