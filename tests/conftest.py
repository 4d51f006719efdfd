"""Shared fixtures: a clean model environment for every test, and the fake OpenAI server."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any, NoReturn

import pytest
from fake_openai import FakeOpenAI
from postgres_server import PostgresUnavailable, throwaway_postgres

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


# --- PostgreSQL: a throwaway server from scripts/postgres.sh -----------------------------------

POSTGRES_URL_ENV = "TEST_POSTGRES_URL"  # an existing server to use instead (a maintenance DB)


def _postgres_unavailable(reason: str) -> NoReturn:
    """Skip locally; in CI (CI set) the PostgreSQL tests must run, so fail."""
    if os.environ.get("CI"):
        pytest.fail(f"PostgreSQL is required in CI: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """The URL of a PostgreSQL server for the session: $TEST_POSTGRES_URL, else one that
    scripts/postgres.sh installs (if need be), starts, and stops at the end."""
    configured = os.environ.get(POSTGRES_URL_ENV)
    if configured:
        yield configured
        return
    with ExitStack() as stack:
        try:
            url = stack.enter_context(throwaway_postgres())
        except PostgresUnavailable as why:
            _postgres_unavailable(str(why))
        yield url


@pytest.fixture
def postgres_url(postgres_server: str) -> Iterator[str]:
    """A fresh, empty database on the session's server; dropped afterwards."""
    import psycopg

    name = f"summarize_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(postgres_server, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    base, _, _ = postgres_server.rpartition("/")
    yield f"{base}/{name}"
    with psycopg.connect(postgres_server, autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(params=["sqlite", "postgres"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str | Path:
    """Each store backend in turn: an SQLite file, then a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return tmp_path / "s.sqlite"
    url: str = request.getfixturevalue("postgres_url")
    return url
