"""Several `summarize run` workers share one store: each article is extracted once, by one
worker; a worker killed mid-run leaves its claims to the others once its lease expires.

PostgreSQL: 3 worker processes over 500 tiny articles, 30% of requests faulty (tests/test_faults
FlakyModel), one worker SIGKILLed mid-run. SQLite: two concurrent runs on one file no longer
extract the same articles twice (the reported 196 requests for 100 articles).
"""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import time
from collections import Counter, defaultdict
from pathlib import Path

import pytest
from fake_openai import FakeOpenAI
from test_faults import DOOMED_EVERY, SEED, FlakyModel, grounded, run_command, run_environment

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


def worker_command(folder: Path, url: str) -> list[str]:
    command = run_command(folder, Path("unused"))
    command[command.index("--db") + 1] = url
    command[command.index("--concurrency") + 1] = "4"
    return command


def count_articles(url: str) -> int:
    import psycopg

    with psycopg.connect(url) as connection:
        row = connection.execute("SELECT count(*) FROM articles").fetchone()
        return int(row[0]) if row else 0


def running_claims(url: str, worker: str) -> int:
    import psycopg

    with psycopg.connect(url) as connection:
        row = connection.execute(
            "SELECT count(*) FROM claims WHERE status = 'running' AND claimed_by LIKE %s",
            (f"{worker}%",),
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
        # Kill worker 0 mid-run, while it holds claims (on a loaded machine it may start late).
        while time.monotonic() < deadline and (
            count_articles(postgres_url) < KILL_WHEN_STORED
            or not running_claims(postgres_url, "w0")
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


@pytest.fixture(autouse=True)
def _no_stray_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SUMMARIZE_WORKER_NAME", raising=False)
    os.environ.pop("SUMMARIZE_LEASE_SECONDS", None)
