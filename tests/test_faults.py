"""Fault injection at the HTTP boundary: a flaky model server, and `summarize run` killed mid-run.

The fake server decides each request's fate from a seeded generator keyed by the article and
how many requests that article has made, so a run is deterministic however threads interleave.
"""

from __future__ import annotations

import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from conftest import FAST_RETRIES, TEST_API_KEY
from fake_openai import FakeOpenAI, ReceivedRequest, Reply, answer, error, hang, malformed_body

from summarize.config import Settings, load_settings
from summarize.extract import make_extractor
from summarize.extract.llm import LLMExtractor
from summarize.pipeline import CallLog, expand_paths, run_batch
from summarize.store import LoggedCall, Store

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED = 20201002
ARTICLES = 48
TIMEOUT = 0.4  # seconds per request; a hang outlasts it
HANG = 1.2
TRANSPORT_ATTEMPTS = 3
VALIDATION_REASKS = 2
# One grounding re-ask, each request with its validation re-asks, each with transport retries.
MAX_REQUESTS_PER_ARTICLE = 2 * (1 + VALIDATION_REASKS) * TRANSPORT_ATTEMPTS


def write_articles(folder: Path, count: int) -> list[str]:
    """`count` distinct articles: the seeds in turn, each ending with its own line."""
    texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    folder.mkdir()
    paths = []
    for index in range(count):
        path = folder / f"article_{index:03d}.txt"
        body = texts[index % len(texts)].rstrip()
        path.write_text(f"{body}\n\nThis is copy number {index} of the report.\n", encoding="utf-8")
        paths.append(str(path))
    return paths


def last_line(article: str) -> str:
    return [line.strip() for line in article.splitlines() if line.strip()][-1]


def draft(quote: str) -> dict[str, object]:
    party = {
        "name": "Reporter",
        "surface_forms": [],
        "kind": "media",
        "role": "other",
        "evidence": quote,
    }
    return {
        "meta": {"title": None, "conflict": None, "event_date": None, "quality_notes": []},
        "parties": [party],
        "people": [],
        "positions": [],
        "ceasefire_calls": [],
        "figures": [],
    }


def grounded(request: ReceivedRequest) -> Reply:
    """A valid answer whose one quote is the article's last line (unique and in the body)."""
    return answer(draft(last_line(request.article_text() or "")))


UNGROUNDED = "A sentence that no article contains."
DOOMED_EVERY = 16  # every 16th article's server always answers 503: it must fail, not hang

# Each fault with its share of requests: 30% in all.
FAULTS: dict[str, tuple[float, Callable[[ReceivedRequest], Reply]]] = {
    "429 Retry-After": (0.05, lambda _: error(429, retry_after="0.01")),
    "429": (0.04, lambda _: error(429)),
    "500": (0.04, lambda _: error(500)),
    "503 retry-after-ms": (
        0.04,
        lambda _: Reply(503, {"error": {"message": "busy"}}, {"retry-after-ms": "5"}),
    ),
    "hang": (0.03, lambda _: hang(HANG)),
    "malformed body": (0.03, lambda _: malformed_body()),
    "malformed JSON answer": (0.03, lambda _: answer('{"meta": {"title": ')),
    "ungrounded quote": (0.04, lambda _: answer(draft(UNGROUNDED))),
}


class FlakyModel:
    """Default reply of the fake server: a fault or a grounded answer, seeded per article."""

    def __init__(self, seed: int, doomed: set[str]) -> None:
        self.seed = seed
        self.doomed = doomed
        self.sent_per_article: Counter[str] = Counter()
        self.faults: Counter[str] = Counter()
        self._lock = threading.Lock()

    def __call__(self, request: ReceivedRequest) -> Reply:
        article = request.article_text() or ""
        key = hashlib.sha256(article.encode()).hexdigest()
        with self._lock:
            attempt = self.sent_per_article[key]
            self.sent_per_article[key] += 1
        if key in self.doomed:
            return error(503, message="overloaded for good")
        roll = random.Random(f"{self.seed}:{key}:{attempt}").random()
        for name, (share, reply) in FAULTS.items():
            if roll < share:
                with self._lock:
                    self.faults[name] += 1
                return reply(request)
            roll -= share
        return grounded(request)


def fault_settings(base_url: str) -> Settings:
    return Settings(
        base_url=base_url,
        api_key=TEST_API_KEY,
        timeout=TIMEOUT,
        transport_attempts=TRANSPORT_ATTEMPTS,
        retry_initial_wait=0.005,
        retry_max_wait=0.02,
        retry_total_seconds=10.0,
        validation_reasks=VALIDATION_REASKS,
    )


def test_a_flaky_server_leaves_every_article_extracted_or_failed_with_its_reason(
    tmp_path: Path,
) -> None:
    paths = write_articles(tmp_path / "articles", ARTICLES)
    doomed = set(paths[::DOOMED_EVERY])
    model = FlakyModel(SEED, {_article_key(path) for path in doomed})
    calls = CallLog()
    with FakeOpenAI(default=model) as server, Store(tmp_path / "store.sqlite") as store:
        extractor = LLMExtractor.for_openai(fault_settings(server.base_url), on_call=calls.record)
        summary = run_batch(paths, extractor, store=store, concurrency=8, calls=calls)
        stored = store.articles()
        logged = store.model_calls()
        received = len(server.requests)

    # The faults really happened, every kind of them.
    assert set(model.faults) == set(FAULTS), model.faults
    assert sum(model.faults.values()) >= 0.2 * received

    # Every article once, extracted or failed with its reason; nothing twice.
    assert sorted(summary.sources) == sorted(paths)
    assert sorted(article.source for article in stored) == sorted(paths)
    by_source = {article.source: article for article in stored}
    for path in doomed:
        assert by_source[path].status == "failed"
        assert "503" in (by_source[path].error or ""), by_source[path].error
        doomed_calls = [call for call in logged if call.source == path]
        assert len(doomed_calls) == TRANSPORT_ATTEMPTS  # attempts are bounded, and all logged
        assert model.sent_per_article[_article_key(path)] <= TRANSPORT_ATTEMPTS
    survivors = [by_source[path] for path in paths if path not in doomed]
    assert sum(article.status == "ok" for article in survivors) >= 0.9 * len(survivors)
    for article in survivors:
        if article.status != "ok":
            assert article.status == "failed" and article.error, article.source
            continue
        # Nothing ungrounded is kept as fact: it is either the article's own line or rejected.
        extraction = article.extraction
        assert extraction is not None and extraction.article.source == article.source
        own_line = last_line(Path(article.source).read_text(encoding="utf-8"))
        assert [party.evidence for party in extraction.parties] in ([own_line], [])
        assert all(item.item.evidence == UNGROUNDED for item in extraction.rejected)
    assert any(a.extraction and a.extraction.rejected for a in survivors)
    assert summary.succeeded + summary.failed == ARTICLES

    # Bounded attempts per article, and every attempt accounted for in the call log.
    assert max(model.sent_per_article.values()) <= MAX_REQUESTS_PER_ARTICLE
    # Every request the server saw is in the log. A connection error, or a timeout hit while
    # connecting or sending under load, is logged as an attempt the server may never have seen.
    assert len(reached_server(logged)) <= received <= len(logged)
    per_source = Counter(call.source for call in logged)
    for path in paths:
        assert model.sent_per_article[_article_key(path)] <= per_source[path]


def reached_server(logged: list[LoggedCall]) -> list[LoggedCall]:
    """Calls that certainly reached the server: it answered them."""
    return [call for call in logged if call.outcome not in ("connection_error", "timeout")]


def _article_key(path: str) -> str:
    """The fake server's key for an article: the text the client sent (its body, no furniture)."""
    from summarize.ingest import load_article

    return hashlib.sha256(load_article(path).content().encode()).hexdigest()


# --- killed and resumed ----------------------------------------------------------------------

RESUME_ARTICLES = 16
KILL_AFTER = (2, 7, 12)  # stored articles before the kill: early, middle, late


def run_command(folder: Path, db: Path, *, from_a_terminal: bool = False) -> list[str]:
    code = "from summarize.cli import main; main()"
    if from_a_terminal:
        # Ctrl-C reaches a run started from a terminal. A suite started as a background job
        # (`cmd &` in a script) hands its children SIGINT ignored, as POSIX has it, and the run
        # would rightly never see the interrupt: the child starts as a foreground one would.
        code = "import signal; signal.signal(signal.SIGINT, signal.default_int_handler); " + code
    return [sys.executable, "-c", code, "run", str(folder), "--db", str(db), "--concurrency", "2"]


def run_environment(base_url: str) -> dict[str, str]:
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("SUMMARIZE_") and key not in {"OPENAI_API_KEY", "OPENAI_BASE_URL"}
    }
    environment |= {
        "OPENAI_API_KEY": TEST_API_KEY,
        "SUMMARIZE_BASE_URL": base_url,
        "SUMMARIZE_TIMEOUT": str(FAST_RETRIES["timeout"]),
        "SUMMARIZE_RETRY_INITIAL_WAIT": "0.01",
        "SUMMARIZE_RETRY_MAX_WAIT": "0.05",
    }
    return environment


def stored_count(db: Path) -> int:
    """Articles committed so far, read without writing (the run holds the store)."""
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as connection:
            return int(connection.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.Error:
        return 0  # tables not created yet


Entry = tuple[str, str | None]


def store_content(db: Path) -> dict[str, Entry]:
    """Source -> (status, extraction JSON): what a resumed run must reproduce exactly."""
    with Store(db) as store:
        articles = store.articles()
        assert len({a.source for a in articles}) == len(articles)
        return {
            a.source: (a.status, a.extraction.model_dump_json() if a.extraction else None)
            for a in articles
        }


def test_concurrency_caps_the_requests_in_flight_and_is_used_in_full(tmp_path: Path) -> None:
    # Each article's slot is freed once the model has answered, before the article is dated
    # and stored: still never more than `concurrency` requests at once.
    paths = write_articles(tmp_path / "articles", 24)
    calls = CallLog()
    with FakeOpenAI(default=grounded, latency=0.1) as server, Store(tmp_path / "s.db") as store:
        extractor = LLMExtractor.for_openai(fault_settings(server.base_url), on_call=calls.record)
        summary = run_batch(paths, extractor, store=store, concurrency=4, calls=calls)
        assert summary.succeeded == len(paths), summary.describe()
        assert len(server.requests) == len(paths)
        assert server.most_in_flight == 4


def extraction_rows(db: Path) -> int:
    with sqlite3.connect(db) as connection:
        return int(connection.execute("SELECT count(*) FROM extractions").fetchone()[0])


@pytest.fixture
def slow_model() -> Iterator[FakeOpenAI]:
    """Grounded answers after 50 ms: slow enough to kill the run between articles."""
    with FakeOpenAI(default=grounded, latency=0.05) as server:
        yield server


def kill_when_stored(process: subprocess.Popen[bytes], db: Path, count: int, delay: float) -> int:
    """SIGKILL the run once `count` articles are stored (plus `delay`); the count at the kill."""
    deadline = time.monotonic() + 30
    while stored_count(db) < count and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)
    return stored_count(db)


def reference_content(folder: Path, db: Path, environment: dict[str, str]) -> dict[str, Entry]:
    """The store an uninterrupted run leaves, built in-process through the same code path."""
    settings = load_settings(env=environment)
    calls = CallLog()
    extractor, _ = make_extractor("auto", settings, on_call=calls.record)
    with Store(db) as store:
        summary = run_batch(expand_paths([str(folder)]), extractor, store=store, calls=calls)
    assert summary.succeeded == RESUME_ARTICLES, summary.describe()
    return store_content(db)


def test_a_run_killed_at_random_points_resumes_to_the_same_store(
    tmp_path: Path, slow_model: FakeOpenAI
) -> None:
    folder = tmp_path / "articles"
    write_articles(folder, RESUME_ARTICLES)
    environment = run_environment(slow_model.base_url)
    reference = reference_content(folder, tmp_path / "reference.sqlite", environment)

    # One store, killed three times at growing points, resumed after each kill.
    db = tmp_path / "killed.sqlite"
    delays = random.Random(SEED)
    for kill_after in KILL_AFTER:
        process = subprocess.Popen(
            run_command(folder, db), env=environment, stdout=subprocess.DEVNULL
        )
        at_kill = kill_when_stored(process, db, kill_after, delays.uniform(0, 0.03))
        assert process.returncode == -signal.SIGKILL
        assert kill_after <= at_kill < RESUME_ARTICLES, "the run was not killed mid-way"
        # Whatever was committed before the kill is whole and right.
        partial = store_content(db)
        assert partial.items() <= reference.items()

    resumed = subprocess.run(
        run_command(folder, db), env=environment, capture_output=True, timeout=60, check=False
    )
    assert resumed.returncode == 0, resumed.stderr.decode()
    assert b"Traceback" not in resumed.stderr
    assert store_content(db) == reference
    assert extraction_rows(db) == RESUME_ARTICLES  # no duplicate extractions


# --- interrupted with Ctrl-C -----------------------------------------------------------------


def test_ctrl_c_stops_a_run_promptly_and_keeps_what_was_committed(tmp_path: Path) -> None:
    """SIGINT mid-run: exit 130 within seconds with a one-line message, no traceback; the
    articles committed before it stay, and the next run resumes from them."""
    folder = tmp_path / "articles"
    write_articles(folder, RESUME_ARTICLES)
    db = tmp_path / "store.sqlite"
    # 1 s per answer at concurrency 2: the whole run would take 8 s or more, so stopping within
    # 4 s (with fewer than all articles committed) shows the interrupt, even on a loaded machine.
    with FakeOpenAI(default=grounded, latency=1.0) as server:
        environment = run_environment(server.base_url)
        process = subprocess.Popen(
            run_command(folder, db, from_a_terminal=True),
            env=environment,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 30
        while stored_count(db) < 2 and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        if process.poll() is not None:
            ended = process.communicate()[1].decode(errors="replace")[-2000:]
            pytest.fail(f"the run ended before it could be interrupted:\n{ended}")
        process.send_signal(signal.SIGINT)
        interrupted_at = time.monotonic()
        _, stderr = process.communicate(timeout=10)
        took = time.monotonic() - interrupted_at
        message = stderr.decode()
        assert process.returncode == 130, message
        assert took < 4.0, f"the run took {took:.1f}s to stop"
        assert "Traceback" not in message
        [last] = [line for line in message.splitlines() if line.strip()][-1:]
        assert last.startswith("interrupted: ") and "run again to resume" in last, message
        committed = store_content(db)
        assert 2 <= len(committed) < RESUME_ARTICLES
        assert {status for status, _ in committed.values()} == {"ok"}

        resumed = subprocess.run(
            run_command(folder, db), env=environment, capture_output=True, timeout=60, check=False
        )
    assert resumed.returncode == 0, resumed.stderr.decode()
    assert f"{RESUME_ARTICLES} succeeded ({len(committed)} cached)" in resumed.stderr.decode()
    assert store_content(db).items() >= committed.items()
