"""Fetching articles and feeds over HTTP(S): polite, bounded, cached.

- One request at a time per host, `delay` seconds apart (or the robots.txt crawl delay when
  longer); robots.txt is obeyed unless `ignore_robots`.
- Every request has a timeout (per read and for the whole body), a size cap (the body is
  streamed and dropped past it), a bounded number of redirects (each hop checked against
  robots.txt), and says who it is: `User-Agent: summarize/<version>`.
- Responses are kept in the store file (table `fetched_pages`, one row per URL and content
  hash: the URL, the final URL after redirects, the fetch time, ETag and Last-Modified). The
  next request for a URL is conditional; a 304 answer serves the stored body, so an unchanged
  page is neither downloaded again nor, since its hash is the same, extracted again.

Page content is data only: it is decoded and parsed into text, never run, rendered as markup
or followed beyond the redirects of the request itself.
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
import time
import urllib.robotparser
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import httpx2

from summarize.errors import UnavailableError

DEFAULT_TIMEOUT = 20.0
DEFAULT_MAX_BYTES = 5_000_000
DEFAULT_MAX_REDIRECTS = 5
DEFAULT_HOST_DELAY = 1.0
MAX_ROBOTS_BYTES = 512_000
ROBOTS_AGENT = "summarize"

_TABLES = """
CREATE TABLE IF NOT EXISTS fetched_pages (
    url TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    final_url TEXT NOT NULL,
    fetched_at TEXT NOT NULL,
    checked_at TEXT NOT NULL,
    etag TEXT,
    last_modified TEXT,
    content_type TEXT,
    body BLOB NOT NULL,
    PRIMARY KEY (url, sha256)
);
"""


class FetchError(UnavailableError):
    """A page that could not be fetched: HTTP error, timeout, too large, refused by robots
    (a run-time failure, exit 1; a malformed URL is an InputError)."""


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def user_agent() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        package = version("summarize")
    except PackageNotFoundError:
        package = "dev"
    return f"summarize/{package} (+conflict-news briefings; robots.txt obeyed)"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class FetchSettings:
    timeout: float = DEFAULT_TIMEOUT
    max_bytes: int = DEFAULT_MAX_BYTES
    max_redirects: int = DEFAULT_MAX_REDIRECTS
    host_delay: float = DEFAULT_HOST_DELAY
    ignore_robots: bool = False


@dataclass(frozen=True)
class Page:
    """One fetched URL: its body as served (or as stored, when the server answered 304)."""

    url: str
    final_url: str
    fetched_at: str
    body: bytes
    content_type: str | None
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.body).hexdigest()


class PageCache:
    """The `fetched_pages` table on the store's SQLite file: a connection per thread."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self._opened: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self._db().executescript(_TABLES)

    def _db(self) -> sqlite3.Connection:
        connection: sqlite3.Connection | None = getattr(self._local, "connection", None)
        if connection is None:
            connection = sqlite3.connect(
                self.path, timeout=30, isolation_level=None, check_same_thread=False
            )
            self._local.connection = connection
            with self._lock:
                self._opened.append(connection)
        return connection

    def latest(self, url: str) -> Page | None:
        row = (
            self._db()
            .execute(
                "SELECT final_url, fetched_at, body, content_type, etag, last_modified "
                "FROM fetched_pages WHERE url = ? ORDER BY checked_at DESC, rowid DESC LIMIT 1",
                (url,),
            )
            .fetchone()
        )
        if row is None:
            return None
        final_url, fetched_at, body, content_type, etag, last_modified = row
        return Page(url, final_url, fetched_at, bytes(body), content_type, etag, last_modified)

    def save(self, page: Page) -> None:
        now = _now()
        self._db().execute(
            "INSERT INTO fetched_pages (url, sha256, final_url, fetched_at, checked_at, etag, "
            "last_modified, content_type, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (url, sha256) DO UPDATE SET final_url = excluded.final_url, "
            "checked_at = excluded.checked_at, etag = excluded.etag, "
            "last_modified = excluded.last_modified, content_type = excluded.content_type",
            (
                page.url,
                page.sha256,
                page.final_url,
                page.fetched_at,
                now,
                page.etag,
                page.last_modified,
                page.content_type,
                page.body,
            ),
        )

    def close(self) -> None:
        with self._lock:
            for connection in self._opened:
                connection.close()
            self._opened.clear()


class _Host:
    """Per-host politeness: one request at a time, `delay` seconds apart."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.last = 0.0
        self.robots: urllib.robotparser.RobotFileParser | None = None
        self.robots_checked = False


class Fetcher:
    """Polite, bounded HTTP GETs with a conditional-request cache. Safe to share between
    threads: requests to one host are serialised, different hosts go in parallel."""

    def __init__(self, settings: FetchSettings | None = None, cache: PageCache | None = None):
        self.settings = settings or FetchSettings()
        self.cache = cache
        self.agent = user_agent()
        self._client = httpx2.Client(
            timeout=self.settings.timeout,
            follow_redirects=False,
            headers={"User-Agent": self.agent},
            trust_env=False,
        )
        self._hosts: dict[str, _Host] = {}
        self._hosts_lock = threading.Lock()
        self.requests = 0  # HTTP requests sent (robots.txt included)

    def close(self) -> None:
        self._client.close()
        if self.cache is not None:
            self.cache.close()

    def _host(self, url: str) -> _Host:
        parts = urlsplit(url)
        key = f"{parts.scheme}://{parts.netloc}".lower()
        with self._hosts_lock:
            return self._hosts.setdefault(key, _Host())

    @contextmanager
    def _turn(self, host: _Host) -> Iterator[None]:
        """This host's turn: the lock held, and the delay since its last request waited."""
        with host.lock:
            delay = self.settings.host_delay
            if host.robots is not None:
                crawl_delay = host.robots.crawl_delay(ROBOTS_AGENT)
                delay = max(delay, float(crawl_delay or 0))
            wait = host.last + delay - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            try:
                yield
            finally:
                host.last = time.monotonic()

    # --- robots.txt ----------------------------------------------------------------------

    def _allowed(self, url: str, host: _Host) -> bool:
        if self.settings.ignore_robots:
            return True
        if not host.robots_checked:
            host.robots = self._read_robots(url, host)
            host.robots_checked = True
        return host.robots is None or host.robots.can_fetch(ROBOTS_AGENT, url)

    def _read_robots(self, url: str, host: _Host) -> urllib.robotparser.RobotFileParser | None:
        """The host's rules; None (everything allowed) when it has no robots.txt (4xx).
        401/403 forbid everything, as urllib.robotparser does; 5xx or no answer: nothing."""
        robots_url = urljoin(url, "/robots.txt")
        parser = urllib.robotparser.RobotFileParser(robots_url)
        try:
            with self._turn(host):
                status, _, body, _ = self._get(robots_url, {}, MAX_ROBOTS_BYTES)
        except FetchError as error:
            raise FetchError(f"{url}: cannot read robots.txt ({error})") from None
        if status in (401, 403):
            parser.parse(["User-agent: *", "Disallow: /"])
            return parser
        if 400 <= status < 500 or 300 <= status < 400:
            return None
        if status >= 500:
            raise FetchError(f"{url}: robots.txt answered HTTP {status}; not fetching")
        parser.parse(body.decode("utf-8", errors="replace").splitlines())
        return parser

    # --- requests --------------------------------------------------------------------------

    def _get(
        self, url: str, headers: dict[str, str], max_bytes: int
    ) -> tuple[int, httpx2.Headers, bytes, str]:
        """One GET, streamed and capped: status, headers, body, the URL asked."""
        deadline = time.monotonic() + self.settings.timeout * 3  # the whole body, not a read
        self.requests += 1
        try:
            with self._client.stream("GET", url, headers=headers) as response:
                declared = response.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > max_bytes:
                    raise FetchError(f"{url}: over the {max_bytes:,}-byte limit ({declared} bytes)")
                chunks, size = [], 0
                if response.status_code == 200:
                    for chunk in response.iter_bytes():
                        size += len(chunk)
                        if size > max_bytes:
                            raise FetchError(f"{url}: over the {max_bytes:,}-byte limit")
                        if time.monotonic() > deadline:
                            limit = self.settings.timeout * 3
                            raise FetchError(f"{url}: too slow (the body took over {limit:g} s)")
                        chunks.append(chunk)
                return response.status_code, response.headers, b"".join(chunks), url
        except httpx2.TimeoutException:
            raise FetchError(f"{url}: timed out after {self.settings.timeout:g} s") from None
        except httpx2.HTTPError as error:
            raise FetchError(f"{url}: {type(error).__name__}: {error}") from None

    def get(self, url: str) -> Page:
        """The page at `url`, following at most `max_redirects` redirects; conditional when a
        stored copy exists (a 304 serves it). Raises FetchError."""
        if not is_url(url):
            raise FetchError(f"{url}: only http and https URLs can be fetched")
        stored = self.cache.latest(url) if self.cache is not None else None
        conditional: dict[str, str] = {}
        if stored is not None and stored.etag:
            conditional["If-None-Match"] = stored.etag
        if stored is not None and stored.last_modified:
            conditional["If-Modified-Since"] = stored.last_modified
        current = url
        for _ in range(self.settings.max_redirects + 1):
            host = self._host(current)
            if not self._allowed(current, host):
                raise FetchError(
                    f"{current}: robots.txt disallows fetching it (use --ignore-robots to "
                    "override, only where you may)"
                )
            with self._turn(host):
                status, headers, body, _ = self._get(current, conditional, self.settings.max_bytes)
            if status in (301, 302, 303, 307, 308):
                location = headers.get("location")
                if not location:
                    raise FetchError(f"{current}: HTTP {status} redirect without a Location")
                current = urljoin(current, location)
                if not is_url(current):
                    raise FetchError(f"{url}: redirected to a non-http(s) URL")
                continue
            if status == 304 and stored is not None:
                page = Page(
                    url,
                    stored.final_url,
                    stored.fetched_at,
                    stored.body,
                    stored.content_type,
                    headers.get("etag") or stored.etag,
                    headers.get("last-modified") or stored.last_modified,
                    not_modified=True,
                )
                if self.cache is not None:
                    self.cache.save(page)
                return page
            if status != 200:
                raise FetchError(f"{current}: HTTP {status}")
            page = Page(
                url,
                current,
                _now(),
                body,
                headers.get("content-type"),
                headers.get("etag"),
                headers.get("last-modified"),
            )
            if self.cache is not None:
                self.cache.save(page)
            return page
        raise FetchError(f"{url}: more than {self.settings.max_redirects} redirects")


# --- the fetcher in use ---------------------------------------------------------------------

_active: Fetcher | None = None
_active_lock = threading.Lock()


@contextmanager
def fetching(settings: FetchSettings, store_path: Path | None) -> Iterator[Fetcher]:
    """Within the block, URLs given as articles are fetched with these settings, cached in the
    store file at `store_path` (None: no cache)."""
    global _active
    cache = PageCache(store_path) if store_path is not None else None
    fetcher = Fetcher(settings, cache)
    with _active_lock:
        previous, _active = _active, fetcher
    try:
        yield fetcher
    finally:
        with _active_lock:
            _active = previous
        fetcher.close()


def active_fetcher() -> Fetcher | None:
    return _active


def fetch_page(url: str) -> Page:
    """The page at `url` through the active fetcher, or a one-off uncached polite one."""
    fetcher = active_fetcher()
    if fetcher is not None:
        return fetcher.get(url)
    one_off = Fetcher()
    try:
        return one_off.get(url)
    finally:
        one_off.close()
