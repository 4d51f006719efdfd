"""Several `summarize run` workers share one store: each article is extracted once, by one
worker; a worker killed mid-run leaves its claims to the others once its lease expires.

PostgreSQL: 3 worker processes over 500 tiny articles, 30% of requests faulty (tests/test_faults
FlakyModel), one worker SIGKILLed mid-run. SQLite: two concurrent runs on one file no longer
extract the same articles twice (the reported 196 requests for 100 articles). Both backends:
workers add up (each of two takes a fair share), and articles another worker holds are set
aside instead of stalling this worker until they are done.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import sqlite3
import subprocess
import threading
import time
from collections import Counter, defaultdict
from pathlib import Path

import pytest
from fake_openai import FakeOpenAI, ReceivedRequest, Reply
from test_faults import DOOMED_EVERY, SEED, FlakyModel, grounded, run_command, run_environment
from test_pipeline import CountingExtractor

ARTICLES = 500
WORKERS = 3
LEASE = 3.0  # seconds; renewed every second by live workers
KILL_WHEN_STORED = 120


def write_tiny_articles(folder: Path, count: int) -> list[str]:
    folder.mkdir()
    paths = []
    for index in range(count):
        path = folder / f"a{index:04d}.txt"
        path.write_text(
            f"Report {index}\n\nTroops moved near the river on Monday, officials said.\n\n"
            f"This is dispatch number {index} from the front.\n",
            encoding="utf-8",
        )
        paths.append(str(path))
    return paths


def server_key(path: str) -> str:
    from summarize.ingest import load_article

    return hashlib.sha256(load_article(path).content().encode()).hexdigest()


def worker_command(folder: Path, url: str | Path, concurrency: int = 4) -> list[str]:
    command = run_command(folder, Path("unused"))
    command[command.index("--db") + 1] = str(url)
    command[command.index("--concurrency") + 1] = str(concurrency)
    return command


def text_key(text: str | None) -> str:
    return hashlib.sha256((text or "").encode()).hexdigest()


def query_count(store: str | Path, sql: str) -> int:
    """One count from either backend, read while workers write (SQLite: read-only)."""
    if isinstance(store, str):
        import psycopg

        with psycopg.connect(store) as connection:
            row = connection.execute(sql).fetchone()
    else:
        if not store.exists():
            return 0
        with sqlite3.connect(f"file:{store}?mode=ro", uri=True, timeout=5) as connection:
            try:
                row = connection.execute(sql).fetchone()
            except sqlite3.OperationalError:  # no tables yet
                return 0
    return int(row[0]) if row else 0


def count_articles(url: str) -> int:
    import psycopg

    with psycopg.connect(url) as connection:
        row = connection.execute("SELECT count(*) FROM articles").fetchone()
        return int(row[0]) if row else 0


def running_claims(url: str, worker: str) -> int:
    return _claims_of(url, worker, "status = 'running' AND ")


def claims_of(url: str, worker: str) -> int:
    """Claims the worker named `worker` holds or finished: it is at work."""
    return _claims_of(url, worker, "")


def _claims_of(url: str, worker: str, status: str) -> int:
    import psycopg

    with psycopg.connect(url) as connection:
        row = connection.execute(
            f"SELECT count(*) FROM claims WHERE {status}claimed_by LIKE %s", (f"{worker}:%",)
        ).fetchone()
        return int(row[0]) if row else 0


def test_three_workers_one_killed_extract_every_article_once(
    tmp_path: Path, postgres_url: str
) -> None:
    import psycopg

    from summarize.store import Store

    paths = write_tiny_articles(tmp_path / "articles", ARTICLES)
    doomed = {server_key(path) for path in paths[::DOOMED_EVERY]}
    model = FlakyModel(SEED, doomed)
    # 0.1 s per answer keeps the run going for several seconds, so worker 0 is still at work
    # when it is killed, however the machine is loaded.
    with FakeOpenAI(default=model, latency=0.1) as server:
        Store(postgres_url).close()  # the schema, before the workers race for it
        base = run_environment(server.base_url) | {"SUMMARIZE_LEASE_SECONDS": str(LEASE)}

        def start(number: int) -> subprocess.Popen[bytes]:
            return subprocess.Popen(
                worker_command(tmp_path / "articles", postgres_url),
                env=base | {"SUMMARIZE_WORKER_NAME": f"w{number}"},
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )

        # Worker 0 first, until it holds claims: started last on a loaded machine, it could find
        # every article already done and never be caught at work.
        workers = [start(0)]
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not running_claims(postgres_url, "w0"):
            time.sleep(0.02)
        workers += [start(number) for number in range(1, WORKERS)]
        # Kill worker 0 mid-run, while it holds claims and the others are at work too (on a
        # loaded machine any of them may start late; a worker begun after another was killed
        # retries its failures, as a later run does).
        while time.monotonic() < deadline and (
            count_articles(postgres_url) < KILL_WHEN_STORED
            or not running_claims(postgres_url, "w0")
            or not all(claims_of(postgres_url, f"w{number}") for number in range(1, WORKERS))
        ):
            time.sleep(0.05)
        workers[0].send_signal(signal.SIGKILL)
        killed_at = time.monotonic()
        if workers[0].wait(timeout=10) != -signal.SIGKILL:
            ended = workers[0].communicate()[1].decode(errors="replace")[-2000:]
            pytest.fail(f"worker 0 ended before it was killed:\n{ended}")
        for worker in workers[1:]:
            _, errors = worker.communicate(timeout=120)
            assert worker.returncode in (0, 1), errors  # 1: some articles failed
        requests = list(server.requests)

    assert count_articles(postgres_url) >= KILL_WHEN_STORED
    with Store(postgres_url, readonly=True) as store:
        stored = store.articles()
        logged = store.model_calls()
    with psycopg.connect(postgres_url) as connection:
        claims = connection.execute(
            "SELECT sha256, status, attempts, claimed_by FROM claims"
        ).fetchall()

    # Every article ended extracted or failed with its reason.
    assert sorted(a.source for a in stored) == sorted(paths)
    by_source = {a.source: a for a in stored}
    for path in paths:
        article = by_source[path]
        assert article.status in ("ok", "failed"), article
        assert article.status == "ok" or article.error, article
    assert sum(a.status == "ok" for a in stored) >= 0.8 * ARTICLES
    assert sum(model.faults.values()) >= 0.2 * len(requests)  # the faults really happened

    # None extracted twice: each article's calls were logged by one worker only, and the server
    # saw no more requests for it than that worker logged; except the killed worker's articles
    # in flight, taken over (claims.attempts 2) after its lease expired.
    sha_of = {a.source: a.sha256 for a in stored}
    workers_of: dict[str | None, set[str | None]] = defaultdict(set)
    logged_per_sha: Counter[str | None] = Counter()
    sources_of_sha = {sha_of[path]: path for path in paths}
    for call in logged:
        sha = sha_of.get(call.source)
        workers_of[sha].add(call.worker)
        logged_per_sha[sha] += 1
    twice = {sha: names for sha, names in workers_of.items() if len(names) != 1}
    assert not twice, twice
    assert all(claim[1] in ("done", "failed") for claim in claims)
    taken_over = {claim[0] for claim in claims if claim[2] > 1}
    assert 1 <= len(taken_over) <= 2 * 4, taken_over  # the killed worker's claims in flight
    sent = Counter(model.sent_per_article)
    for sha, path in sources_of_sha.items():
        if sha not in taken_over:
            assert sent[server_key(path)] <= logged_per_sha[sha], path
    # Taken over only after the lease: no request for them between the kill and its expiry
    # (the last renewal was at most a third of a lease before the kill).
    keys = {server_key(sources_of_sha[sha]) for sha in taken_over}
    # A request the killed worker had already sent may be logged just after the kill: only
    # requests from a quarter of a second on can be the survivors'.
    after_kill = [
        r.received_at - killed_at
        for r in requests
        if r.received_at > killed_at + 0.25
        and hashlib.sha256((r.article_text() or "").encode()).hexdigest() in keys
    ]
    assert after_kill and min(after_kill) >= LEASE * 2 / 3 - 0.2, after_kill


def test_two_runs_on_one_sqlite_store_extract_each_article_once(tmp_path: Path) -> None:
    """The reported defect: two concurrent runs on one SQLite store made 196 requests for 100
    articles. With claims, every article is requested once."""
    paths = write_tiny_articles(tmp_path / "articles", 100)
    db = tmp_path / "store.sqlite"
    with FakeOpenAI(default=grounded, latency=0.02) as server:
        environment = run_environment(server.base_url)
        runs = [
            subprocess.Popen(
                run_command(tmp_path / "articles", db),
                env=environment,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
            for _ in range(2)
        ]
        for run in runs:
            _, errors = run.communicate(timeout=120)
            assert run.returncode == 0, errors
        texts = Counter(r.article_text() for r in server.requests)
    assert len(server.requests) == len(paths), f"{len(server.requests)} requests"
    assert set(texts.values()) == {1}


def test_two_workers_each_take_a_fair_share(tmp_path: Path, store_url: str | Path) -> None:
    """Workers add up: two runs started together over the same folder each extract a good
    share of it, none twice. Before, an article the other worker held kept its place in this
    worker's window until the other finished it, so the second worker added no throughput.
    The server holds every answer until both workers hold claims, so a worker that starts
    late on a loaded machine is not left with nothing to do (before, the second never got to
    claim one: its whole window waited on the first one's claims)."""
    count = 120
    paths = write_tiny_articles(tmp_path / "articles", count)
    both_at_work = threading.Event()

    def model(request: ReceivedRequest) -> Reply:
        both_at_work.wait(60)
        return grounded(request)

    from summarize.store import Store

    with FakeOpenAI(default=model, latency=0.1) as server:
        Store(store_url).close()  # the schema, before the workers race for it
        base = run_environment(server.base_url) | {"SUMMARIZE_TIMEOUT": "120"}
        workers = [
            subprocess.Popen(
                worker_command(tmp_path / "articles", store_url),
                env=base | {"SUMMARIZE_WORKER_NAME": f"w{number}"},
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
            for number in range(2)
        ]
        try:
            deadline = time.monotonic() + 60
            claimers = "SELECT count(DISTINCT claimed_by) FROM claims WHERE status = 'running'"
            while time.monotonic() < deadline and query_count(store_url, claimers) < 2:
                time.sleep(0.05)
            assert query_count(store_url, claimers) == 2, "one worker's claims stalled the other"
            both_at_work.set()
            for worker in workers:
                _, errors = worker.communicate(timeout=120)
                assert worker.returncode == 0, errors
        finally:
            both_at_work.set()
            for worker in workers:
                if worker.poll() is None:
                    worker.kill()
        texts = Counter(text_key(r.article_text()) for r in server.requests)

    with Store(store_url, readonly=True) as store:
        stored = store.articles()
        logged = store.model_calls()
    assert sorted(a.source for a in stored) == sorted(paths)
    assert all(a.status == "ok" for a in stored), [a.error for a in stored if a.error]
    assert len(texts) == count and set(texts.values()) == {1}  # none extracted twice
    shares = Counter((call.worker or "").partition(":")[0] for call in logged)
    assert sum(shares.values()) == count
    assert min(shares["w0"], shares["w1"]) >= count // 4, shares


HELD = 10  # articles another worker holds: more than this worker's window (2 x concurrency 4)


def test_articles_another_worker_holds_do_not_stall_this_one(
    tmp_path: Path, store_url: str | Path
) -> None:
    """A worker (`holder`) holds 10 articles whose answers do not come; another run over those
    10 and 30 more extracts the 30 meanwhile, waits for the 10 without exiting, and takes the
    holder's results once they come. Before, the held articles filled the run's window (twice
    its concurrency) and it extracted nothing until the holder was done."""
    paths = write_tiny_articles(tmp_path / "all", HELD + 30)
    (tmp_path / "held").mkdir()
    for path in paths[:HELD]:
        shutil.copy(path, tmp_path / "held")
    held = {server_key(path) for path in paths[:HELD]}
    answer_held = threading.Event()

    def model(request: ReceivedRequest) -> Reply:
        if text_key(request.article_text()) in held:
            answer_held.wait(90)
        return grounded(request)

    from summarize.store import Store

    with FakeOpenAI(default=model, latency=0.02) as server:
        Store(store_url).close()
        environment = run_environment(server.base_url) | {"SUMMARIZE_TIMEOUT": "120"}

        def start(folder: Path, concurrency: int, name: str) -> subprocess.Popen[bytes]:
            return subprocess.Popen(
                worker_command(folder, store_url, concurrency),
                env=environment | {"SUMMARIZE_WORKER_NAME": name},
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )

        holder = start(tmp_path / "held", HELD, "holder")
        worker: subprocess.Popen[bytes] | None = None
        try:
            running = "SELECT count(*) FROM claims WHERE status = 'running'"
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and query_count(store_url, running) < HELD:
                assert holder.poll() is None, holder.communicate()[1].decode()[-2000:]
                time.sleep(0.05)
            assert query_count(store_url, running) == HELD
            worker = start(tmp_path / "all", 4, "worker")
            # Every other article is stored while the holder still holds its 10 (no answer can
            # come for them), and the run waits for those 10 instead of exiting.
            deadline = time.monotonic() + 60
            articles = "SELECT count(*) FROM articles"
            while time.monotonic() < deadline and query_count(store_url, articles) < 30:
                assert worker.poll() is None, worker.communicate()[1].decode()[-2000:]
                time.sleep(0.05)
            assert query_count(store_url, articles) == 30
            time.sleep(1.0)
            assert worker.poll() is None
            answer_held.set()
            for process in (holder, worker):
                _, errors = process.communicate(timeout=60)
                assert process.returncode == 0, errors.decode()[-2000:]
        finally:
            answer_held.set()
            for left in (holder, worker):
                if left is not None and left.poll() is None:
                    left.kill()
        texts = Counter(text_key(r.article_text()) for r in server.requests)

    with Store(store_url, readonly=True) as store:
        stored = {a.source: a for a in store.articles()}
        logged = store.model_calls()
    assert all(stored[path].status == "ok" for path in paths)  # the 10 too, from the holder
    assert len(texts) == len(paths) and set(texts.values()) == {1}
    by_worker = Counter((call.worker or "").partition(":")[0] for call in logged)
    assert by_worker == {"holder": HELD, "worker": 30}


def test_a_run_waiting_on_held_articles_sleeps_and_takes_them_when_released(
    tmp_path: Path, store_url: str | Path
) -> None:
    """The library's thread path (rules, local models): another handle holds 3 articles; the run
    extracts the rest, then waits for the 3 without spinning (little CPU while it waits), and
    extracts them itself once they are released (an interrupted worker gives its claims back)."""
    from summarize.ingest import load_article
    from summarize.pipeline import ArticleOutcome, article_key, extractor_key, run_batch
    from summarize.store import RunStart, Store

    paths = write_tiny_articles(tmp_path / "articles", 12)
    extractor = CountingExtractor()
    key = extractor_key(extractor)
    other = Store(store_url)
    for path in paths[:3]:
        claim = other.claim(
            load_article(path).sha256, article_key(path, key), run=RunStart(other.clock())
        )
        assert claim.state == "claimed"
    outcomes: list[ArticleOutcome] = []

    def run() -> None:
        with Store(store_url) as store:
            outcomes.extend(run_batch(paths, extractor, store=store, concurrency=2).outcomes)

    runner = threading.Thread(target=run, daemon=True)
    runner.start()
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and sum(extractor.calls.values()) < 9:
            time.sleep(0.02)
        assert sum(extractor.calls.values()) == 9
        cpu = time.process_time()
        time.sleep(2.0)
        assert runner.is_alive()  # waiting for the 3 held articles
        assert time.process_time() - cpu < 0.5  # asleep between re-checks, not spinning
    finally:
        other.close()  # gives the 3 claims back
    runner.join(timeout=60)
    assert not runner.is_alive()
    assert sorted(o.source for o in outcomes) == sorted(paths)
    assert all(o.status == "extracted" for o in outcomes), outcomes
    assert set(extractor.calls.values()) == {1} and len(extractor.calls) == len(paths)


@pytest.fixture(autouse=True)
def _no_stray_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SUMMARIZE_WORKER_NAME", raising=False)
    os.environ.pop("SUMMARIZE_LEASE_SECONDS", None)
