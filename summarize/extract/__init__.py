"""Extract: turn an Article into a grounded Extraction, through one of several backends."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal, Protocol, runtime_checkable

from summarize.errors import InputError

if TYPE_CHECKING:
    from summarize.config import Settings
    from summarize.ingest import Article
    from summarize.offload import Offload
    from summarize.schema import Extraction

Backend = Literal["auto", "rules", "openai", "local", "replay"]
BACKENDS: tuple[Backend, ...] = ("auto", "rules", "openai", "local", "replay")

RULES_NOTICE = (
    "no model endpoint configured (set OPENAI_API_KEY or --base-url): "
    "using the rules extractor, not an LLM"
)


class Extractor(Protocol):
    """Every backend: same input, same grounded output, provenance filled in."""

    def extract(self, article: Article) -> Extraction: ...

    def cache_identity(self) -> str:
        """Everything besides the article that decides the answers; when it changes, cached
        extractions no longer apply."""
        ...


@runtime_checkable
class AsyncExtractor(Protocol):
    """A backend whose extraction is a coroutine (the LLM through an async client): a batch
    runs many articles on one event loop. `asynchronous` may be False (a local model or a
    replay behind the same class): the batch then uses threads."""

    @property
    def asynchronous(self) -> bool: ...

    async def aextract(
        self,
        article: Article,
        *,
        answered: Callable[[], Awaitable[None]] | None = None,
        offload: Offload | None = None,
    ) -> Extraction:
        """`answered` is awaited once the model has given its last answer for the article, before
        the work that needs no model (dating, conflict detection): a batch frees the article's
        request slot there, so the next article's request goes out first. `offload`: a helper
        process that does that work off the event loop."""
        ...

    async def aclose(self) -> None:
        """Release what the running event loop holds (HTTP connections)."""
        ...

    def cache_identity(self) -> str: ...


@dataclass(frozen=True)
class ModelCall:
    """One HTTP request to a model (or one replayed answer), for a local call log.

    outcome: "ok", "truncated", "replayed", "http_<status>", "timeout" (a read timeout or the
    whole-request deadline), "connection_error", "malformed_reply" (body not JSON),
    "reply_too_large" (over max_reply_bytes) or "error" (any other failure of the callable).
    Never carries the API key: only the messages and the model's reply are kept.
    """

    model: str
    endpoint: str
    request_messages_json: str
    response_json: str | None
    prompt_tokens: int
    completion_tokens: int
    duration_seconds: float
    outcome: str
    started_at: str


OnCall = Callable[[ModelCall], None]


def _check_combination(backend: Backend, record_dir: Path | None, replay_dir: Path | None) -> None:
    if record_dir is not None and replay_dir is not None:
        raise InputError("--record and --replay cannot be used together")
    if backend == "replay" and replay_dir is None:
        raise InputError("--backend replay needs --replay DIR")
    if backend == "rules" and (record_dir is not None or replay_dir is not None):
        raise InputError("--record and --replay need a model backend, not rules")


def make_extractor(
    backend: Backend,
    settings: Settings,
    *,
    record_dir: Path | None = None,
    replay_dir: Path | None = None,
    on_call: OnCall | None = None,
) -> tuple[Extractor, str | None]:
    """The extractor for `backend`, and a notice for stderr (or None).

    `auto` means the LLM when an endpoint is configured (API key or base URL), else the rules
    extractor. A replay directory serves recorded answers without any network.
    """
    _check_combination(backend, record_dir, replay_dir)
    if replay_dir is not None:
        from summarize.extract.llm import LLMExtractor

        local = backend == "local"
        extractor = LLMExtractor.replaying(replay_dir, settings, local=local, on_call=on_call)
        return extractor, f"replaying recorded model answers from {replay_dir} (no network)"
    if backend == "auto":
        backend = "openai" if settings.endpoint_configured else "rules"
        if backend == "rules":
            if record_dir is not None:
                raise InputError(f"--record needs a model endpoint. {RULES_NOTICE.capitalize()}")
            return _rules_extractor(), RULES_NOTICE
    if backend == "rules":
        return _rules_extractor(), None
    if backend == "local":
        return _local_extractor(settings, record_dir, on_call), None
    if not settings.endpoint_configured:
        raise InputError("--backend openai needs OPENAI_API_KEY or --base-url")
    from summarize.extract.llm import LLMExtractor

    return LLMExtractor.for_openai(settings, record_dir=record_dir, on_call=on_call), None


def _rules_extractor() -> Extractor:
    from summarize.extract.rules import RulesExtractor

    return RulesExtractor()


def _local_extractor(
    settings: Settings, record_dir: Path | None, on_call: OnCall | None
) -> Extractor:
    if settings.model_path is None:
        raise InputError("--backend local needs --model-path or SUMMARIZE_MODEL_PATH (a GGUF file)")
    from summarize.extract.local import LocalExtractor

    extractor: Extractor = LocalExtractor(
        settings.model_path, settings=settings, record_dir=record_dir, on_call=on_call
    )
    return extractor
