"""What every store backend shares: the records, the secret scrubbing, and the store's logic over
a small dialect interface (SQL is written once, with `?` placeholders).

A store keeps article texts, cached extractions, failures, a log of model calls and the claims
by which several `summarize run` workers share one store: a worker claims (content hash,
extractor key) before it extracts, holds the claim under a lease it renews while it works, and
marks it done or failed in the transaction that saves the result. Another worker skips an
article claimed by a live worker, takes over one whose lease expired (a killed worker), and
takes the outcome of one finished since it started.
"""

from __future__ import annotations

import functools
import gc
import hashlib
import json
import os
import socket
import threading
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

import platformdirs
from pydantic import ValidationError

from summarize.errors import InputError
from summarize.schema import SCHEMA_VERSION, Extraction

DB_ENV = "SUMMARIZE_DB"
LEASE_ENV = "SUMMARIZE_LEASE_SECONDS"
WORKER_ENV = "SUMMARIZE_WORKER_NAME"  # names the worker in claims and the call log (default: host)
DEFAULT_LEASE_SECONDS = 120.0
# A failure recorded this little before this worker began, by a worker at work then, is this
# run's answer too: workers started together do not retry each other's failures, even once the
# one that failed is killed and its lease has run out.
RUN_START_GRACE = 30.0
STALE_RUN_SECONDS = 86400.0  # a run row this long past its lease belongs to a worker long gone
# 2: an article row is (source, content hash), so a changed file adds a version and keeps the old,
# and the same relative path typed in two folders names two articles.
STORE_VERSION = "2"
POSTGRES_PREFIXES = ("postgresql://", "postgres://")
_SECRET_KEYS = frozenset({"api_key", "authorization", "headers", "default_headers"})

StoreTarget = str | Path

# Batch API jobs (`summarize run --batch`, summarize/extract/batch.py): one row per batch sent,
# one per article in it, so that a run killed while the batch is out resumes polling it.
BATCH_TABLES = """
CREATE TABLE IF NOT EXISTS batches (
    batch_id TEXT PRIMARY KEY,
    input_file_id TEXT NOT NULL,
    endpoint TEXT NOT NULL,
    extractor_key TEXT NOT NULL,
    status TEXT NOT NULL,
    created_at TEXT NOT NULL,
    finished_at TEXT
);
CREATE TABLE IF NOT EXISTS batch_items (
    batch_id TEXT NOT NULL REFERENCES batches(batch_id),
    custom_id TEXT NOT NULL,
    source TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    article_key TEXT NOT NULL,
    PRIMARY KEY (batch_id, source, sha256)
);
"""

# Runs at work on the store, one row per worker handle under a lease renewed with its claims:
# who was at work when another run began, even between two claims (Store.begin_run).
RUNS_TABLE = """
CREATE TABLE IF NOT EXISTS runs (
    worker TEXT PRIMARY KEY,
    lease_until DOUBLE PRECISION NOT NULL
);
"""

# The call log keeps each system prompt once, by hash: it is the same ~16 KB in every call and
# was ~70% of a store's bytes. A logged message then reads {"role": ..., "content_sha256": ...};
# `model_calls()` and `summarize logs` put the text back.
PROMPT_TABLE = """
CREATE TABLE IF NOT EXISTS prompt_texts (sha256 TEXT PRIMARY KEY, text TEXT NOT NULL);
"""
SHARED_PROMPT_CHARS = 1000  # a system message at least this long is kept once


def share_prompts(call: dict[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
    """The call with its long system messages replaced by their hash, and those texts by hash."""
    messages = call.get("messages")
    if not isinstance(messages, list):
        return call, {}
    shared: dict[str, str] = {}
    kept: list[Any] = []
    for message in messages:
        content = message.get("content") if isinstance(message, dict) else None
        if (
            isinstance(message, dict)
            and message.get("role") == "system"
            and isinstance(content, str)
            and len(content) >= SHARED_PROMPT_CHARS
        ):
            digest = hashlib.sha256(content.encode()).hexdigest()
            shared[digest] = content
            message = {k: v for k, v in message.items() if k != "content"}
            message["content_sha256"] = digest
        kept.append(message)
    return {**call, "messages": kept}, shared


def expand_prompts(call: dict[str, Any], text_of: Callable[[str], str | None]) -> dict[str, Any]:
    """A logged call with each shared prompt's text back in its message (see share_prompts)."""
    messages = call.get("messages")
    if not isinstance(messages, list) or not any(
        isinstance(m, dict) and "content_sha256" in m for m in messages
    ):
        return call
    expanded = []
    for message in messages:
        if isinstance(message, dict) and "content_sha256" in message:
            digest = message["content_sha256"]
            message = {k: v for k, v in message.items() if k != "content_sha256"}
            text = text_of(str(digest))
            message["content"] = text if text is not None else f"[prompt {digest} not in the store]"
        expanded.append(message)
    return {**call, "messages": expanded}


@dataclass(frozen=True)
class BatchItem:
    """One article sent in a Batch API job: its request's custom_id and which article it is."""

    batch_id: str
    custom_id: str
    source: str
    sha256: str
    article_key: str


def is_postgres(target: StoreTarget) -> bool:
    return isinstance(target, str) and target.startswith(POSTGRES_PREFIXES)


@functools.cache
def _stdin_name() -> str:
    """Standard input can be read once per process: one name for it, however often asked (the
    run that stores it and the briefing that reads it back agree), another in the next run."""
    return f"stdin:{datetime.now(UTC).isoformat(timespec='microseconds')}"


def stored_source(source: str) -> str:
    """How a source is recorded: an absolute path (the same relative path typed in two folders
    names two files), `stdin:<time>` for standard input (each piped article is its own), or a
    URL or an already recorded name as it is."""
    if source == "-":
        return _stdin_name()
    if source.startswith(("stdin:", "http://", "https://")) or source.startswith("/"):
        return source
    return str(Path(source).absolute())


def default_db() -> StoreTarget:
    """`$SUMMARIZE_DB` (a file, or a postgresql:// URL), else `summarize.sqlite` in the user's
    data directory."""
    configured = os.environ.get(DB_ENV)
    if configured and is_postgres(configured):
        return configured
    return default_db_path()


def open_sqlite_readonly(target: StoreTarget) -> Any:
    """An SQLite store opened read-only, for SQL over its views (`export`, `logs`); a
    PostgreSQL store is refused for now (its views are not built yet)."""
    if is_postgres(target):
        raise InputError("`export` and `logs` read SQLite stores only, not PostgreSQL yet")
    from summarize.store.sqlite import SQLiteStore

    return SQLiteStore(target, readonly=True)


def default_db_path() -> Path:
    """`$SUMMARIZE_DB`, else `summarize.sqlite` in the user's data directory."""
    configured = os.environ.get(DB_ENV)
    if configured:
        return Path(configured).expanduser()
    return Path(platformdirs.user_data_dir("summarize")) / "summarize.sqlite"


def store_target(value: str | Path) -> StoreTarget:
    """A --db value as a store target: a PostgreSQL URL as it is, anything else a path."""
    if isinstance(value, str) and is_postgres(value):
        return value
    return Path(value).expanduser()


def lease_seconds() -> float:
    """How long a claim lasts unless renewed: `$SUMMARIZE_LEASE_SECONDS`, else 120 s."""
    configured = os.environ.get(LEASE_ENV, "").strip()
    if not configured:
        return DEFAULT_LEASE_SECONDS
    try:
        value = float(configured)
    except ValueError:
        raise InputError(f"{LEASE_ENV} must be a number of seconds, not {configured!r}") from None
    if value <= 0:
        raise InputError(f"{LEASE_ENV} must be more than 0 seconds")
    return value


def _worker_name() -> str:
    return os.environ.get(WORKER_ENV, "").strip() or socket.gethostname()


def _dead_here(owner: str | None) -> bool:
    """Whether a claim's worker ran on this machine under its own name and has exited (killed,
    or crashed): its claims need not wait for their lease. Workers elsewhere, or named by
    SUMMARIZE_WORKER_NAME, are trusted to their lease. An exited worker its parent has not
    reaped yet (a zombie, which os.kill(pid, 0) still finds) counts as exited where /proc says
    so."""
    host, _, rest = (owner or "").partition(":")
    pid = rest.partition(":")[0]
    if host != socket.gethostname() or os.environ.get(WORKER_ENV) or not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except OSError:  # alive, owned by another user
        return False
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:  # no /proc: alive as far as can be told
        return False
    state = stat.rpartition(")")[2].split()[:1]  # after "pid (command)", which may hold spaces
    return state in (["Z"], ["X"])


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
    worker: str | None = None


@dataclass(frozen=True)
class Claim:
    """What claiming an article gave: `claimed` (extract it), `cached` (another worker stored
    it: `extraction_id`), `failed` (another worker failed it since `since`: `error`) or `busy`
    (a live worker holds it: ask again later)."""

    state: Literal["claimed", "cached", "failed", "busy"]
    extraction_id: int | None = None
    error: str | None = None
    taken_over: bool = False  # claimed from a worker whose lease had expired


@dataclass(frozen=True)
class RunStart:
    """When a worker's run began (`since`, by the store's clock) and the workers then at work
    (`peers`): the runs started alongside it."""

    since: float
    peers: frozenset[str] = frozenset()


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


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off while many extractions are built: each full
    collection re-walks every object already loaded, which made loading 10,000 extractions
    x1.6 of linear (x1.0 paused). Loading makes no reference cycles; it runs again after. The
    switch is the whole process's: a Store is used from one thread (see Store)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


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


_EXTRACTION_SQL = (
    "SELECT id, extraction_json FROM extractions WHERE sha256 = ? AND extractor_key = ?"
)


class CacheLookups:
    """Read-only cache lookups from any thread: each thread gets its own connection, so lookups
    need not wait for the store's own handle, which writes.

    `close` may run while a worker thread is mid-lookup (an interrupted run does not wait for its
    daemon threads): a connection is closed only under its own lock, so never under a query in
    flight (closing it then crashes sqlite3), and a lookup after `close` finds no connection."""

    def __init__(self, connect: Callable[[], Any], placeholder: str = "?") -> None:
        self._connect = connect
        self._sql = _EXTRACTION_SQL.replace("?", placeholder)
        self._local = threading.local()
        self._opened: list[_LockedConnection] = []
        self._lock = threading.Lock()
        self._closed = False

    def _thread_connection(self) -> _LockedConnection:
        own: _LockedConnection | None = getattr(self._local, "connection", None)
        if own is None:
            with self._lock:
                if self._closed:
                    raise RuntimeError("the cache lookups are closed")
                # Used only by the thread that opened it; closed by whoever closes the lookups.
                own = _LockedConnection(self._connect())
                self._opened.append(own)
            self._local.connection = own
        return own

    def extraction_id(self, sha256: str, extractor_key: str) -> int | None:
        """The stored extraction of this text by this extractor, if there is one."""
        own = self._thread_connection()
        with own.lock:
            if own.connection is None:
                raise RuntimeError("the cache lookups are closed")
            return _usable_id(own.connection.execute(self._sql, (sha256, extractor_key)))

    def close(self) -> None:
        with self._lock:
            self._closed = True
            opened, self._opened = self._opened, []
        for own in opened:
            with own.lock:  # waits for a lookup in flight: one indexed read
                if own.connection is not None:
                    own.connection.close()
                    own.connection = None


@dataclass
class _LockedConnection:
    """One thread's connection and the lock that keeps `close` off a query in flight."""

    connection: Any
    lock: threading.Lock = field(default_factory=threading.Lock)


def _usable_id(cursor: Any) -> int | None:
    """A usable cached extraction: a row that no longer loads (corrupt, or from another schema
    version) is not a cache hit, so `run` extracts the article again and replaces it."""
    row = cursor.fetchone()
    if row is None or load_extraction(str(row[1]))[0] is None:
        return None
    return int(row[0])


class Store:
    """A handle on one store (backends subclass it and fill in the methods that raise
    NotImplementedError). `Store(target)` opens the backend the target names: a PostgreSQL
    URL (postgresql://...) or an SQLite file. With `readonly`, nothing is created or written
    (for `brief`, `export`, `logs` on a store the user may not write). Use from one thread (the
    pipeline's main thread); worker threads use `cache_lookups()`."""

    #: The SQL placeholder of the backend's driver; shared SQL is written with `?`.
    placeholder = "?"
    #: The column that orders article rows written at the same second.
    row_order = "rowid"
    #: What the claim's SELECT appends to lock the row without waiting for another worker.
    lock_clause = ""
    #: What a save's SELECT of its claim appends to lock the row, waiting for a worker that is
    #: claiming it at that moment (SQLite's write transactions lock the whole file already).
    wait_lock_clause = ""

    def __new__(cls, target: StoreTarget, *, readonly: bool = False) -> Store:
        if cls is Store:
            if is_postgres(target):
                from summarize.store.postgres import PostgresStore

                cls = PostgresStore
            else:
                from summarize.store.sqlite import SQLiteStore

                cls = SQLiteStore
        return super().__new__(cls)

    def __init__(self, target: StoreTarget, *, readonly: bool = False) -> None:
        self.readonly = readonly
        self.worker_id = f"{_worker_name()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self.lease_seconds = lease_seconds()

    @property
    def location(self) -> str:
        """Where the store is, for messages (a PostgreSQL URL without its password)."""
        raise NotImplementedError

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        try:
            if not self.readonly:
                self.release_claims()
        finally:
            self._close()

    # --- the dialect ----------------------------------------------------------------------

    def _close(self) -> None:
        raise NotImplementedError

    def _execute(self, sql: str, parameters: Sequence[Any] = ()) -> Any:
        """Run one statement (`?` placeholders); a cursor."""
        raise NotImplementedError

    def _transaction(self) -> AbstractContextManager[None]:
        """A write transaction that holds the store's write lock (SQLite) or row locks."""
        raise NotImplementedError

    def clock(self) -> float:
        """Seconds since the epoch by the store's clock (leases are compared on it)."""
        raise NotImplementedError

    def cache_lookups(self) -> AbstractContextManager[CacheLookups]:
        """Cache lookups that worker threads may make while this handle writes."""
        raise NotImplementedError

    def _sql(self, sql: str) -> str:
        return sql if self.placeholder == "?" else sql.replace("?", self.placeholder)

    def _run(self, sql: str, parameters: Sequence[Any] = ()) -> Any:
        return self._execute(self._sql(sql), parameters)

    def _writable(self) -> None:
        if self.readonly:
            raise InputError(f"the store {self.location} was opened read-only")

    # --- reads ---------------------------------------------------------------------------

    def cached_extraction_id(self, sha256: str, extractor_key: str) -> int | None:
        return _usable_id(self._run(_EXTRACTION_SQL, (sha256, extractor_key)))

    def articles(
        self, sources: Sequence[str] | None = None, *, all_versions: bool = False
    ) -> list[StoredArticle]:
        """The current version of every stored article (or of those with the given sources, as
        typed or absolute), in source order; with `all_versions`, earlier versions too."""
        order = self.row_order
        query = (
            "SELECT a.source, a.article_id, a.sha256, a.status, a.error, e.extraction_json "
            "FROM articles a LEFT JOIN extractions e ON e.id = a.extraction_id"
        )
        if not all_versions:
            query += (
                f" WHERE a.{order} = (SELECT b.{order} FROM articles b WHERE b.source = a.source "
                f"ORDER BY b.updated_at DESC, b.{order} DESC LIMIT 1)"
            )
        rows = self._run(f"{query} ORDER BY a.source, a.updated_at, a.{order}").fetchall()
        wanted = None if sources is None else {stored_source(s) for s in sources}
        found = []
        with _collector_paused():
            for source, article_id, sha256, status, error, blob in rows:
                if wanted is not None and source not in wanted:
                    continue
                extraction, problem = (None, None) if blob is None else load_extraction(blob)
                if problem is not None:
                    status, error = "unusable", problem
                found.append(
                    StoredArticle(source, article_id, sha256 or None, status, error, extraction)
                )
        # An unusable row (say, a schema-1 extraction kept under the relative path a format-1
        # store recorded) is not news when the same text is stored and usable under another name.
        usable = {a.sha256 for a in found if a.status == "ok" and a.sha256}
        return [a for a in found if not (a.status == "unusable" and a.sha256 in usable)]

    def text(self, sha256: str) -> str | None:
        row = self._run("SELECT text FROM texts WHERE sha256 = ?", (sha256,)).fetchone()
        return None if row is None else str(row[0])

    def model_calls(self) -> list[LoggedCall]:
        rows = self._run(
            "SELECT source, model, outcome, prompt_tokens, completion_tokens, duration_s, "
            "call_json, worker FROM model_calls ORDER BY id"
        ).fetchall()
        prompts = functools.cache(self.prompt_text)  # a few prompts, shared by every call
        return [
            LoggedCall(
                source,
                model,
                outcome,
                prompt,
                completion,
                duration,
                expand_prompts(json.loads(blob), prompts),
                who,
            )
            for source, model, outcome, prompt, completion, duration, blob, who in rows
        ]

    def prompt_text(self, sha256: str) -> str | None:
        """A system prompt the call log keeps once (see share_prompts)."""
        row = self._run("SELECT text FROM prompt_texts WHERE sha256 = ?", (sha256,)).fetchone()
        return None if row is None else str(row[0])

    # --- claims: which worker extracts what ----------------------------------------------

    def claim(self, sha256: str, extractor_key: str, *, run: RunStart) -> Claim:
        """Claim one text for extraction by this worker, under a lease (see the module doc).
        `run` (`begin_run()`): a failure recorded after the run began is this run's answer, and
        so is one shortly before by a worker then at work; an older one is retried."""
        since, peers = run.since, run.peers
        self._writable()
        with self._transaction():
            cached = self.cached_extraction_id(sha256, extractor_key)
            if cached is not None:
                return Claim("cached", extraction_id=cached)
            now = self.clock()
            inserted = self._run(
                "INSERT INTO claims (sha256, extractor_key, status, claimed_by, lease_until, "
                "attempts) VALUES (?, ?, 'running', ?, ?, 1) ON CONFLICT DO NOTHING "
                "RETURNING attempts",
                (sha256, extractor_key, self.worker_id, now + self.lease_seconds),
            ).fetchone()
            if inserted is not None:
                return Claim("claimed")
            row = self._run(
                "SELECT status, claimed_by, lease_until, error, finished_at FROM claims "
                f"WHERE sha256 = ? AND extractor_key = ? {self.lock_clause}",
                (sha256, extractor_key),
            ).fetchone()
            if row is None:  # another worker is claiming it this very moment
                return Claim("busy")
            status, owner, lease_until, error, finished_at = row
            # This worker's own claim too: the same text under two names is extracted once.
            if status == "running" and lease_until > now and not _dead_here(owner):
                return Claim("busy")
            if status == "done":  # committed after this transaction's first look
                cached = self.cached_extraction_id(sha256, extractor_key)
                if cached is not None:
                    return Claim("cached", extraction_id=cached)
            if (
                status == "failed"
                and finished_at is not None
                and (
                    finished_at >= since
                    or (finished_at >= since - RUN_START_GRACE and owner in peers)
                )
            ):  # this run's answer; an older failure is retried
                return Claim("failed", error=error)
            self._run(
                "UPDATE claims SET status = 'running', claimed_by = ?, lease_until = ?, "
                "attempts = attempts + 1, error = NULL, finished_at = NULL "
                "WHERE sha256 = ? AND extractor_key = ?",
                (self.worker_id, now + self.lease_seconds, sha256, extractor_key),
            )
            return Claim("claimed", taken_over=status == "running" and owner != self.worker_id)

    def begin_run(self) -> RunStart:
        """This worker's run begins: when, and which other workers are at work (the runs
        started alongside it), for `claim`. The run is registered under a lease that
        `renew_claims` extends and `close` ends."""
        self._writable()
        with self._transaction():
            now = self.clock()
            self._run(
                "INSERT INTO runs (worker, lease_until) VALUES (?, ?) ON CONFLICT (worker) "
                "DO UPDATE SET lease_until = excluded.lease_until",
                (self.worker_id, now + self.lease_seconds),
            )
            # (a killed worker's row stays until its lease is long past)
            self._run("DELETE FROM runs WHERE lease_until < ?", (now - STALE_RUN_SECONDS,))
            rows = self._run(
                "SELECT worker FROM runs WHERE lease_until > ? AND worker <> ? "
                "UNION SELECT claimed_by FROM claims WHERE status = 'running' "
                "AND lease_until > ? AND claimed_by <> ?",
                (now, self.worker_id, now, self.worker_id),
            ).fetchall()
        # a worker of this machine that has exited is at work no more, whatever its lease says
        peers = {str(row[0]) for row in rows if row[0]}
        return RunStart(now, frozenset(p for p in peers if not _dead_here(p)))

    def renew_claims(self) -> None:
        """Extend the lease of every claim this worker holds (call well within the lease)."""
        if self.readonly:
            return
        with self._transaction():
            until = self.clock() + self.lease_seconds
            self._run(
                "UPDATE claims SET lease_until = ? WHERE claimed_by = ? AND status = 'running'",
                (until, self.worker_id),
            )
            self._run("UPDATE runs SET lease_until = ? WHERE worker = ?", (until, self.worker_id))

    def release_claims(self) -> None:
        """Give up the claims this worker still holds (an interrupted run), so that other
        workers take them at once instead of after the lease."""
        with self._transaction():
            self._run(
                "UPDATE claims SET status = 'released', lease_until = 0 "
                "WHERE claimed_by = ? AND status = 'running'",
                (self.worker_id,),
            )
            self._run("DELETE FROM runs WHERE worker = ?", (self.worker_id,))

    def _finish_claim(self, sha256: str | None, key: str, error: str | None) -> None:
        if not sha256:
            return
        self._run(
            "UPDATE claims SET status = ?, error = ?, finished_at = ?, claimed_by = ?, "
            "lease_until = 0 WHERE sha256 = ? AND extractor_key = ?",
            (
                "failed" if error is not None else "done",
                error,
                self.clock(),
                self.worker_id,
                sha256,
                key,
            ),
        )

    # --- Batch API jobs (summarize/extract/batch.py) -------------------------------------

    def open_batch_items(self, endpoint: str) -> list[BatchItem]:
        """The articles of every batch sent to `endpoint` and not yet finished, oldest first."""
        rows = self._run(
            "SELECT i.batch_id, i.custom_id, i.source, i.sha256, i.article_key "
            "FROM batch_items i JOIN batches b ON b.batch_id = i.batch_id "
            "WHERE b.status = 'open' AND b.endpoint = ? ORDER BY b.created_at, i.custom_id",
            (endpoint,),
        ).fetchall()
        return [BatchItem(*(str(value) for value in row)) for row in rows]

    def record_batch(
        self,
        *,
        batch_id: str,
        input_file_id: str,
        endpoint: str,
        extractor_key: str,
        items: Sequence[tuple[str, str, str, str]],
    ) -> None:
        """Keep a batch just created, with its (custom_id, source, sha256, article_key) items."""
        self._writable()
        with self._transaction():
            self._run(
                "INSERT INTO batches (batch_id, input_file_id, endpoint, extractor_key, status, "
                "created_at) VALUES (?, ?, ?, ?, 'open', ?)",
                (batch_id, input_file_id, endpoint, extractor_key, _now()),
            )
            for custom_id, source, sha256, article_key in items:
                self._run(
                    "INSERT INTO batch_items (batch_id, custom_id, source, sha256, article_key) "
                    "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    (batch_id, custom_id, stored_source(source), sha256, article_key),
                )

    def finish_batch(self, batch_id: str, status: str) -> None:
        """Close a batch whose results are all committed (`status`: the Batch API's)."""
        self._writable()
        with self._transaction():
            self._run(
                "UPDATE batches SET status = ?, finished_at = ? WHERE batch_id = ?",
                (status, _now(), batch_id),
            )

    def batch_rows(self) -> list[tuple[str, str, str]]:
        """(batch_id, input_file_id, status) of every batch kept, oldest first."""
        rows = self._run(
            "SELECT batch_id, input_file_id, status FROM batches ORDER BY created_at, batch_id"
        ).fetchall()
        return [(str(a), str(b), str(c)) for a, b, c in rows]

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
        self._writable()
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
    ) -> bool:
        """Store an extraction, unless another worker took the text's claim over (see
        `_taken_over`): False then, and nothing is written."""
        self._writable()
        sha256 = extraction.article.sha256
        now = _now()
        source = stored_source(source)
        with self._transaction():
            if self._taken_over(sha256, extractor_key):
                return False
            self._run(
                "INSERT INTO texts (sha256, text) VALUES (?, ?) ON CONFLICT DO NOTHING",
                (sha256, text),
            )
            extraction_id = int(
                self._run(
                    "INSERT INTO extractions (sha256, extractor_key, extraction_json, created_at) "
                    "VALUES (?, ?, ?, ?) ON CONFLICT (sha256, extractor_key) DO UPDATE SET "
                    "extraction_json = excluded.extraction_json, created_at = excluded.created_at "
                    "RETURNING id",
                    (sha256, extractor_key, extraction.model_dump_json(), now),
                ).fetchone()[0]
            )
            self._upsert_article(source, extraction.article.id, sha256, "ok", extraction_id, None)
            self._log_calls(source, sha256, extractor_key, calls)
            self._finish_claim(sha256, extractor_key, None)
        return True

    def link_cached(self, *, source: str, article_id: str, sha256: str, extraction_id: int) -> None:
        """Point a source at an extraction already in the store (no model call)."""
        self._writable()
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
    ) -> bool:
        """Record a failure, unless another worker took the text's claim over (see
        `_taken_over`): False then, and nothing is written."""
        self._writable()
        source = stored_source(source)
        with self._transaction():
            if self._taken_over(sha256, extractor_key):
                return False
            self._upsert_article(source, article_id, sha256, "failed", None, error)
            self._log_calls(source, sha256, extractor_key, calls)
            self._finish_claim(sha256, extractor_key, error)
        return True

    def _taken_over(self, sha256: str | None, extractor_key: str) -> bool:
        """Whether another worker holds this text's claim now, extracting it or done with it: this
        worker's lease ran out (its event loop or machine stalled for longer than a lease) and the
        claim was taken over. Its result must not be stored too: the text would be extracted
        twice, or a failure would overwrite the other worker's extraction."""
        if not sha256:
            return False
        row = self._run(
            "SELECT claimed_by, status, lease_until FROM claims "
            f"WHERE sha256 = ? AND extractor_key = ? {self.wait_lock_clause}",
            (sha256, extractor_key),
        ).fetchone()
        if row is None or row[0] == self.worker_id:
            return False
        owner, status, lease_until = row
        if status == "done":
            return True
        # A claim whose worker is gone (its lease ran out, or it exited on this machine) holds
        # nothing: a run that saves without claiming (the Batch API's) stores its result.
        return status == "running" and lease_until > self.clock() and not _dead_here(owner)

    def _upsert_article(
        self,
        source: str,
        article_id: str | None,
        sha256: str | None,
        status: str,
        extraction_id: int | None,
        error: str | None,
    ) -> None:
        self._run(
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
            clean, prompts = share_prompts(scrub_secrets(call, secrets))
            for digest, text in sorted(prompts.items()):  # one order: no lock-order deadlock
                self._run(
                    "INSERT INTO prompt_texts (sha256, text) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    (digest, text),
                )
            self._run(
                "INSERT INTO model_calls (source, sha256, extractor_key, model, outcome, "
                "prompt_tokens, completion_tokens, duration_s, call_json, logged_at, worker) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
                    self.worker_id,
                ),
            )


@contextmanager
def closing_lookups(lookups: CacheLookups) -> Iterator[CacheLookups]:
    try:
        yield lookups
    finally:
        lookups.close()


def _optional_str(value: object) -> str | None:
    return None if value is None else str(value)


def _optional_int(value: object) -> int | None:
    return value if isinstance(value, int) else None


def _optional_float(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) else None
