"""The local SQLite store: article texts, cached extractions, failures and a log of model calls.

Crash safety comes from SQLite itself: WAL mode, one transaction per article, and uniqueness
constraints (one row per article source, one extraction per text and extractor identity), so a
run killed at any moment resumes with nothing lost and nothing duplicated.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import platformdirs
from pydantic import ValidationError

from summarize.errors import InputError
from summarize.schema import SCHEMA_VERSION, Extraction
from summarize.views import VIEWS

DB_ENV = "SUMMARIZE_DB"
# 2: an article row is (source, content hash), so a changed file adds a version and keeps the old,
# and the same relative path typed in two folders names two articles.
STORE_VERSION = "2"
_SECRET_KEYS = frozenset({"api_key", "authorization", "headers", "default_headers"})

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
    logged_at TEXT NOT NULL
);
"""
)


def stored_source(source: str) -> str:
    """How a source is recorded: an absolute path (the same relative path typed in two folders
    names two files), `stdin:<time>` for standard input (each piped article is its own), or a
    URL or an already recorded name as it is."""
    if source == "-":
        return f"stdin:{datetime.now(UTC).isoformat(timespec='microseconds')}"
    if source.startswith(("stdin:", "http://", "https://")) or source.startswith("/"):
        return source
    return str(Path(source).absolute())


def default_db_path() -> Path:
    """`$SUMMARIZE_DB`, else `summarize.sqlite` in the user's data directory."""
    configured = os.environ.get(DB_ENV)
    if configured:
        return Path(configured).expanduser()
    return Path(platformdirs.user_data_dir("summarize")) / "summarize.sqlite"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class StoredArticle:
    """One article source and its current extraction (None when it failed)."""

    source: str
    article_id: str | None
    sha256: str | None
    status: str
    error: str | None
    extraction: Extraction | None


@dataclass(frozen=True)
class LoggedCall:
    source: str
    model: str | None
    outcome: str | None
    prompt_tokens: int | None
    completion_tokens: int | None
    duration_s: float | None
    call: dict[str, Any]


def scrub_secrets(value: Any, secrets: Sequence[str] = ()) -> Any:
    """Drop credential-bearing keys and blank out any known secret value, recursively."""
    if isinstance(value, Mapping):
        return {
            str(key): scrub_secrets(item, secrets)
            for key, item in value.items()
            if str(key).lower() not in _SECRET_KEYS
        }
    if isinstance(value, list | tuple):
        return [scrub_secrets(item, secrets) for item in value]
    if isinstance(value, str):
        for secret in secrets:
            if secret:
                value = value.replace(secret, "[redacted]")
        return value
    return value


class Store:
    """A handle on one SQLite store file. Use from one thread (the pipeline's main thread)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(path, timeout=30, isolation_level=None)
        except (OSError, sqlite3.Error) as error:
            raise InputError(f"cannot open the store {path}: {error}") from None
        try:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._db.executescript(_SCHEMA)
            self._db.executescript(VIEWS)  # for datasette and sqlite-utils (summarize.views)
            self._check_version()
        except (sqlite3.Error, InputError) as error:
            self._db.close()
            if isinstance(error, InputError):
                raise
            raise InputError(f"cannot open the store {path}: {error}") from None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()

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

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    # --- reads ---------------------------------------------------------------------------

    def cached_extraction_id(self, sha256: str, extractor_key: str) -> int | None:
        return _extraction_id(self._db, sha256, extractor_key)

    @contextmanager
    def cache_lookups(self) -> Iterator[CacheLookups]:
        """Cache lookups that worker threads may make while this handle writes."""
        lookups = CacheLookups(self.path)
        try:
            yield lookups
        finally:
            lookups.close()

    def articles(
        self, sources: Sequence[str] | None = None, *, all_versions: bool = False
    ) -> list[StoredArticle]:
        """The current version of every stored article (or of those with the given sources, as
        typed or absolute), in source order; with `all_versions`, earlier versions too."""
        query = (
            "SELECT a.source, a.article_id, a.sha256, a.status, a.error, e.extraction_json "
            "FROM articles a LEFT JOIN extractions e ON e.id = a.extraction_id"
        )
        if not all_versions:
            query += (
                " WHERE a.rowid = (SELECT b.rowid FROM articles b WHERE b.source = a.source "
                "ORDER BY b.updated_at DESC, b.rowid DESC LIMIT 1)"
            )
        with closing(self._db.cursor()) as cursor:
            rows = cursor.execute(f"{query} ORDER BY a.source, a.updated_at, a.rowid").fetchall()
        wanted = None if sources is None else {stored_source(s) for s in sources}
        found = []
        for source, article_id, sha256, status, error, blob in rows:
            if wanted is not None and source not in wanted:
                continue
            extraction, problem = (None, None) if blob is None else load_extraction(blob)
            if problem is not None:
                status, error = "unusable", problem
            found.append(
                StoredArticle(source, article_id, sha256 or None, status, error, extraction)
            )
        return found

    def text(self, sha256: str) -> str | None:
        row = self._db.execute("SELECT text FROM texts WHERE sha256 = ?", (sha256,)).fetchone()
        return None if row is None else str(row[0])

    def model_calls(self) -> list[LoggedCall]:
        rows = self._db.execute(
            "SELECT source, model, outcome, prompt_tokens, completion_tokens, duration_s, "
            "call_json FROM model_calls ORDER BY id"
        ).fetchall()
        return [
            LoggedCall(source, model, outcome, prompt, completion, duration, json.loads(blob))
            for source, model, outcome, prompt, completion, duration, blob in rows
        ]

    # --- writes: one transaction per article ---------------------------------------------

    def log_calls(
        self,
        *,
        source: str,
        extractor_key: str,
        calls: Sequence[Mapping[str, Any]],
        sha256: str | None = None,
    ) -> None:
        """Log model calls made outside a batch (`summarize article`): no article row."""
        with self._transaction():
            self._log_calls(stored_source(source), sha256, extractor_key, calls)

    def save_success(
        self,
        *,
        source: str,
        text: str,
        extraction: Extraction,
        extractor_key: str,
        calls: Sequence[Mapping[str, Any]] = (),
    ) -> None:
        sha256 = extraction.article.sha256
        now = _now()
        source = stored_source(source)
        with self._transaction():
            self._db.execute(
                "INSERT OR IGNORE INTO texts (sha256, text) VALUES (?, ?)", (sha256, text)
            )
            self._db.execute(
                "INSERT INTO extractions (sha256, extractor_key, extraction_json, created_at) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (sha256, extractor_key) DO UPDATE SET "
                "extraction_json = excluded.extraction_json, created_at = excluded.created_at",
                (sha256, extractor_key, extraction.model_dump_json(), now),
            )
            extraction_id = self.cached_extraction_id(sha256, extractor_key)
            self._upsert_article(source, extraction.article.id, sha256, "ok", extraction_id, None)
            self._log_calls(source, sha256, extractor_key, calls)

    def link_cached(self, *, source: str, article_id: str, sha256: str, extraction_id: int) -> None:
        """Point a source at an extraction already in the store (no model call)."""
        source = stored_source(source)
        with self._transaction():
            self._upsert_article(source, article_id, sha256, "ok", extraction_id, None)

    def save_failure(
        self,
        *,
        source: str,
        error: str,
        article_id: str | None = None,
        sha256: str | None = None,
        extractor_key: str = "",
        calls: Sequence[Mapping[str, Any]] = (),
    ) -> None:
        source = stored_source(source)
        with self._transaction():
            self._upsert_article(source, article_id, sha256, "failed", None, error)
            self._log_calls(source, sha256, extractor_key, calls)

    def _upsert_article(
        self,
        source: str,
        article_id: str | None,
        sha256: str | None,
        status: str,
        extraction_id: int | None,
        error: str | None,
    ) -> None:
        self._db.execute(
            "INSERT INTO articles (source, article_id, sha256, status, extraction_id, error, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (source, sha256) DO UPDATE SET "
            "article_id = excluded.article_id, status = excluded.status, "
            "extraction_id = excluded.extraction_id, error = excluded.error, "
            "updated_at = excluded.updated_at",
            (source, article_id, sha256 or "", status, extraction_id, error, _now()),
        )

    def _log_calls(
        self,
        source: str,
        sha256: str | None,
        extractor_key: str,
        calls: Sequence[Mapping[str, Any]],
    ) -> None:
        secrets = [os.environ.get("OPENAI_API_KEY", "")]
        for call in calls:
            clean = scrub_secrets(call, secrets)
            self._db.execute(
                "INSERT INTO model_calls (source, sha256, extractor_key, model, outcome, "
                "prompt_tokens, completion_tokens, duration_s, call_json, logged_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    source,
                    sha256,
                    extractor_key,
                    _optional_str(clean.get("model")),
                    _optional_str(clean.get("outcome")),
                    _optional_int(clean.get("prompt_tokens")),
                    _optional_int(clean.get("completion_tokens")),
                    _optional_float(clean.get("duration_s")),
                    json.dumps(clean, default=str),
                    _now(),
                ),
            )


def _extraction_id(db: sqlite3.Connection, sha256: str, extractor_key: str) -> int | None:
    """A usable cached extraction: a row that no longer loads (corrupt, or from another schema
    version) is not a cache hit, so `run` extracts the article again and replaces it."""
    row = db.execute(
        "SELECT id, extraction_json FROM extractions WHERE sha256 = ? AND extractor_key = ?",
        (sha256, extractor_key),
    ).fetchone()
    if row is None or load_extraction(str(row[1]))[0] is None:
        return None
    return int(row[0])


def load_extraction(blob: str) -> tuple[Extraction | None, str | None]:
    """A stored extraction, or None and why it cannot be used."""
    try:
        data = json.loads(blob)
    except json.JSONDecodeError:
        return None, "stored extraction is not valid JSON: run `summarize run` to extract it again"
    version = str(data.get("schema_version", "?")) if isinstance(data, dict) else "?"
    if version.split(".")[0] != SCHEMA_VERSION.split(".")[0]:
        return None, (
            f"stored with schema {version}, not {SCHEMA_VERSION}: "
            "run `summarize run` to extract it again"
        )
    try:
        return Extraction.model_validate(data), None
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        return None, f"stored extraction does not match the schema ({where}: {first['msg']})"


class CacheLookups:
    """Read-only cache lookups from any thread: each thread gets its own connection (WAL lets
    them read while the store's own handle writes), so lookups need not wait for the writer."""

    def __init__(self, path: Path) -> None:
        self._uri = f"{path.resolve().as_uri()}?mode=ro"
        self._local = threading.local()
        self._opened: list[sqlite3.Connection] = []
        self._lock = threading.Lock()

    def _connection(self) -> sqlite3.Connection:
        connection: sqlite3.Connection | None = getattr(self._local, "connection", None)
        if connection is None:
            # Used only by the thread that opened it; closed by whoever closes the lookups.
            connection = sqlite3.connect(self._uri, uri=True, timeout=30, check_same_thread=False)
            self._local.connection = connection
            with self._lock:
                self._opened.append(connection)
        return connection

    def extraction_id(self, sha256: str, extractor_key: str) -> int | None:
        """The stored extraction of this text by this extractor, if there is one."""
        return _extraction_id(self._connection(), sha256, extractor_key)

    def close(self) -> None:
        with self._lock:
            for connection in self._opened:
                connection.close()
            self._opened.clear()


def _optional_str(value: object) -> str | None:
    return None if value is None else str(value)


def _optional_int(value: object) -> int | None:
    return value if isinstance(value, int) else None


def _optional_float(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) else None
