"""Options shared by every command that extracts: one definition, one help text."""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, get_args, get_type_hints

import typer

from summarize.config import load_settings
from summarize.errors import InputError
from summarize.extract import Extractor, OnCall, make_extractor


class BackendChoice(StrEnum):
    auto = "auto"
    rules = "rules"
    openai = "openai"
    local = "local"
    replay = "replay"


BackendOption = Annotated[
    BackendChoice,
    typer.Option(help="auto: the LLM when an endpoint is configured, else rules (no LLM)."),
]
ModelOption = Annotated[str | None, typer.Option(help="Model id (env SUMMARIZE_MODEL).")]
BaseUrlOption = Annotated[
    str | None,
    typer.Option(help="OpenAI-compatible endpoint (env SUMMARIZE_BASE_URL, OPENAI_BASE_URL)."),
]
ModelPathOption = Annotated[
    Path | None, typer.Option(help="GGUF file for --backend local (env SUMMARIZE_MODEL_PATH).")
]
MaxTokensOption = Annotated[
    int | None, typer.Option(help="Cap on the reply's tokens (default 4096).")
]
TimeoutOption = Annotated[
    float | None, typer.Option(help="Seconds per model request (default 60).")
]
RecordOption = Annotated[
    Path | None,
    typer.Option("--record", help="Save every model answer under DIR for later replay."),
]
ReplayOption = Annotated[
    Path | None,
    typer.Option(
        "--replay",
        help="Serve recorded answers from DIR: no network. Flags in DIR/replay-flags apply "
        "unless given here.",
    ),
]
JsonField = str | int | float | None


@functools.cache
def _field_type(name: str) -> Callable[[Any], Any]:
    """The class of a ModelOptions field (its type, or that type | None), to rebuild a value
    read from text or JSON."""
    declared = get_type_hints(ModelOptions)[name]
    kinds = [t for t in get_args(declared) or (declared,) if t is not type(None)]
    if len(kinds) != 1:
        raise TypeError(f"ModelOptions.{name} needs one class to rebuild its value, not {kinds}")
    kind: Callable[[Any], Any] = kinds[0]
    return kind


@dataclass(frozen=True)
class ModelOptions:
    """The extracting commands' model flags, as given (None: not given)."""

    backend: BackendChoice = BackendChoice.auto
    model: str | None = None
    base_url: str | None = None
    model_path: Path | None = None
    max_tokens: int | None = None
    timeout: float | None = None
    record: Path | None = None
    replay: Path | None = None

    def to_json_fields(self) -> dict[str, JsonField]:
        """Every flag as a JSON value (paths and the backend as strings): how `run --processes`
        hands them to its workers, in a job file rather than on their command line."""
        return {
            name: str(value) if isinstance(value, Path | BackendChoice) else value
            for name, value in vars(self).items()
        }

    @classmethod
    def from_json_fields(cls, fields: Mapping[str, JsonField]) -> ModelOptions:
        """The flags `to_json_fields` gave, each rebuilt as its field's type."""
        values: dict[str, Any] = {
            name: None if value is None else _field_type(name)(value)
            for name, value in fields.items()
        }
        return cls(**values)

    def with_replay_flags(self) -> ModelOptions:
        """With --replay DIR, the flags DIR/replay-flags records, where none was given."""
        if self.replay is None:
            return self
        from summarize.extract.replay import REPLAY_FLAGS, read_replay_flags

        flags = read_replay_flags(self.replay)
        recorded = {
            REPLAY_FLAGS[flag]: value for flag, value in flags.items() if flag in REPLAY_FLAGS
        }
        given = {name: getattr(self, name) for name in recorded}
        values: dict[str, Any] = {}
        try:
            for name, value in recorded.items():
                if name == "backend":
                    if self.backend is BackendChoice.auto:
                        values[name] = BackendChoice(value)
                elif given[name] is None:
                    values[name] = _field_type(name)(value)
        except ValueError as error:
            raise InputError(f"{self.replay}/replay-flags: {error}") from None
        return replace(self, **values)

    def build(self, on_call: OnCall | None = None) -> tuple[Extractor, str | None]:
        """Settings from these flags (and a replay folder's), the environment and the config
        file; the extractor and its stderr notice."""
        options = self.with_replay_flags()
        settings = load_settings(
            model=options.model,
            base_url=options.base_url,
            model_path=options.model_path,
            max_tokens=options.max_tokens,
            timeout=options.timeout,
        )
        return make_extractor(
            options.backend.value,
            settings,
            record_dir=self.record,
            replay_dir=self.replay,
            on_call=on_call,
        )
