"""The PostgreSQL store (`--db postgresql://...`, the `postgres` extra: psycopg 3).

The same tables as the SQLite store, so several `summarize run` workers on many machines can
share one store: a claim locks its row with SELECT ... FOR UPDATE SKIP LOCKED (a worker never
waits on another's claim), and leases are compared on the server's clock, so workers' clocks
need not agree.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from contextlib import AbstractContextManager
from typing import Any

from summarize.errors import InputError, UnavailableError
from summarize.store.base import (
    BATCH_TABLES,
    PROMPT_TABLE,
    RUNS_TABLE,
    STORE_VERSION,
    CacheLookups,
    Store,
    StoreTarget,
    closing_lookups,
)

_SCHEMA_LOCK = 7_305_311_042  # pg_advisory_xact_lock key: one worker creates the schema at a time

_SCHEMA = (
    """
CREATE TABLE IF NOT EXISTS store_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS texts (sha256 TEXT PRIMARY KEY, text TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS extractions (
    id BIGSERIAL PRIMARY KEY,
    sha256 TEXT NOT NULL REFERENCES texts(sha256),
    extractor_key TEXT NOT NULL,
    extraction_json TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (sha256, extractor_key)
);
CREATE TABLE IF NOT EXISTS articles (
    seq BIGSERIAL UNIQUE,
    source TEXT NOT NULL,
    sha256 TEXT NOT NULL DEFAULT '',
    article_id TEXT,
    status TEXT NOT NULL CHECK (status IN ('ok', 'failed')),
    extraction_id BIGINT REFERENCES extractions(id),
    error TEXT,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (source, sha256)
);
CREATE TABLE IF NOT EXISTS model_calls (
    id BIGSERIAL PRIMARY KEY,
    source TEXT NOT NULL,
    sha256 TEXT,
    extractor_key TEXT NOT NULL,
    model TEXT,
    outcome TEXT,
    prompt_tokens INTEGER,
    completion_tokens INTEGER,
    duration_s DOUBLE PRECISION,
    call_json TEXT NOT NULL,
    logged_at TEXT NOT NULL,
    worker TEXT
);
CREATE TABLE IF NOT EXISTS claims (
    sha256 TEXT NOT NULL,
    extractor_key TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('running', 'done', 'failed', 'released')),
    claimed_by TEXT,
    lease_until DOUBLE PRECISION NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    error TEXT,
    finished_at DOUBLE PRECISION,
    PRIMARY KEY (sha256, extractor_key)
);
CREATE INDEX IF NOT EXISTS claims_by_worker ON claims (claimed_by, status);
"""
    + BATCH_TABLES
    + RUNS_TABLE
    + PROMPT_TABLE
)


def _psycopg() -> Any:
    try:
        import psycopg
    except ImportError:
        raise InputError(
            "a postgresql:// store needs psycopg: pip install 'summarize[postgres]'"
        ) from None
    return psycopg


def redacted(dsn: str) -> str:
    """The URL without its password, for messages."""
    return re.sub(r"(://[^:/@]+):[^@/]*@", r"\1:***@", dsn)


class PostgresStore(Store):
    """A handle on one PostgreSQL database (schema `public` unless the URL's options say)."""

    placeholder = "%s"
    row_order = "seq"
    lock_clause = "FOR UPDATE SKIP LOCKED"
    wait_lock_clause = "FOR UPDATE"

    def __init__(self, target: StoreTarget, *, readonly: bool = False) -> None:
        super().__init__(target, readonly=readonly)
        self.dsn = str(target)
        psycopg = _psycopg()
        self._error: type[Exception] = psycopg.Error
        try:
            self._db = psycopg.connect(self.dsn, autocommit=True, connect_timeout=10)
        except psycopg.Error as error:  # a server that does not answer is not bad input
            raise UnavailableError(f"cannot open the store {self.location}: {error}") from None
        try:
            if readonly:
                self._db.execute("SET default_transaction_read_only = on")
                self._check_version()
            else:
                with self._db.transaction():
                    self._db.execute("SELECT pg_advisory_xact_lock(%s)", (_SCHEMA_LOCK,))
                    self._db.execute(_SCHEMA)
                    self._db.execute(
                        "INSERT INTO store_meta (key, value) VALUES ('version', %s) "
                        "ON CONFLICT DO NOTHING",
                        (STORE_VERSION,),
                    )
                self._check_version()
        except (psycopg.Error, InputError) as error:
            self._db.close()
            if isinstance(error, InputError):
                raise
            raise UnavailableError(f"cannot open the store {self.location}: {error}") from None

    def _check_version(self) -> None:
        row = self._db.execute("SELECT value FROM store_meta WHERE key = 'version'").fetchone()
        version = None if row is None else row[0]
        if version != STORE_VERSION:
            raise InputError(
                f"the store {self.location} has format {version}; "
                f"this version reads {STORE_VERSION}"
            )

    @property
    def location(self) -> str:
        return redacted(self.dsn)

    def _close(self) -> None:
        self._db.close()

    def _execute(self, sql: str, parameters: Sequence[Any] = ()) -> Any:
        return self._db.execute(sql, parameters or None)

    def _transaction(self) -> AbstractContextManager[None]:
        transaction: AbstractContextManager[None] = self._db.transaction()
        return transaction

    def clock(self) -> float:
        row = self._db.execute("SELECT extract(epoch FROM clock_timestamp())::float8").fetchone()
        return float(row[0])

    def cache_lookups(self) -> AbstractContextManager[CacheLookups]:
        psycopg = _psycopg()
        dsn = self.dsn

        def connect() -> Any:
            connection = psycopg.connect(dsn, autocommit=True, connect_timeout=10)
            connection.execute("SET default_transaction_read_only = on")
            return connection

        return closing_lookups(CacheLookups(connect, placeholder="%s"))
