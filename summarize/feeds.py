"""RSS and Atom feeds: the list a user follows, and which of their entries are new.

Tables on the store's SQLite file (created here, beside the store's own):
- `feeds`: one row per followed feed URL, with when it was last checked and its last error.
- `feed_entries`: one row per entry seen (feed, entry id): its link, title, update stamp, and
  whether its article was stored ('new' until tried, then 'ok' or 'failed' with the error).

A feed is fetched like an article (summarize.fetch: polite, conditional, capped) and parsed
with feedparser from the bytes received: feedparser itself never touches the network. An entry
is taken again when it failed before or when its update stamp changed.
"""

from __future__ import annotations

import sqlite3
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from summarize.errors import InputError, SummarizeError
from summarize.fetch import Fetcher, is_url

_TABLES = """
CREATE TABLE IF NOT EXISTS feeds (
    url TEXT PRIMARY KEY,
    added_at TEXT NOT NULL,
    checked_at TEXT,
    title TEXT,
    last_error TEXT
);
CREATE TABLE IF NOT EXISTS feed_entries (
    feed_url TEXT NOT NULL REFERENCES feeds(url) ON DELETE CASCADE,
    entry_id TEXT NOT NULL,
    link TEXT NOT NULL,
    title TEXT,
    updated TEXT,
    first_seen TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('new', 'ok', 'failed')),
    error TEXT,
    PRIMARY KEY (feed_url, entry_id)
);
"""
MAX_ENTRIES_PER_FEED = 200  # a feed listing more is cut: the newest come first in feeds


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Feed:
    url: str
    added_at: str
    checked_at: str | None
    title: str | None
    last_error: str | None
    entries: int
    stored: int
    failed: int


@dataclass(frozen=True)
class Entry:
    feed_url: str
    entry_id: str
    link: str
    title: str | None
    updated: str | None


@dataclass
class Poll:
    """What checking every feed found: article URLs to take, and the feeds that failed."""

    links: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)  # one line per failed feed
    checked: int = 0


def parse_feed(body: bytes, feed_url: str, base_url: str) -> tuple[str | None, list[Entry]]:
    """A feed's title and entries (links made absolute against `base_url`; only http(s)
    links kept). Raises InputError when the body is not a feed."""
    import feedparser

    with warnings.catch_warnings():  # feedparser's notice on its `updated` fallback
        warnings.simplefilter("ignore", DeprecationWarning)
        parsed = feedparser.parse(body)
        entries = _entries(parsed, feed_url, base_url)
    title = parsed.feed.get("title") if parsed.get("feed") else None
    return (str(title) if title else None), entries


def _entries(parsed: Any, feed_url: str, base_url: str) -> list[Entry]:
    version = parsed.get("version") or ""
    if not version and not parsed.entries:
        reason = parsed.get("bozo_exception")
        detail = f" ({type(reason).__name__})" if reason is not None else ""
        raise InputError(f"{feed_url}: not an RSS or Atom feed{detail}")
    entries: list[Entry] = []
    for raw in parsed.entries[:MAX_ENTRIES_PER_FEED]:
        link = raw.get("link")
        if not isinstance(link, str) or not link.strip():
            continue
        link = urljoin(base_url, link.strip())
        if not is_url(link):
            continue
        entry_id = raw.get("id") or link
        updated = raw.get("updated") or raw.get("published")
        title = raw.get("title")
        entries.append(
            Entry(
                feed_url,
                str(entry_id),
                link,
                str(title) if title else None,
                str(updated) if updated else None,
            )
        )
    return entries


class FeedList:
    """The followed feeds and their entries, on the store file's SQLite database."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(path, timeout=30, isolation_level=None)
            self._db.execute("PRAGMA foreign_keys=ON")
            self._db.executescript(_TABLES)
        except (OSError, sqlite3.Error) as error:
            raise InputError(f"cannot open the store {path}: {error}") from None

    def __enter__(self) -> FeedList:
        return self

    def __exit__(self, *_: object) -> None:
        self._db.close()

    def add(self, url: str) -> bool:
        """Follow `url`; False when it was already followed."""
        if not is_url(url):
            raise InputError(f"{url}: a feed must be an http:// or https:// URL")
        cursor = self._db.execute(
            "INSERT OR IGNORE INTO feeds (url, added_at) VALUES (?, ?)", (url, _now())
        )
        return cursor.rowcount > 0

    def remove(self, url: str) -> None:
        cursor = self._db.execute("DELETE FROM feeds WHERE url = ?", (url,))
        if cursor.rowcount == 0:
            raise InputError(f"{url}: not a followed feed (see `summarize feeds list`)")

    def feeds(self) -> list[Feed]:
        rows = self._db.execute(
            "SELECT f.url, f.added_at, f.checked_at, f.title, f.last_error, "
            "COUNT(e.entry_id), SUM(e.status = 'ok'), SUM(e.status = 'failed') "
            "FROM feeds f LEFT JOIN feed_entries e ON e.feed_url = f.url "
            "GROUP BY f.url ORDER BY f.added_at, f.url"
        ).fetchall()
        return [
            Feed(url, added, checked, title, error, count, ok or 0, failed or 0)
            for url, added, checked, title, error, count, ok, failed in rows
        ]

    def poll(self, fetcher: Fetcher) -> Poll:
        """Fetch every feed; record its entries; the links of entries to take now (new, failed
        before, or updated). A feed that fails is recorded and reported, never raised."""
        poll = Poll()
        for feed in self.feeds():
            poll.checked += 1
            try:
                page = fetcher.get(feed.url)
                title, entries = parse_feed(page.body, feed.url, page.final_url)
            except SummarizeError as error:
                self._db.execute(
                    "UPDATE feeds SET checked_at = ?, last_error = ? WHERE url = ?",
                    (_now(), str(error), feed.url),
                )
                poll.failures.append(str(error))
                continue
            except Exception as error:  # a hostile feed is one failed feed, not a crash
                message = f"{feed.url}: unexpected {type(error).__name__}: {error}"
                self._db.execute(
                    "UPDATE feeds SET checked_at = ?, last_error = ? WHERE url = ?",
                    (_now(), message, feed.url),
                )
                poll.failures.append(message)
                continue
            self._db.execute(
                "UPDATE feeds SET checked_at = ?, title = ?, last_error = NULL WHERE url = ?",
                (_now(), title, feed.url),
            )
            self._record(entries)
        rows = self._db.execute(
            "SELECT DISTINCT e.link FROM feed_entries e JOIN feeds f ON f.url = e.feed_url "
            "WHERE e.status IN ('new', 'failed') ORDER BY e.first_seen, e.rowid"
        ).fetchall()
        poll.links = list(dict.fromkeys(link for (link,) in rows))
        return poll

    def _record(self, entries: Iterable[Entry]) -> None:
        now = _now()
        self._db.execute("BEGIN IMMEDIATE")
        try:
            for entry in entries:
                self._db.execute(
                    "INSERT INTO feed_entries (feed_url, entry_id, link, title, updated, "
                    "first_seen, status) VALUES (?, ?, ?, ?, ?, ?, 'new') "
                    "ON CONFLICT (feed_url, entry_id) DO UPDATE SET link = excluded.link, "
                    "title = excluded.title, updated = excluded.updated, "
                    "status = CASE WHEN feed_entries.updated IS NOT excluded.updated "
                    "OR feed_entries.link IS NOT excluded.link THEN 'new' "
                    "ELSE feed_entries.status END",
                    (entry.feed_url, entry.entry_id, entry.link, entry.title, entry.updated, now),
                )
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def record_outcomes(self, outcomes: Sequence[tuple[str, str | None]]) -> None:
        """Each taken link's result: (link, None) stored, (link, error) failed."""
        for link, error in outcomes:
            self._db.execute(
                "UPDATE feed_entries SET status = ?, error = ? WHERE link = ?",
                ("ok" if error is None else "failed", error, link),
            )

    def stored_links(self) -> list[str]:
        """The article URLs of every followed feed's entries that are in the store."""
        rows = self._db.execute(
            "SELECT DISTINCT e.link FROM feed_entries e JOIN feeds f ON f.url = e.feed_url "
            "WHERE e.status = 'ok' ORDER BY e.link"
        ).fetchall()
        return [link for (link,) in rows]
