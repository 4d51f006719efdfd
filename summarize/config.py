"""Settings: command-line flags first, then environment variables, then the config file, then
defaults.

The environment and the config file (TOML, in the user config directory; `summarize config path`)
are read through pydantic-settings. The API key is held as a `SecretStr`: its repr, str and JSON
dump are masked, so it cannot leak through logs, error messages or saved files by accident.
"""

from __future__ import annotations

import os
import tomllib
import urllib.parse
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

import platformdirs
from pydantic import AliasChoices, BaseModel, ConfigDict, Field, SecretStr, ValidationError
from pydantic_settings import (
    BaseSettings,
    EnvSettingsSource,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
)

from summarize.errors import InputError

OPENAI_ENDPOINT = "https://api.openai.com/v1"
REDACTED = "[redacted]"
MIN_SECRET_CHARS = 4  # shorter values ("1", "v2") are not worth masking everywhere they occur
MAX_TOKENS_CAP = 16384
MIN_CHUNK_TOKENS = 200
CONFIG_ENV = "SUMMARIZE_CONFIG"
CONFIG_FILENAME = "config.toml"

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
    "chunk_tokens": ("SUMMARIZE_CHUNK_TOKENS",),
    "max_reply_bytes": ("SUMMARIZE_MAX_REPLY_BYTES",),
}
# Settings used outside model calls; their modules read the environment variable themselves, and
# a value from the config file is passed on through it (see `apply_file_to_environment`).
OTHER_ENVIRONMENT: dict[str, tuple[str, ...]] = {
    "db": ("SUMMARIZE_DB",),
    "actors": ("SUMMARIZE_ACTORS",),
    "lexicon": ("SUMMARIZE_LEXICON",),
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
    timeout: float = Field(
        default=60.0,
        gt=0,
        le=600,
        description="Seconds per HTTP request, whole: connecting, sending and the full reply.",
    )
    max_tokens: int = Field(default=4096, ge=1, le=MAX_TOKENS_CAP)
    temperature: float = Field(default=0.0, ge=0, le=2)
    transport_attempts: int = Field(default=4, ge=1, le=10)
    retry_initial_wait: float = Field(default=1.0, ge=0, le=60)
    retry_max_wait: float = Field(default=30.0, ge=0, le=300)
    retry_total_seconds: float = Field(
        default=180.0, gt=0, description="Give up on transport retries after this long."
    )
    validation_reasks: int = Field(default=2, ge=0, le=2)
    grounding_reasks: int = Field(
        default=1, ge=0, le=1, description="Re-asks for items whose quotes or references fail."
    )
    chunk_tokens: int | None = Field(
        default=None,
        ge=MIN_CHUNK_TOKENS,
        description="Article tokens (characters / 4) per request; longer articles are split. "
        "None: derived from the model's context size.",
    )
    max_reply_bytes: int = Field(
        default=1_000_000, ge=1_000, description="Largest model reply accepted, in bytes."
    )

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


class ModelPrice(BaseModel):
    """US dollars per million tokens."""

    model_config = ConfigDict(extra="forbid")

    input: float = Field(ge=0)
    output: float = Field(ge=0)


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


class PriceOverrides(BaseModel):
    """The config file's `[prices]` table: entries override summarize/data/prices.toml."""

    model_config = ConfigDict(extra="forbid")

    batch_discount: float | None = Field(default=None, ge=0, le=1)
    models: dict[str, ModelPrice] = Field(default_factory=dict)


def _env(name: str) -> Any:
    variables = {**ENVIRONMENT, **OTHER_ENVIRONMENT}[name]
    return Field(default=None, validation_alias=AliasChoices(*variables))


class Layers(BaseSettings):
    """What the environment and the config file say (None: not set there).

    Environment variables are matched by their exact names; the file uses the setting names
    (`model = "..."`, `timeout = 30`), plus a `[prices]` table.
    """

    model_config = SettingsConfigDict(
        case_sensitive=True, env_ignore_empty=True, extra="forbid", populate_by_name=True
    )

    model: str | None = _env("model")
    base_url: str | None = _env("base_url")
    api_key: SecretStr | None = _env("api_key")
    model_path: Path | None = _env("model_path")
    timeout: float | None = _env("timeout")
    max_tokens: int | None = _env("max_tokens")
    mode: StructuredMode | None = _env("mode")
    transport_attempts: int | None = _env("transport_attempts")
    retry_initial_wait: float | None = _env("retry_initial_wait")
    retry_max_wait: float | None = _env("retry_max_wait")
    retry_total_seconds: float | None = _env("retry_total_seconds")
    chunk_tokens: int | None = _env("chunk_tokens")
    max_reply_bytes: int | None = _env("max_reply_bytes")
    db: str | None = _env("db")  # a file path or a postgresql:// URL
    actors: str | None = _env("actors")
    lexicon: Path | None = _env("lexicon")
    prices: PriceOverrides = Field(default_factory=PriceOverrides)

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # init: the environment (already read by _MappingEnvironment) over the file's values.
        return (init_settings,)


class _MappingEnvironment(EnvSettingsSource):
    """pydantic-settings' environment source over a given mapping instead of os.environ."""

    def __init__(self, settings_cls: type[BaseSettings], env: Mapping[str, str]) -> None:
        self._mapping = {key: value.strip() for key, value in env.items()}
        super().__init__(settings_cls)

    def _load_env_vars(self) -> Mapping[str, str | None]:
        return {key: value for key, value in self._mapping.items() if value}


def config_path(env: Mapping[str, str] | None = None) -> Path:
    """`$SUMMARIZE_CONFIG`, else config.toml in the user config directory."""
    configured = (os.environ if env is None else env).get(CONFIG_ENV, "").strip()
    if configured:
        return Path(configured).expanduser()
    return platformdirs.user_config_path("summarize") / CONFIG_FILENAME


def _describe(error: ValidationError, where: str = "invalid settings") -> str:
    problems = []
    for detail in error.errors():
        name = ".".join(str(part) for part in detail["loc"])
        # Never echo the input value: it could be the API key.
        problems.append(f"{name}: {detail['msg']}")
    return f"{where}: " + "; ".join(problems)


def read_config_file(path: Path) -> dict[str, Any]:
    """The config file's table (empty when there is no file)."""
    if not path.is_file():
        return {}
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise InputError(f"cannot read the config file {path}: {error}") from None


def load_layers(env: Mapping[str, str] | None = None) -> Layers:
    """The environment over the config file; neither applies flags or defaults."""
    environment = os.environ if env is None else env
    path = config_path(environment)
    from_file = read_config_file(path)
    try:
        Layers.model_validate(from_file)  # the file alone: report its own mistakes as its own
    except ValidationError as error:
        raise InputError(_describe(error, f"invalid config file {path}")) from None
    names = {var: name for name, vs in {**ENVIRONMENT, **OTHER_ENVIRONMENT}.items() for var in vs}
    from_env = {names.get(k, k): v for k, v in _MappingEnvironment(Layers, environment)().items()}
    try:
        return Layers.model_validate({**from_file, **from_env})
    except ValidationError as error:
        raise InputError(_describe(error, "invalid environment variable")) from None


def load_settings(env: Mapping[str, str] | None = None, **flags: Any) -> Settings:
    """Settings from flags (None means not given), then the environment, then the config file,
    then defaults."""
    layers = load_layers(env)
    values: dict[str, Any] = {
        name: value for name in ENVIRONMENT if (value := getattr(layers, name)) is not None
    }
    values.update({name: value for name, value in flags.items() if value is not None})
    try:
        return Settings(**values)
    except ValidationError as error:
        raise InputError(_describe(error)) from None


def apply_file_to_environment(env: dict[str, str] | None = None) -> None:
    """Hand the config file's db, actors and lexicon to the modules that read them from the
    environment; an environment variable that is already set wins."""
    environment: dict[str, str] | os._Environ[str] = os.environ if env is None else env
    from_file = read_config_file(config_path(environment))
    for name, (variable, *_) in OTHER_ENVIRONMENT.items():
        value = from_file.get(name)
        if value is not None and not environment.get(variable, "").strip():
            environment[variable] = str(value)


def effective_settings(env: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Every setting as it applies without flags, for `summarize config show` (key masked)."""
    layers = load_layers(env)
    settings = load_settings(env)
    shown: dict[str, Any] = settings.model_dump(mode="json")
    shown["api_key"] = "**********" if settings.api_key is not None else None
    for name in OTHER_ENVIRONMENT:
        value = getattr(layers, name)
        shown[name] = None if value is None else str(value)
    if shown["db"] is None:
        from summarize.store import default_db

        shown["db"] = str(default_db())
    shown["config_file"] = str(config_path(env))
    return shown
