"""Prompt size: the static prefix (system prompt + schema) and the per-article overhead.

The static prefix is what every request repeats byte for byte (so a provider's prompt cache can
serve it); the overhead is everything a request sends besides the article itself. Counted with
the o200k tokenizer when the bench extra is installed (see tokens.py), on each seed article's
first request in the default structured-output mode.

    .venv/bin/python benchmarks/prompt_prefix.py
"""

from __future__ import annotations

import contextlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "benchmarks")]

from fake_openai import FakeOpenAI, quoting_answer  # noqa: E402
from llm_bench import fake_settings  # noqa: E402
from tokens import count_tokens, request_tokens, tokenizer_name  # noqa: E402

from summarize.errors import ModelError  # noqa: E402
from summarize.extract.llm import LLMExtractor, load_prompt  # noqa: E402
from summarize.ingest import load_article  # noqa: E402


def main() -> int:
    prompt = load_prompt()
    bodies = []
    articles = []
    with FakeOpenAI(default=quoting_answer) as server:
        extractor = LLMExtractor.for_openai(fake_settings(server.base_url))
        for path in sorted((ROOT / "seeds").glob("*.txt")):
            article = load_article(path)
            before = len(server.requests)
            with contextlib.suppress(ModelError):  # only the request matters here
                extractor.extract(article)
            bodies.append(server.requests[before].body)
            articles.append(count_tokens(article.content()))
    first = bodies[0]
    schema = {k: first[k] for k in ("response_format", "tools") if first.get(k)}
    system = count_tokens(first["messages"][0]["content"])
    schema_tokens = count_tokens(json.dumps(schema, separators=(",", ":")))
    sent = [request_tokens(body) for body in bodies]
    overhead = sum(s - a for s, a in zip(sent, articles, strict=True)) / len(sent)
    same_prefix = all(
        b["messages"][0] == first["messages"][0] and {k: b.get(k) for k in schema} == schema
        for b in bodies
    )
    print(f"prompt {prompt.version}; tokenizer {tokenizer_name()}")
    print(
        f"static prefix: {system + schema_tokens} tokens (system {system}, schema {schema_tokens})"
    )
    print(f"static prefix identical across {len(bodies)} articles: {same_prefix} (ideal: True)")
    print(
        f"per-article overhead: {overhead:.0f} tokens on top of a mean article of "
        f"{sum(articles) / len(articles):.0f} tokens (x{sum(sent) / sum(articles):.2f} sent)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
