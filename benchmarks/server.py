"""The tests' fake OpenAI server (tests/fake_openai.py), run in a child process for benchmarks.

In its own process the server does not compete with the client for the GIL, so the client's
figures are the client's own. The parent talks to it over a pipe: request counts and bodies.
"""

from __future__ import annotations

import multiprocessing
import re
import socketserver
import sys
from multiprocessing.connection import Connection
from pathlib import Path
from types import TracebackType
from typing import Any

TESTS_DIR = Path(__file__).resolve().parent.parent / "tests"
if str(TESTS_DIR) not in sys.path:
    sys.path.insert(0, str(TESTS_DIR))

from fake_openai import ReceivedRequest, Reply, answer  # noqa: E402  (needs TESTS_DIR)

ANSWER_ITEMS = 12
SKIPPED_HEAD_LINES = 2  # titles: pages repeat them in breadcrumbs, which grounding rejects
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def answer_sentences(article: str) -> list[str]:
    """Body sentences of a reasonable length, to be quoted as evidence."""
    lines = [line.strip() for line in article.splitlines() if line.strip()]
    sentences = [s for line in lines[SKIPPED_HEAD_LINES:] for s in _SENTENCE.split(line)]
    return [s for s in sentences if 30 <= len(s) <= 300][:ANSWER_ITEMS]


def grounded_answer(request: ReceivedRequest) -> Reply:
    """A model-sized answer whose every quote is copied from the article: a third parties, the
    rest positions. Plumbing for timing, not a model."""
    quotes = answer_sentences(request.article_text() or "")
    parties, positions = quotes[: len(quotes) // 3], quotes[len(quotes) // 3 :]
    return answer(
        {
            "meta": {"title": None, "conflict": None, "event_date": None, "quality_notes": []},
            "parties": [
                {
                    "name": f"Party {number}",
                    "surface_forms": [],
                    "kind": "state",
                    "role": "other",
                    "evidence": quote,
                }
                for number, quote in enumerate(parties)
            ],
            "people": [],
            "positions": [
                {
                    "holder": f"Party {number % max(len(parties), 1)}",
                    "speaker": None,
                    "targets": [],
                    "topic": "the war",
                    "stance": "claim",
                    "summary": quote[:80],
                    "evidence": quote,
                }
                for number, quote in enumerate(positions)
            ],
            "ceasefire_calls": [],
            "figures": [],
        }
    )


def _serve(latency: float, commands: Connection) -> None:
    from fake_openai import FakeOpenAI

    # Answer in one TCP segment train, as production servers do: without TCP_NODELAY the
    # handler's separate header and body writes meet the client's delayed ACK (40 ms each).
    socketserver.StreamRequestHandler.disable_nagle_algorithm = True
    # 64 connections opened at once overflow the default listen backlog of 5 (refused connects).
    socketserver.TCPServer.request_queue_size = 256
    with FakeOpenAI(default=grounded_answer, latency=latency) as server:
        commands.send(server.base_url)
        while True:
            command, argument = commands.recv()
            if command == "count":
                commands.send(len(server.requests))
            elif command == "bodies":
                commands.send([request.body for request in server.requests[argument:]])
            else:
                commands.send(None)
                return


class ServerProcess:
    """`with ServerProcess(latency=0.3) as server:` then `server.base_url`, `server.count()`."""

    def __init__(self, latency: float) -> None:
        context = multiprocessing.get_context("spawn")
        self._parent, child = context.Pipe()
        self._process = context.Process(target=_serve, args=(latency, child), daemon=True)
        self.base_url = ""

    def __enter__(self) -> ServerProcess:
        self._process.start()
        self.base_url = str(self._parent.recv())
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self._process.is_alive():
            self._parent.send(("stop", None))
            self._process.join(timeout=5)
        if self._process.is_alive():
            self._process.kill()

    def _ask(self, command: str, argument: int = 0) -> Any:
        self._parent.send((command, argument))
        return self._parent.recv()

    @property
    def pid(self) -> int | None:
        return self._process.pid

    def count(self) -> int:
        """Requests received so far."""
        return int(self._ask("count"))

    def bodies(self, since: int = 0) -> list[dict[str, Any]]:
        """The JSON bodies of the requests received after the first `since`."""
        bodies: list[dict[str, Any]] = self._ask("bodies", since)
        return bodies
