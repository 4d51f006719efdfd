"""The SQLite store (the default): one file, WAL mode.

Crash safety comes from SQLite itself: WAL mode, one transaction per article, and uniqueness
constraints (one row per article source, one extraction per text and extractor identity), so a
run killed at any moment resumes with nothing lost and nothing duplicated. Writes take the
file's write lock at once (BEGIN IMMEDIATE), which is what makes a claim atomic between several
`summarize run` processes on one file.
"""

from __future__ import annotations

import random
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

from summarize.errors import InputError
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
from summarize.views import VIEW_NAMES, VIEWS

_ARTICLES_TABLE = """
CREATE TABLE IF NOT EXISTS articles (
    source TEXT NOT NULL,
    sha256 TEXT NOT NULL DEFAULT '',
    article_id TEXT,
    status TEXT NOT NULL CHECK (status IN ('ok', 'failed')),
    extraction_id INTEGER REFERENCES extractions(id),
    error TEXT,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (source, sha256)
);
"""
_SCHEMA = (
    _ARTICLES_TABLE
    + """
CREATE TABLE IF NOT EXISTS store_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS texts (sha256 TEXT PRIMARY KEY, text TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS extractions (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL REFERENCES texts(sha256),
    extractor_key TEXT NOT NULL,
    extraction_json TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (sha256, extractor_key)
);
CREATE TABLE IF NOT EXISTS model_calls (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    sha256 TEXT,
    extractor_key TEXT NOT NULL,
    model TEXT,
    outcome TEXT,
    prompt_tokens INTEGER,
    completion_tokens INTEGER,
    duration_s REAL,
    call_json TEXT NOT NULL,
    logged_at TEXT NOT NULL,
    worker TEXT
);
CREATE TABLE IF NOT EXISTS claims (
    sha256 TEXT NOT NULL,
    extractor_key TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('running', 'done', 'failed', 'released')),
    claimed_by TEXT,
    lease_until REAL NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    error TEXT,
    finished_at REAL,
    PRIMARY KEY (sha256, extractor_key)
);
CREATE INDEX IF NOT EXISTS claims_by_worker ON claims (claimed_by, status);
"""
    + BATCH_TABLES
    + RUNS_TABLE
    + PROMPT_TABLE
)


SETUP_SECONDS = 30.0


class SQLiteStore(Store):
    """A handle on one SQLite store file."""

    def __init__(self, target: StoreTarget, *, readonly: bool = False) -> None:
        super().__init__(target, readonly=readonly)
        path = Path(target)
        self.path = path
        if readonly:
            self._db = self._open_readonly(path)
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(path, timeout=30, isolation_level=None)
        except (OSError, sqlite3.Error) as error:
            raise InputError(f"cannot open the store {path}: {error}") from None
        try:
            self._set_up()
        except (sqlite3.Error, InputError) as error:
            self._db.close()
            if isinstance(error, InputError):
                raise
            raise InputError(f"cannot open the store {path}: {error}") from None

    def _set_up(self) -> None:
        """Journal mode, tables, views and version. Workers that open a new store at the same
        moment can get "database is locked" at once (SQLite does not wait on a lock upgrade
        that could deadlock): the set-up is then tried again, for up to SETUP_SECONDS."""
        deadline = time.monotonic() + SETUP_SECONDS
        while True:
            try:
                if self._db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                    self._db.execute("PRAGMA journal_mode=WAL")
                self._db.execute("PRAGMA synchronous=NORMAL")
                self._db.execute("PRAGMA foreign_keys=ON")
                self._db.executescript(_SCHEMA)
                self._db.executescript(VIEWS)  # for datasette and sqlite-utils (summarize.views)
                self._check_version()
                return
            except sqlite3.OperationalError as error:
                if "locked" not in str(error) or time.monotonic() > deadline:
                    raise
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                time.sleep(0.05 + random.random() * 0.1)

    def _open_readonly(self, path: Path) -> sqlite3.Connection:
        """Open for reading only: no file, table or lock is created, so a store the user may
        only read (or a copy on read-only media) serves `brief`, `export` and `logs`."""
        if not path.is_file():
            raise InputError(f"no store at {path}: run `summarize run PATHS` first")
        uri = path.resolve().as_uri()
        try:
            db = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=30, isolation_level=None)
            try:
                row = db.execute("SELECT value FROM store_meta WHERE key = 'version'").fetchone()
            except sqlite3.OperationalError:
                # A WAL file in a folder the user may not write: SQLite cannot create the
                # shared-memory file readers need. Read it as an immutable file instead (the
                # user cannot write it; a writer with access to it must not be running).
                db.close()
                db = sqlite3.connect(
                    f"{uri}?mode=ro&immutable=1", uri=True, timeout=30, isolation_level=None
                )
                row = db.execute("SELECT value FROM store_meta WHERE key = 'version'").fetchone()
        except sqlite3.Error as error:
            raise InputError(f"cannot open the store {path}: {error}") from None
        try:
            version = None if row is None else str(row[0])
            if version != STORE_VERSION:
                raise InputError(
                    f"the store {path} has format {version}; this version reads {STORE_VERSION} "
                    "(open it once with write access, e.g. `summarize run`, to migrate it)"
                )
            columns = {row[1] for row in db.execute("PRAGMA table_info(model_calls)")}
            if "worker" not in columns:  # written by an older version: the column reads NULL
                db.execute(
                    "CREATE TEMP VIEW model_calls AS SELECT *, NULL AS worker FROM main.model_calls"
                )
            present = {
                str(name)
                for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'view'")
            }
            if not set(VIEW_NAMES) <= present:  # an older store: the views live in this session
                db.executescript(VIEWS.replace("CREATE VIEW", "CREATE TEMP VIEW"))
        except (sqlite3.Error, InputError) as error:
            db.close()
            if isinstance(error, InputError):
                raise
            raise InputError(f"cannot open the store {path}: {error}") from None
        return db

    @property
    def connection(self) -> sqlite3.Connection:
        """The handle's own connection, for SQL over the views (`export`, `logs`)."""
        return self._db

    @property
    def location(self) -> str:
        return str(self.path)

    def _close(self) -> None:
        self._db.close()

    def _execute(self, sql: str, parameters: Sequence[Any] = ()) -> Any:
        return self._db.execute(sql, parameters)

    def clock(self) -> float:
        return time.time()

    def _check_version(self) -> None:
        with self._transaction():
            self._db.execute(
                "INSERT OR IGNORE INTO store_meta (key, value) VALUES ('version', ?)",
                (STORE_VERSION,),
            )
            (version,) = self._db.execute(
                "SELECT value FROM store_meta WHERE key = 'version'"
            ).fetchone()
            if version == "1":
                self._migrate_from_1()
                version = STORE_VERSION
            columns = {row[1] for row in self._db.execute("PRAGMA table_info(model_calls)")}
            if "worker" not in columns:  # added within format 2: older readers ignore it
                self._db.execute("ALTER TABLE model_calls ADD COLUMN worker TEXT")
        if version != STORE_VERSION:
            raise InputError(
                f"the store {self.path} has format {version}; this version reads {STORE_VERSION}"
            )

    def _migrate_from_1(self) -> None:
        """Format 1 keyed articles on the path as typed; keep every row, keyed on (path, hash).
        Its schema-1 extractions stay stored but are never used: `run` extracts them again."""
        columns = {row[1] for row in self._db.execute("PRAGMA table_info(articles)")}
        if "source" in columns and "updated_at" in columns:
            self._db.execute("ALTER TABLE articles RENAME TO articles_v1")
            self._db.execute(_ARTICLES_TABLE)
            self._db.execute(
                "INSERT OR IGNORE INTO articles (source, sha256, article_id, status, "
                "extraction_id, error, updated_at) SELECT source, COALESCE(sha256, ''), "
                "article_id, status, extraction_id, error, updated_at FROM articles_v1"
            )
            self._db.execute("DROP TABLE articles_v1")
        self._db.execute("UPDATE store_meta SET value = ? WHERE key = 'version'", (STORE_VERSION,))

    def _transaction(self) -> AbstractContextManager[None]:
        return self._immediate()

    @contextmanager
    def _immediate(self) -> Iterator[None]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def cache_lookups(self) -> AbstractContextManager[CacheLookups]:
        uri = f"{self.path.resolve().as_uri()}?mode=ro"

        def connect() -> sqlite3.Connection:
            return sqlite3.connect(uri, uri=True, timeout=30, check_same_thread=False)

        return closing_lookups(CacheLookups(connect))
