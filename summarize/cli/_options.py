"""Options shared by every command that extracts: one definition, one help text."""

from __future__ import annotations

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


def build_extractor(
    backend: BackendChoice,
    *,
    model: str | None = None,
    base_url: str | None = None,
    model_path: Path | None = None,
    max_tokens: int | None = None,
    timeout: float | None = None,
    record: Path | None = None,
    replay: Path | None = None,
    on_call: OnCall | None = None,
) -> tuple[Extractor, str | None]:
    """Settings from flags and environment, then the extractor and its stderr notice."""
    settings = load_settings(
        model=model,
        base_url=base_url,
        model_path=model_path,
        max_tokens=max_tokens,
        timeout=timeout,
    )
    return make_extractor(
        backend.value, settings, record_dir=record, replay_dir=replay, on_call=on_call
    )
