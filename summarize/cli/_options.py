"""Options shared by every command that extracts: one definition, one help text."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from summarize.config import load_settings
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
    Path | None, typer.Option("--replay", help="Serve recorded answers from DIR: no network.")
]


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

    def build(self, on_call: OnCall | None = None) -> tuple[Extractor, str | None]:
        """Settings from these flags and the environment; the extractor and its stderr notice."""
        settings = load_settings(
            model=self.model,
            base_url=self.base_url,
            model_path=self.model_path,
            max_tokens=self.max_tokens,
            timeout=self.timeout,
        )
        return make_extractor(
            self.backend.value,
            settings,
            record_dir=self.record,
            replay_dir=self.replay,
            on_call=on_call,
        )
