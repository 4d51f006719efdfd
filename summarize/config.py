"""Settings for talking to a model: command-line flags first, then environment variables.

The API key is held as a `SecretStr`: its repr, str and JSON dump are masked, so it cannot leak
through logs, error messages or saved files by accident.
"""

from __future__ import annotations

import os
import urllib.parse
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError

from summarize.errors import InputError

OPENAI_ENDPOINT = "https://api.openai.com/v1"
REDACTED = "[redacted]"
MIN_SECRET_CHARS = 4  # shorter values ("1", "v2") are not worth masking everywhere they occur
MAX_TOKENS_CAP = 16384

StructuredMode = Literal["json_schema_strict", "json_schema", "tools", "md_json"]

# Setting name -> environment variables read for it, first one set wins.
ENVIRONMENT: dict[str, tuple[str, ...]] = {
    "model": ("SUMMARIZE_MODEL",),
    "base_url": ("SUMMARIZE_BASE_URL", "OPENAI_BASE_URL"),
    "api_key": ("OPENAI_API_KEY",),
    "model_path": ("SUMMARIZE_MODEL_PATH",),
    "timeout": ("SUMMARIZE_TIMEOUT",),
    "max_tokens": ("SUMMARIZE_MAX_TOKENS",),
    "mode": ("SUMMARIZE_MODE",),
    "transport_attempts": ("SUMMARIZE_TRANSPORT_ATTEMPTS",),
    "retry_initial_wait": ("SUMMARIZE_RETRY_INITIAL_WAIT",),
    "retry_max_wait": ("SUMMARIZE_RETRY_MAX_WAIT",),
    "retry_total_seconds": ("SUMMARIZE_RETRY_TOTAL_SECONDS",),
}


class Settings(BaseModel):
    """Everything that decides how (and whether) a model is called."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    model: str = Field(default="gpt-4o-mini", min_length=1)
    base_url: str | None = Field(default=None, description="OpenAI-compatible endpoint.")
    api_key: SecretStr | None = None
    model_path: Path | None = Field(default=None, description="GGUF file for the local backend.")
    mode: StructuredMode | None = Field(
        default=None, description="Structured-output mode; None picks one per backend."
    )
    timeout: float = Field(default=60.0, gt=0, le=600, description="Seconds per HTTP request.")
    max_tokens: int = Field(default=4096, ge=1, le=MAX_TOKENS_CAP)
    temperature: float = Field(default=0.0, ge=0, le=2)
    transport_attempts: int = Field(default=4, ge=1, le=10)
    retry_initial_wait: float = Field(default=1.0, ge=0, le=60)
    retry_max_wait: float = Field(default=30.0, ge=0, le=300)
    retry_total_seconds: float = Field(
        default=180.0, gt=0, description="Give up on transport retries after this long."
    )
    validation_reasks: int = Field(default=2, ge=0, le=2)

    @property
    def endpoint_configured(self) -> bool:
        return self.api_key is not None or self.base_url is not None

    @property
    def endpoint(self) -> str:
        """The endpoint as it enters recording keys, provenance, logs and messages: no trailing
        slash, and no credentials (query values and user:password are masked)."""
        return redact_url((self.base_url or OPENAI_ENDPOINT).rstrip("/"))

    def secrets(self) -> tuple[str, ...]:
        """Every credential these settings hold: the API key, and the query values and
        password of the base URL. Scrubbed from everything stored or printed."""
        found = [self.api_key_value() or ""]
        if self.base_url:
            parts = urllib.parse.urlsplit(self.base_url)
            found += [value for _, value in urllib.parse.parse_qsl(parts.query)]
            found += [parts.password or "", parts.query]
        # Longest first, so that a secret holding another is replaced whole.
        return tuple(
            sorted({s for s in found if len(s) >= MIN_SECRET_CHARS}, key=len, reverse=True)
        )

    @property
    def structured_mode(self) -> StructuredMode:
        """Strict JSON schema on OpenAI itself; plain JSON schema on compatible servers
        (vLLM, Ollama, llama.cpp), which constrain decoding but reject or ignore `strict`."""
        if self.mode is not None:
            return self.mode
        return "json_schema_strict" if self.base_url is None else "json_schema"

    def api_key_value(self) -> str | None:
        return self.api_key.get_secret_value() if self.api_key is not None else None


def redact_url(url: str) -> str:
    """`url` without credentials: every query value and any user:password masked."""
    try:
        parts = urllib.parse.urlsplit(url)
    except ValueError:
        return REDACTED
    netloc = parts.netloc
    if "@" in netloc:
        netloc = f"{REDACTED}@{netloc.rpartition('@')[2]}"
    query = "&".join(
        f"{urllib.parse.quote(name)}={REDACTED}"
        for name, _ in urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
    )
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, query, ""))


def scrub_text(text: str, secrets: tuple[str, ...]) -> str:
    """`text` with every secret replaced by [redacted]."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, REDACTED)
    return text


def _from_environment(env: Mapping[str, str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for name, variables in ENVIRONMENT.items():
        for variable in variables:
            value = env.get(variable, "").strip()
            if value:
                found[name] = value
                break
    return found


def _describe(error: ValidationError) -> str:
    problems = []
    for detail in error.errors():
        name = ".".join(str(part) for part in detail["loc"])
        # Never echo the input value: it could be the API key.
        problems.append(f"{name}: {detail['msg']}")
    return "invalid settings: " + "; ".join(problems)


def load_settings(env: Mapping[str, str] | None = None, **flags: Any) -> Settings:
    """Settings from flags (None means not given), then the environment, then defaults."""
    values: dict[str, Any] = _from_environment(os.environ if env is None else env)
    values.update({name: value for name, value in flags.items() if value is not None})
    try:
        return Settings(**values)
    except ValidationError as error:
        raise InputError(_describe(error)) from None
