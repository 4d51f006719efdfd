"""The store, one suite for both backends (`store_url`: an SQLite file, then a PostgreSQL database
on the server scripts/postgres.sh starts): one row per article, cached extractions, scrubbed call
log, claims shared by workers, read-only opening, clear errors. SQLite-only file checks are marked
by using `tmp_path` directly."""

from __future__ import annotations

import gc
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from pathlib import Path

import pytest
from briefing_data import gold_extraction, seed_ids, seed_text

from summarize.errors import InputError
from summarize.store import RunStart, Store, default_db_path
from summarize.store.base import CacheLookups, StoreTarget, _stdin_name

SECRET = "sk-test-NEVER-STORE-0c4d1b"


def test_default_location_follows_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SUMMARIZE_DB", str(tmp_path / "mine.sqlite"))
    assert default_db_path() == tmp_path / "mine.sqlite"
    monkeypatch.delenv("SUMMARIZE_DB")
    assert default_db_path().name == "summarize.sqlite"


def test_the_store_uses_wal_and_keeps_one_row_per_source(tmp_path: Path) -> None:
    article_id = seed_ids()[0]
    extraction = gold_extraction(article_id)
    with Store(tmp_path / "s.sqlite") as store:
        for _ in range(2):
            store.save_success(
                source="a.txt",
                text=seed_text(article_id),
                extraction=extraction,
                extractor_key="gold",
            )
        stored = store.articles()
        assert store.text(extraction.article.sha256) == seed_text(article_id)
    assert [(a.source, a.status) for a in stored] == [(str(Path("a.txt").absolute()), "ok")]
    assert stored[0].extraction == extraction
    with sqlite3.connect(tmp_path / "s.sqlite") as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert connection.execute("SELECT count(*) FROM extractions").fetchone()[0] == 1


@pytest.mark.parametrize("collecting", [True, False])
def test_loading_articles_leaves_the_garbage_collector_as_it_found_it(
    tmp_path: Path, collecting: bool
) -> None:
    # Loading pauses the cyclic collector (speed: see Store.articles); it must come back on.
    article_id = seed_ids()[0]
    with Store(tmp_path / "s.sqlite") as store:
        store.save_success(
            source="a.txt",
            text=seed_text(article_id),
            extraction=gold_extraction(article_id),
            extractor_key="gold",
        )
        (gc.enable if collecting else gc.disable)()
        try:
            assert len(store.articles()) == 1
            assert gc.isenabled() == collecting
        finally:
            gc.enable()


def test_a_success_replaces_an_earlier_failure(tmp_path: Path, store_url: str | Path) -> None:
    article_id = seed_ids()[1]
    extraction = gold_extraction(article_id)
    with Store(store_url) as store:
        store.save_failure(source="b.txt", error="the model timed out")
        assert store.articles()[0].error == "the model timed out"
        store.save_success(
            source="b.txt", text=seed_text(article_id), extraction=extraction, extractor_key="k"
        )
        (article,) = store.articles()
    assert (article.status, article.error) == ("ok", None)


def test_the_call_log_keeps_a_system_prompt_once_and_gives_it_back(
    tmp_path: Path, store_url: str | Path
) -> None:
    prompt = "You extract parties, positions and claimed figures. " * 40  # a long system prompt
    with Store(store_url) as store:
        for number in range(3):
            call = {
                "model": "m",
                "outcome": "ok",
                "messages": [
                    {"role": "system", "content": prompt},
                    {"role": "user", "content": f"Article {number}: shelling near Sumy."},
                ],
            }
            store.log_calls(source=f"a{number}.txt", extractor_key="k", calls=[call])
        logged = store.model_calls()
        raw = [row[0] for row in store._run("SELECT call_json FROM model_calls").fetchall()]
        (kept,) = store._run("SELECT count(*) FROM prompt_texts").fetchone()
        store._run("DELETE FROM prompt_texts")  # a damaged store: say so, never show nothing
        lost = store.model_calls()[0].call["messages"][0]["content"]
    assert [call.call["messages"][0]["content"] for call in logged] == [prompt] * 3
    assert [call.call["messages"][1]["content"][:9] for call in logged] == [
        "Article 0",
        "Article 1",
        "Article 2",
    ]
    assert kept == 1
    assert not any(prompt in blob for blob in raw)
    assert lost.startswith("[prompt ") and lost.endswith(" not in the store]")


def test_the_call_log_never_keeps_the_api_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, store_url: str | Path
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)
    call = {
        "model": "gpt-test",
        "outcome": "ok",
        "prompt_tokens": 12,
        "completion_tokens": 3,
        "duration_s": 0.5,
        "api_key": SECRET,
        "headers": {"Authorization": f"Bearer {SECRET}"},
        "messages": [{"role": "user", "content": f"echo {SECRET}"}],
    }
    with Store(store_url) as store:
        store.save_failure(source="c.txt", error="bad answer", extractor_key="k", calls=[call])
        (logged,) = store.model_calls()
        assert logged.worker == store.worker_id
    assert (logged.model, logged.prompt_tokens, logged.completion_tokens) == ("gpt-test", 12, 3)
    assert logged.call["messages"][0]["content"] == "echo [redacted]"
    if isinstance(store_url, Path):
        stored_bytes = b"".join(path.read_bytes() for path in tmp_path.iterdir() if path.is_file())
        assert SECRET.encode() not in stored_bytes


def test_an_unusable_store_path_is_a_clear_input_error(tmp_path: Path) -> None:
    not_a_database = tmp_path / "notes.sqlite"
    not_a_database.write_text("these are my notes, not a database\n" * 10)
    with pytest.raises(InputError, match="cannot open the store"):
        Store(not_a_database)


def test_a_store_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite"
    Store(db).close()
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE store_meta SET value = '99' WHERE key = 'version'")
    with pytest.raises(InputError, match="format 99"):
        Store(db)


def test_worker_threads_look_up_what_the_store_has_committed(
    tmp_path: Path, store_url: str | Path
) -> None:
    article_id = seed_ids()[2]
    extraction = gold_extraction(article_id)
    sha256 = extraction.article.sha256
    with Store(store_url) as store, store.cache_lookups() as lookups:
        before = _in_thread(partial(lookups.extraction_id, sha256, "k"))
        store.save_success(
            source="c.txt", text=seed_text(article_id), extraction=extraction, extractor_key="k"
        )
        found = [_in_thread(partial(lookups.extraction_id, sha256, key)) for key in ("k", "other")]
        expected = store.cached_extraction_id(sha256, "k")
    assert before is None
    assert expected is not None
    assert found == [expected, None]


def test_closing_the_lookups_waits_for_a_lookup_in_flight(tmp_path: Path) -> None:
    """An interrupted run closes the lookups while a loader thread may be mid-query: closing a
    sqlite3 connection under a running query crashes the process, so `close` waits for it, and
    a lookup after `close` fails (the pipeline counts that as no cache hit)."""
    db = tmp_path / "s.sqlite"
    Store(db).close()
    in_query, release = threading.Event(), threading.Event()

    def block_once() -> int:  # sqlite calls it during the query: hold the query open
        in_query.set()
        release.wait(10)
        return 0

    def connect() -> sqlite3.Connection:
        connection = sqlite3.connect(db, check_same_thread=False)
        connection.set_progress_handler(block_once, 1)
        return connection

    lookups = CacheLookups(connect)
    with ThreadPoolExecutor(max_workers=2) as pool:
        lookup = pool.submit(lookups.extraction_id, "0" * 64, "k")
        assert in_query.wait(10)
        closing = pool.submit(lookups.close)
        time.sleep(0.2)
        assert not closing.done()  # held off while the query runs
        release.set()
        assert lookup.result(timeout=10) is None
        closing.result(timeout=10)
    with pytest.raises(RuntimeError, match="closed"):
        lookups.extraction_id("0" * 64, "k")


def _in_thread(work: Callable[[], int | None]) -> int | None:
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(work).result()


@pytest.mark.parametrize(
    ("rewrite", "reason"),
    [
        (
            lambda blob: blob.replace('"schema_version":"2.0.0"', '"schema_version":"1.0.0"', 1),
            "stored with schema 1.0.0",
        ),
        (lambda blob: blob[: len(blob) // 2], "not valid JSON"),
        (
            lambda blob: blob.replace('"figures":[', '"figures_v3":[', 1),
            "does not match the schema",
        ),
    ],
    ids=["schema 1 row", "truncated row", "row from a newer schema"],
)
def test_an_unusable_row_is_reported_and_never_a_cache_hit(
    tmp_path: Path, rewrite: Callable[[str], str], reason: str
) -> None:
    article_id = seed_ids()[0]
    extraction = gold_extraction(article_id)
    sha256 = extraction.article.sha256
    with Store(tmp_path / "s.sqlite") as store:
        store.save_success(
            source="a.txt", text=seed_text(article_id), extraction=extraction, extractor_key="k"
        )
        assert store.cached_extraction_id(sha256, "k") is not None
    with sqlite3.connect(tmp_path / "s.sqlite") as connection:
        (blob,) = connection.execute("SELECT extraction_json FROM extractions").fetchone()
        connection.execute("UPDATE extractions SET extraction_json = ?", (rewrite(blob),))
    with Store(tmp_path / "s.sqlite") as store:
        (stored,) = store.articles()
        assert store.cached_extraction_id(sha256, "k") is None
    assert (stored.status, stored.extraction) == ("unusable", None)
    assert stored.error is not None and reason in stored.error


def test_the_same_relative_path_in_two_folders_is_two_articles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, store_url: str | Path
) -> None:
    first, second = (gold_extraction(i) for i in seed_ids()[:2])
    with Store(store_url) as store:
        for folder, extraction in ((tmp_path / "one", first), (tmp_path / "two", second)):
            folder.mkdir()
            monkeypatch.chdir(folder)
            store.save_success(
                source="art/x.txt",
                text=seed_text(extraction.article.id),
                extraction=extraction,
                extractor_key="k",
            )
        stored = store.articles()
        only_second = store.articles(["art/x.txt"])  # typed in the second folder
    assert [a.source for a in stored] == [
        str(tmp_path / "one" / "art" / "x.txt"),
        str(tmp_path / "two" / "art" / "x.txt"),
    ]
    assert [a.sha256 for a in only_second] == [second.article.sha256]


def test_each_article_piped_on_stdin_is_kept(tmp_path: Path, store_url: str | Path) -> None:
    first, second = (gold_extraction(i) for i in seed_ids()[:2])
    with Store(store_url) as store:
        for extraction in (first, second):
            _stdin_name.cache_clear()  # each run pipes its own article
            store.save_success(
                source="-",
                text=seed_text(extraction.article.id),
                extraction=extraction,
                extractor_key="k",
            )
        stored = store.articles()
    assert sorted(a.sha256 or "" for a in stored) == sorted(
        [first.article.sha256, second.article.sha256]
    )
    assert all(a.source.startswith("stdin:") for a in stored)


def test_a_changed_file_adds_a_version_and_keeps_the_old(
    tmp_path: Path, store_url: str | Path
) -> None:
    old, new = (gold_extraction(i) for i in seed_ids()[:2])
    with Store(store_url) as store:
        for extraction in (old, new):
            store.save_success(
                source=str(tmp_path / "x.txt"),
                text=seed_text(extraction.article.id),
                extraction=extraction,
                extractor_key="k",
            )
        current = store.articles()
        history = store.articles(all_versions=True)
    assert [a.sha256 for a in current] == [new.article.sha256]
    assert [a.sha256 for a in history] == [old.article.sha256, new.article.sha256]


def test_a_format_1_store_is_migrated_without_losing_rows(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    with sqlite3.connect(path) as connection:
        connection.executescript(
            "CREATE TABLE store_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
            "INSERT INTO store_meta VALUES ('version', '1');"
            "CREATE TABLE articles (source TEXT PRIMARY KEY, article_id TEXT, sha256 TEXT,"
            " status TEXT NOT NULL, extraction_id INTEGER, error TEXT, updated_at TEXT NOT NULL);"
            "INSERT INTO articles VALUES ('a.txt', 'a', NULL, 'failed', NULL, 'boom', 't1');"
            "INSERT INTO articles VALUES ('b.txt', 'b', 'abc', 'failed', NULL, 'bang', 't2');"
        )
    with Store(path) as store:
        stored = store.articles()
    assert [(a.source, a.error) for a in stored] == [("a.txt", "boom"), ("b.txt", "bang")]


# --- claims: several workers share one store ---------------------------------------------------


def test_a_claim_is_held_until_done_and_its_outcome_is_shared(store_url: StoreTarget) -> None:
    extraction = gold_extraction(seed_ids()[0])
    sha256 = extraction.article.sha256
    with Store(store_url) as first, Store(store_url) as second:
        since = first.clock()
        assert first.claim(sha256, "k", run=RunStart(since)).state == "claimed"
        assert second.claim(sha256, "k", run=RunStart(since)).state == "busy"
        assert (
            first.claim(sha256, "k", run=RunStart(since)).state == "busy"
        )  # one extraction per text
        assert second.claim(sha256, "other key", run=RunStart(since)).state == "claimed"
        first.save_success(
            source="a.txt", text=seed_text(extraction.article.id), extraction=extraction,
            extractor_key="k",
        )  # fmt: skip
        cached = second.claim(sha256, "k", run=RunStart(since))
        assert (cached.state, cached.extraction_id) == ("cached", first.cached_extraction_id(
            sha256, "k"))  # fmt: skip
        second.save_failure(source="b.txt", error="model said no", sha256=sha256,
                            extractor_key="other key")  # fmt: skip
        failed = first.claim(sha256, "other key", run=RunStart(since))
        assert (failed.state, failed.error) == ("failed", "model said no")
        # A failure from an earlier run is retried.
        assert first.claim(sha256, "other key", run=RunStart(first.clock() + 1)).state == "claimed"


def test_an_expired_lease_is_taken_over_and_renewal_keeps_it(
    store_url: StoreTarget, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SUMMARIZE_LEASE_SECONDS", "0.6")
    monkeypatch.setenv("SUMMARIZE_WORKER_NAME", "elsewhere")  # not judged by local liveness
    with Store(store_url) as first, Store(store_url) as second:
        since = first.clock()
        assert first.claim("h1", "k", run=RunStart(since)).state == "claimed"
        assert first.claim("h2", "k", run=RunStart(since)).state == "claimed"
        for _ in range(3):
            time.sleep(0.3)
            first.renew_claims()
            assert second.claim("h1", "k", run=RunStart(since)).state == "busy"
        time.sleep(0.8)  # first stops renewing, as a killed worker does
        taken = second.claim("h2", "k", run=RunStart(since))
        assert (taken.state, taken.taken_over) == ("claimed", True)
        assert first.claim("h2", "k", run=RunStart(since)).state == "busy"
        third = Store(store_url)
        assert third.claim("h3", "k", run=RunStart(since)).state == "claimed"
        third.close()  # an interrupted run gives its claims back at once
        assert second.claim("h3", "k", run=RunStart(since)).state == "claimed"


def test_a_failure_by_a_worker_at_work_when_this_run_began_is_not_retried_once_it_dies(
    store_url: StoreTarget, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Workers started together: one fails an article and, between two claims, another worker's
    # run begins; the first is then killed and its lease runs out before the other reaches that
    # article. The failure is still this run's answer; a run begun after the killed worker was
    # gone retries it.
    monkeypatch.setenv("SUMMARIZE_LEASE_SECONDS", "1.0")
    monkeypatch.setenv("SUMMARIZE_WORKER_NAME", "elsewhere")  # not judged by local liveness
    with Store(store_url) as killed, Store(store_url) as survivor:
        started = killed.begin_run()
        assert started.peers == frozenset()
        assert killed.claim("h1", "k", run=started).state == "claimed"
        killed.save_failure(source="a.txt", error="model said no", sha256="h1", extractor_key="k")
        run = survivor.begin_run()  # the killed worker holds no claim at this moment
        assert run.peers == {killed.worker_id}
        time.sleep(1.2)  # no renewal: the killed worker's lease runs out
        failed = survivor.claim("h1", "k", run=run)
        assert (failed.state, failed.error) == ("failed", "model said no")
        later = survivor.begin_run()
        assert later.peers == frozenset()
        assert survivor.claim("h1", "k", run=later).state == "claimed"


def test_a_run_that_ends_leaves_no_peer_behind(store_url: StoreTarget) -> None:
    with Store(store_url) as watcher:
        with Store(store_url) as finished:
            finished.begin_run()
            assert finished.worker_id in watcher.begin_run().peers
        assert watcher.begin_run().peers == frozenset()  # closing ends the run


def test_a_worker_whose_claim_was_taken_over_stores_nothing(
    store_url: StoreTarget, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A worker stalled past its lease (not killed) answers late: the text must not be stored
    # twice, nor its late failure overwrite the other worker's extraction.
    monkeypatch.setenv("SUMMARIZE_LEASE_SECONDS", "1.0")
    monkeypatch.setenv("SUMMARIZE_WORKER_NAME", "elsewhere")  # not judged by local liveness
    extraction = gold_extraction(seed_ids()[1])
    sha256, text = extraction.article.sha256, seed_text(extraction.article.id)
    with Store(store_url) as stalled, Store(store_url) as other:
        since = stalled.clock()
        assert stalled.claim(sha256, "k", run=RunStart(since)).state == "claimed"
        time.sleep(1.2)  # no renewal: the lease runs out
        assert other.claim(sha256, "k", run=RunStart(since)).taken_over
        late = {"source": "late.txt", "extractor_key": "k", "calls": [{"model": "m"}]}
        assert not stalled.save_success(text=text, extraction=extraction, **late)
        assert not stalled.save_failure(error="timed out", sha256=sha256, **late)
        assert stalled.articles() == [] and stalled.model_calls() == []
        assert other.save_success(
            source="a.txt", text=text, extraction=extraction, extractor_key="k"
        )
        assert not stalled.save_failure(error="timed out", sha256=sha256, **late)
        [stored] = other.articles()
        assert (Path(stored.source).name, stored.status) == ("a.txt", "ok")
        assert stalled.claim(sha256, "k", run=RunStart(since)).state == "cached"


def test_a_claim_whose_worker_is_gone_does_not_stop_a_save(
    store_url: StoreTarget, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A worker killed mid-run leaves its claim "running"; a run that saves without claiming
    # (the Batch API's) stores its result once that lease has run out.
    monkeypatch.setenv("SUMMARIZE_LEASE_SECONDS", "0.3")
    monkeypatch.setenv("SUMMARIZE_WORKER_NAME", "elsewhere")  # not judged by local liveness
    extraction = gold_extraction(seed_ids()[2])
    sha256, text = extraction.article.sha256, seed_text(extraction.article.id)
    with Store(store_url) as killed, Store(store_url) as batch:
        assert killed.claim(sha256, "k", run=RunStart(killed.clock())).state == "claimed"
        late = {"source": "b.txt", "text": text, "extraction": extraction, "extractor_key": "k"}
        assert not batch.save_success(**late)  # the lease is live: the worker may still save
        time.sleep(0.5)
        assert batch.save_success(**late)
        [stored] = batch.articles()
        assert stored.status == "ok"


# --- reading needs no write access ---------------------------------------------------------------


def test_a_read_only_store_opens_for_reading_and_refuses_writes(store_url: StoreTarget) -> None:
    extraction = gold_extraction(seed_ids()[0])
    with Store(store_url) as store:
        store.save_success(
            source="a.txt", text=seed_text(extraction.article.id), extraction=extraction,
            extractor_key="k",
        )  # fmt: skip
    with Store(store_url, readonly=True) as store:
        assert [a.extraction for a in store.articles()] == [extraction]
        with pytest.raises(InputError, match="read-only"):
            store.save_failure(source="b.txt", error="x")
        with pytest.raises(InputError, match="read-only"):
            store.claim("h", "k", run=RunStart(0))


def test_brief_reads_a_store_it_may_not_write() -> None:
    """`summarize brief` on a store and folder the user may only read: no "attempt to write a
    readonly database". Run as an unprivileged user when the tests run as root."""
    extraction = gold_extraction(seed_ids()[0])
    folder = Path(tempfile.mkdtemp(prefix="summarize-ro-"))  # reachable by an unprivileged user
    db = folder / "s.sqlite"
    with Store(db) as store:
        store.save_success(
            source="a.txt", text=seed_text(extraction.article.id), extraction=extraction,
            extractor_key="k",
        )  # fmt: skip
    before = {path.name: path.stat().st_mtime_ns for path in folder.iterdir()}
    for path in [*folder.iterdir(), folder]:
        path.chmod(path.stat().st_mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
                   | stat.S_IROTH | stat.S_IXOTH * path.is_dir())  # fmt: skip
    command = [sys.executable, "-c", "from summarize.cli import main; main()", "brief",
               "--db", str(db), "--format", "json"]  # fmt: skip
    if os.geteuid() == 0:  # root writes anything: drop to nobody to see the permissions bite
        command = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", *command]
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=60, cwd="/")
        after = {path.name: path.stat().st_mtime_ns for path in folder.iterdir()}
    finally:
        folder.chmod(0o700)
        shutil.rmtree(folder)
    assert result.returncode == 0, result.stderr
    assert "readonly" not in result.stderr
    assert extraction.article.id in result.stdout
    assert after == before
