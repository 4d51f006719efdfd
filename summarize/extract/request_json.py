"""JSON text of chat requests, with the system prompt encoded once.

Every request of a run repeats the same ~14 KB system prompt, and each request's body and its
call-log entry both encode it: with `ensure_ascii=False` that is ~50 us of CPU each time, on
the event loop that drives every request. Here a system message's text is encoded once and
reused while it stays the same; everything else is encoded as before, so the text is exactly
what `json.dumps` gives (tests compare them on many requests).
"""

from __future__ import annotations

import functools
import json
import marshal
from collections.abc import Callable, Mapping, Sequence
from typing import Any

# openai's `openapi_dumps` (its request bodies) and `replay.canonical_json` (the call log and
# recordings) both write strings with ensure_ascii=False, so one string's text serves both.
_compact = functools.partial(json.dumps, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


class SystemPromptJson:
    """The JSON text of the last system prompt seen, and of requests that contain it."""

    def __init__(self) -> None:
        self._last: tuple[str, str] = ("", _compact(""))  # one tuple: replaced, never mutated
        # The last schema-like value (a dict or list: response_format, tools) per request key,
        # as marshal bytes, which tell True from 1 and 1 from 1.0 where == would not, and its
        # JSON text: the same ~9 KB schema is in every request.
        self._values: dict[str, tuple[bytes, str]] = {}

    def text(self, prompt: str) -> str:
        """`json.dumps(prompt, ensure_ascii=False)`, encoded only when the prompt changes."""
        last = self._last
        if prompt != last[0]:
            last = self._last = (prompt, _compact(prompt))
        return last[1]

    def body(self, body: Mapping[str, Any]) -> bytes:
        """The request body as openai's client writes it (compact UTF-8 JSON, keys in order);
        `body` must be plain JSON (dicts, lists, strings, numbers, booleans, None)."""
        parts = [
            _compact(key)
            + ":"
            + (self._messages(value, sort=False) if key == "messages" else self._value(key, value))
            for key, value in body.items()
        ]
        return ("{" + ",".join(parts) + "}").encode()

    def _value(self, key: str, value: object) -> str:
        if not isinstance(value, dict | list):
            return _compact(value)
        try:
            exact = marshal.dumps(value)
        except ValueError:  # a value marshal cannot write (not plain JSON): encode it as it is
            return _compact(value)
        last = self._values.get(key)
        if last is None or last[0] != exact:
            last = self._values[key] = (exact, _compact(value))
        return last[1]

    def messages(self, messages: object, fallback: Callable[[object], str]) -> str:
        """`replay.canonical_json(messages)` (keys sorted, compact): `fallback` writes any
        messages that are not a list of dicts of strings."""
        if not _plain_messages(messages):
            return fallback(messages)
        assert isinstance(messages, list)
        return self._messages(messages, sort=True)

    def _messages(self, messages: Sequence[Mapping[str, Any]], *, sort: bool) -> str:
        return "[" + ",".join(self._message(message, sort) for message in messages) + "]"

    def _message(self, message: Mapping[str, Any], sort: bool) -> str:
        system = message.get("role") == "system"
        items = sorted(message.items()) if sort else message.items()
        parts = [
            _compact(key)
            + ":"
            + (
                self.text(value)
                if system and key == "content" and isinstance(value, str)
                else _compact(value)
            )
            for key, value in items
        ]
        return "{" + ",".join(parts) + "}"


def _plain_messages(messages: object) -> bool:
    return isinstance(messages, list) and all(
        isinstance(message, dict)
        and all(type(key) is str and type(value) is str for key, value in message.items())
        for message in messages
    )
