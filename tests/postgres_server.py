"""A throwaway PostgreSQL server from scripts/postgres.sh, for the tests and the benchmarks."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

POSTGRES_SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "postgres.sh"


class PostgresUnavailable(Exception):
    """No server could be started here; the message says why."""


@contextmanager
def throwaway_postgres() -> Iterator[str]:
    """The URL of a server that scripts/postgres.sh installs (if need be) and starts; stopped
    and deleted on exit. Raises PostgresUnavailable before yielding when it cannot start."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        raise PostgresUnavailable(
            "psycopg is not installed: pip install -e '.[postgres]'"
        ) from None
    process = subprocess.Popen(
        ["bash", str(POSTGRES_SCRIPT)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None and process.stdin is not None
    url = process.stdout.readline().strip()
    if not url.startswith("postgresql://"):
        process.kill()
        _, errors = process.communicate(timeout=30)
        raise PostgresUnavailable(f"scripts/postgres.sh could not start a server: {errors.strip()}")
    try:
        yield url
    finally:
        process.stdin.close()  # the script stops the server and deletes its files
        process.wait(timeout=60)
