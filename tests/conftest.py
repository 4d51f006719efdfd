"""Shared fixtures: a clean model environment for every test, and the fake OpenAI server."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from fake_openai import FakeOpenAI

from summarize.config import Settings

# A recognisable fake key: tests assert it never shows up in output, errors or files.
TEST_API_KEY = "sk-test-NEVER-PRINT-7f3a9c1e5b"

FAST_RETRIES: dict[str, Any] = {
    "timeout": 2.0,
    "transport_attempts": 3,
    "retry_initial_wait": 0.01,
    "retry_max_wait": 0.05,
    "retry_total_seconds": 20.0,
}


@pytest.fixture(autouse=True)
def clean_model_environment(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: Any) -> None:
    """No test may reach a real model because the developer's shell has a key or endpoint, nor
    read the developer's config file or write to their default store."""
    for name in list(os.environ):
        if name.startswith("SUMMARIZE_") or name in {"OPENAI_API_KEY", "OPENAI_BASE_URL"}:
            monkeypatch.delenv(name)
    home = tmp_path_factory.mktemp("xdg")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))


@pytest.fixture
def fake_openai() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as server:
        yield server


@pytest.fixture
def fake_settings(fake_openai: FakeOpenAI) -> Callable[..., Settings]:
    """Settings pointing at the fake server, with tiny retry waits; override any field."""

    def make(**overrides: Any) -> Settings:
        values: dict[str, Any] = {
            "base_url": fake_openai.base_url,
            "api_key": TEST_API_KEY,
            **FAST_RETRIES,
            **overrides,
        }
        return Settings(**values)

    return make


@pytest.fixture
def fake_env(fake_openai: FakeOpenAI, monkeypatch: pytest.MonkeyPatch) -> FakeOpenAI:
    """Environment variables that point the CLI at the fake server, with tiny retry waits."""
    monkeypatch.setenv("OPENAI_API_KEY", TEST_API_KEY)
    monkeypatch.setenv("SUMMARIZE_BASE_URL", fake_openai.base_url)
    monkeypatch.setenv("SUMMARIZE_TIMEOUT", str(FAST_RETRIES["timeout"]))
    monkeypatch.setenv("SUMMARIZE_TRANSPORT_ATTEMPTS", str(FAST_RETRIES["transport_attempts"]))
    monkeypatch.setenv("SUMMARIZE_RETRY_INITIAL_WAIT", str(FAST_RETRIES["retry_initial_wait"]))
    monkeypatch.setenv("SUMMARIZE_RETRY_MAX_WAIT", str(FAST_RETRIES["retry_max_wait"]))
    return fake_openai
