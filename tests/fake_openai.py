"""A scriptable fake of the OpenAI chat-completions endpoint, served over a real socket.

The real openai client and real instructor talk to it on 127.0.0.1, so tests exercise the same
HTTP path as production. Quality is never judged on it: its answers are plumbing only.

Usage:
    with FakeOpenAI() as server:
        server.push(answer(draft), error(429, retry_after="1"), hang(5), truncated())
        server.push(error(503, retry_after=http_date_in(2)))  # the date is written on sending
        ... settings with base_url=server.base_url ...
        server.requests  # every request received, in order

Each reply is a `Reply` (status, body, headers, delay). `answer` adapts to the request: a tool
call when the request offered tools, message content otherwise. When the queue is empty the
server calls `default` (request -> Reply), so benchmarks can run many articles through it.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from pydantic import BaseModel

CHAT_PATHS = frozenset({"/v1/chat/completions", "/chat/completions"})
ARTICLE_PATTERN = re.compile(r"<<<ARTICLE (\w+)>>>\n(.*)\n<<<END ARTICLE \1>>>", re.DOTALL)


@dataclass
class ReceivedRequest:
    path: str
    headers: dict[str, str]
    body: dict[str, Any]
    received_at: float
    raw: bytes = b""  # the body exactly as sent, to compare requests byte for byte

    @property
    def messages(self) -> list[dict[str, Any]]:
        return list(self.body.get("messages", []))

    @property
    def uses_tools(self) -> bool:
        return bool(self.body.get("tools"))

    def article_text(self) -> str | None:
        """The article the client sent between its delimiters, if any."""
        for message in self.messages:
            content = message.get("content")
            if message.get("role") == "user" and isinstance(content, str):
                found = ARTICLE_PATTERN.search(content)
                if found:
                    return found.group(2)
        return None


HeaderValue = str | Callable[[], str]


@dataclass
class Reply:
    """One scripted HTTP reply. `body` may be a callable of the request (for mode-aware bodies),
    a header value a callable of nothing (called as the reply is sent, for times and dates)."""

    status: int = 200
    body: dict[str, Any] | str | Callable[[ReceivedRequest], dict[str, Any]] = ""
    headers: dict[str, HeaderValue] = field(default_factory=dict)
    delay: float = 0.0


def _token_estimate(text: str) -> int:
    return max(1, len(text) // 4)


def completion_body(
    request: ReceivedRequest, content: str, *, finish_reason: str = "stop"
) -> dict[str, Any]:
    """A chat completion carrying `content` as a tool call (if tools were offered) or text."""
    message: dict[str, Any] = {"role": "assistant", "content": content}
    if request.uses_tools:
        tool = request.body["tools"][0]["function"]["name"]
        call_id = f"call_{len(content)}"
        function = {"name": tool, "arguments": content}
        message = {
            "role": "assistant",
            "content": None,
            "tool_calls": [{"id": call_id, "type": "function", "function": function}],
        }
        finish_reason = "tool_calls" if finish_reason == "stop" else finish_reason
    prompt_tokens = _token_estimate(json.dumps(request.messages))
    completion_tokens = _token_estimate(content)
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": 1700000000,
        "model": str(request.body.get("model", "fake-model")),
        "choices": [{"index": 0, "message": message, "finish_reason": finish_reason}],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
    }


def _as_json(draft: BaseModel | dict[str, Any] | str) -> str:
    if isinstance(draft, BaseModel):
        return draft.model_dump_json()
    return draft if isinstance(draft, str) else json.dumps(draft)


def answer(draft: BaseModel | dict[str, Any] | str, *, delay: float = 0.0) -> Reply:
    """A successful completion whose structured output is `draft` (any JSON text is allowed,
    so invalid answers can be scripted too)."""
    content = _as_json(draft)
    return Reply(body=lambda request: completion_body(request, content), delay=delay)


def truncated(partial: str = '{"meta": {"title": "cut') -> Reply:
    """A reply cut off at max_tokens."""
    return Reply(body=lambda request: completion_body(request, partial, finish_reason="length"))


def http_date_in(seconds: float) -> Callable[[], str]:
    """An HTTP date `seconds` after the moment the reply is sent (whole seconds, rounded down,
    as HTTP dates have no fractions)."""
    return lambda: formatdate(time.time() + seconds, usegmt=True)


def error(
    status: int, *, retry_after: HeaderValue | None = None, message: str = "fake error"
) -> Reply:
    headers: dict[str, HeaderValue] = {}
    if retry_after is not None:
        headers["retry-after"] = retry_after
    body = {"error": {"message": message, "type": "fake_error", "code": str(status)}}
    return Reply(status=status, body=body, headers=headers)


def hang(seconds: float) -> Reply:
    """Answer only after `seconds` (longer than the client timeout to provoke a timeout)."""
    return Reply(status=500, body={"error": {"message": "too late"}}, delay=seconds)


def malformed_body() -> Reply:
    """HTTP 200 whose body is not JSON at all."""
    return Reply(body="{this is not json", headers={"content-type": "application/json"})


def no_script(request: ReceivedRequest) -> Reply:
    return error(500, message=f"fake server: no scripted reply for request to {request.path}")


class FakeOpenAI:
    """The server. Use as a context manager, or call start() and stop()."""

    def __init__(
        self,
        *,
        default: Callable[[ReceivedRequest], Reply] = no_script,
        latency: float = 0.0,
    ) -> None:
        self.default = default
        self.latency = latency
        self.queue: deque[Reply] = deque()
        self.requests: list[ReceivedRequest] = []
        self.reported_usage: list[tuple[int, int]] = []
        self.hits: list[tuple[str, str]] = []  # (method, path without query) of every request
        self.in_flight = 0  # chat requests received and not yet answered
        self.most_in_flight = 0
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self._server.block_on_close = False
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def push(self, *replies: Reply) -> None:
        with self._lock:
            self.queue.extend(replies)

    def start(self) -> FakeOpenAI:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> FakeOpenAI:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def total_usage(self) -> tuple[int, int]:
        with self._lock:
            return (
                sum(prompt for prompt, _ in self.reported_usage),
                sum(completion for _, completion in self.reported_usage),
            )

    def _next_reply(self, request: ReceivedRequest) -> Reply:
        with self._lock:
            self.requests.append(request)
            if self.queue:
                return self.queue.popleft()
        return self.default(request)

    def route(self, method: str, path: str, headers: dict[str, str], raw: bytes) -> Reply | None:
        """A reply for a path other than chat completions (subclasses add endpoints); None
        for a 404."""
        return None

    def count(self, method: str, prefix: str) -> int:
        """Requests received with this method on paths starting with `prefix`."""
        with self._lock:
            return sum(1 for m, p in self.hits if m == method and p.startswith(prefix))

    def _render(self, reply: Reply, request: ReceivedRequest) -> bytes:
        body = reply.body(request) if callable(reply.body) else reply.body
        if isinstance(body, str):
            return body.encode()
        usage = body.get("usage")
        if reply.status == 200 and isinstance(usage, dict):
            with self._lock:
                self.reported_usage.append((usage["prompt_tokens"], usage["completion_tokens"]))
        return json.dumps(body).encode()

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # Headers and body go out in separate writes; with Nagle on, the second one waits
            # for the client's delayed ACK (~40 ms per request).
            disable_nagle_algorithm = True

            def log_message(self, format: str, *args: Any) -> None:
                pass  # keep test output clean

            def do_GET(self) -> None:
                with fake._lock:
                    fake.hits.append(("GET", self.path.partition("?")[0]))
                self._other("GET", b"")

            def _other(self, method: str, raw: bytes) -> None:
                path = self.path.partition("?")[0]
                headers = {key.lower(): value for key, value in self.headers.items()}
                reply = fake.route(method, path, headers, raw)
                if reply is None:
                    reply = Reply(status=404, body={"error": {"message": "not found"}})
                body = reply.body if isinstance(reply.body, str | dict) else ""
                self._send(reply, body.encode() if isinstance(body, str) else b"")

            def do_POST(self) -> None:
                length = int(self.headers.get("content-length", 0))
                raw = self.rfile.read(length)
                with fake._lock:
                    fake.hits.append(("POST", self.path.partition("?")[0]))
                if self.path.partition("?")[0] not in CHAT_PATHS:
                    self._other("POST", raw)
                    return
                request = ReceivedRequest(
                    path=self.path,
                    headers={key.lower(): value for key, value in self.headers.items()},
                    body=json.loads(raw or b"{}"),
                    received_at=time.monotonic(),
                    raw=raw,
                )
                reply = fake._next_reply(request)
                with fake._lock:
                    fake.in_flight += 1
                    fake.most_in_flight = max(fake.most_in_flight, fake.in_flight)
                try:
                    time.sleep(fake.latency + reply.delay)
                    self._send(reply, fake._render(reply, request))
                finally:
                    with fake._lock:
                        fake.in_flight -= 1

            def _send(self, reply: Reply, payload: bytes) -> None:
                if not payload and isinstance(reply.body, dict):
                    payload = json.dumps(reply.body).encode()
                try:
                    self.send_response(reply.status)
                    headers = {"content-type": "application/json", **reply.headers}
                    for key, value in headers.items():
                        self.send_header(key, value() if callable(value) else value)
                    self.send_header("content-length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout): nothing to answer

        return Handler


def closed_port_url() -> str:
    """A base URL on 127.0.0.1 where nothing listens."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    port = server.server_address[1]
    server.server_close()
    return f"http://127.0.0.1:{port}/v1"


def quoting_answer(request: ReceivedRequest) -> Reply:
    """A default answer for any article: one party whose evidence is the article's first line
    (so it grounds). Plumbing for benchmarks, not a model."""
    text = request.article_text() or ""
    first_line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    parties = [
        {
            "name": "Fake party",
            "surface_forms": [],
            "kind": "other",
            "role": "other",
            "evidence": first_line,
        }
    ]
    return answer(
        {
            "meta": {"title": None, "conflict": None, "event_date": None, "quality_notes": []},
            "parties": parties if first_line else [],
            "people": [],
            "positions": [],
            "ceasefire_calls": [],
            "figures": [],
        }
    )
