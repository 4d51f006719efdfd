"""`summarize run --processes N`: one command, N worker processes over the same files and store,
against the fake OpenAI server. Every article extracted exactly once, the summary adds up, a
child that dies makes the run exit 1 without losing an article, signals reach the children, the
API key never appears on a child's command line, every model flag reaches the children, bad
values are usage errors."""

from __future__ import annotations

import hashlib
import re
import signal
import subprocess
import threading
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import TEST_API_KEY
from fake_openai import FakeOpenAI, ReceivedRequest, Reply, hang
from test_faults import grounded, run_command, run_environment
from test_workers import query_count, write_tiny_articles

from summarize.cli._processes import merge_outcomes, split_concurrency, walking_order

WAIT = 120  # seconds a run may take on a loaded machine before the test gives up


def processes_command(folder: Path, db: Path, processes: int, concurrency: int) -> list[str]:
    command = run_command(folder, db)
    command[command.index("--concurrency") + 1] = str(concurrency)
    return [*command, "--processes", str(processes)]


def start_run(folder: Path, db: Path, environment: dict[str, str]) -> subprocess.Popen[str]:
    """`run --processes 2 --concurrency 4` in the background; its stderr (failures and the
    summary line) piped, for `communicate`."""
    return subprocess.Popen(
        processes_command(folder, db, 2, 4),
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def run_to_end(
    folder: Path, db: Path, environment: dict[str, str], *flags: str
) -> subprocess.CompletedProcess[str]:
    """`run --processes 2 --concurrency 4 FLAGS` to its end, its output captured."""
    return subprocess.run(
        [*processes_command(folder, db, 2, 4), *flags],
        env=environment,
        capture_output=True,
        text=True,
        timeout=WAIT,
    )


def wait_until(parent: subprocess.Popen[str], ready: Callable[[], bool], seconds: float) -> None:
    """Until `ready()` or `seconds` have passed; the run ending first fails the test."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and not ready():
        assert parent.poll() is None, parent.communicate()[1]
        time.sleep(0.05)


def text_key(text: str | None) -> str:
    return hashlib.sha256((text or "").encode()).hexdigest()


def children_of(pid: int) -> list[int]:
    """The child processes of `pid` (Linux /proc)."""
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        children = (task / "children").read_text().split()
        found += [int(child) for child in children]
    return found


def command_line(pid: int) -> str:
    return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()


def job_file(pid: int) -> Path:
    """The job file a child was started with (its --worker-job argument)."""
    arguments = Path(f"/proc/{pid}/cmdline").read_bytes().decode().split("\0")
    return Path(arguments[arguments.index("--worker-job") + 1])


RUNNING = "SELECT count(DISTINCT claimed_by) FROM claims WHERE status = 'running'"


def summary_line(errors: str) -> str:
    lines = [line for line in errors.splitlines() if "succeeded" in line]
    assert len(lines) == 1, errors
    return lines[0]


def test_two_processes_extract_every_article_once_and_the_summary_adds_up(
    tmp_path: Path,
) -> None:
    """The server holds every answer until both processes hold claims, so that a child that
    starts late on a loaded machine still gets articles to extract."""
    paths = write_tiny_articles(tmp_path / "articles", 60)
    db = tmp_path / "store.sqlite"
    both_at_work = threading.Event()

    def model(request: ReceivedRequest) -> Reply:
        both_at_work.wait(60)
        return grounded(request)

    with FakeOpenAI(default=model, latency=0.05) as server:
        environment = run_environment(server.base_url) | {"SUMMARIZE_TIMEOUT": "120"}
        parent = start_run(tmp_path / "articles", db, environment)
        try:
            wait_until(parent, lambda: query_count(db, RUNNING) >= 2, 60)
            assert query_count(db, RUNNING) == 2, "one process's claims stalled the other"
            both_at_work.set()
            _, errors = parent.communicate(timeout=WAIT)
        finally:
            both_at_work.set()
            if parent.poll() is None:
                parent.kill()
        assert parent.returncode == 0, errors
        texts = Counter(text_key(r.article_text()) for r in server.requests)
        again = run_to_end(tmp_path / "articles", db, environment)
        assert again.returncode == 0, again.stderr
        requests_after_rerun = len(server.requests)

    assert len(texts) == len(paths) and set(texts.values()) == {1}  # each once
    line = summary_line(errors)
    assert "60 articles: 60 succeeded (0 cached), 0 failed; 60 model attempts" in line, line
    assert "2 worker processes" in line
    assert "60 succeeded (60 cached)" in summary_line(again.stderr)
    assert requests_after_rerun == len(paths)  # the re-run made no model call
    from summarize.store import Store

    with Store(db, readonly=True) as store:
        stored = store.articles()
        logged = store.model_calls()
    assert sorted(a.source for a in stored) == sorted(paths)
    assert all(a.status == "ok" for a in stored)
    assert len(logged) == len(paths)
    owners = Counter((call.worker or "").split(":")[1] for call in logged)  # host:pid:...
    assert len(owners) == 2, owners  # both processes extracted (each walks from its own start)


def test_failed_articles_are_reported_once_and_exit_1(tmp_path: Path) -> None:
    paths = write_tiny_articles(tmp_path / "articles", 20)
    bad = {Path(path).name for path in paths[:3]}
    for path in paths[:3]:
        Path(path).write_bytes(b"\x00\x01\x02 binary")  # unreadable: fails in every process
    db = tmp_path / "store.sqlite"
    with FakeOpenAI(default=grounded, latency=0.02) as server:
        ran = run_to_end(tmp_path / "articles", db, run_environment(server.base_url))
    assert ran.returncode == 1, ran.stderr
    failures = [line for line in ran.stderr.splitlines() if line.startswith("failed: ")]
    assert sorted(Path(line.split(": ")[1]).name for line in failures) == sorted(bad)
    assert "20 articles: 17 succeeded (0 cached), 3 failed" in summary_line(ran.stderr)


@pytest.mark.parametrize("victim_index", [0, 1])
def test_a_killed_process_makes_the_run_exit_1_and_loses_no_article(
    tmp_path: Path, victim_index: int
) -> None:
    """One child is SIGKILLed while it holds claims: its sibling takes its articles over (a dead
    process on this host frees its claims at once), every article ends stored, the run exits
    1 and names the killed process, long before the killed one's lease (120 s) runs out. The
    second child too: before, the parent waited on the first child only and left the second
    one a zombie, which its sibling took for alive until the lease ran out. The API key is in
    no child's command line, and a child's job file (which may hold a store password) is gone
    once the child has read it."""
    paths = write_tiny_articles(tmp_path / "articles", 80)
    db = tmp_path / "store.sqlite"
    with FakeOpenAI(default=grounded, latency=0.1) as server:
        parent = start_run(tmp_path / "articles", db, run_environment(server.base_url))
        try:
            wait_until(
                parent,
                lambda: len(children_of(parent.pid)) >= 2 and query_count(db, RUNNING) >= 2,
                WAIT,
            )
            children = children_of(parent.pid)
            assert len(children) == 2
            for child in children:
                line = command_line(child)
                assert "--worker-job" in line and TEST_API_KEY not in line, line
                assert not job_file(child).exists(), line
            (victim,) = [c for c in children if job_file(c).name == f"job-{victim_index}.json"]
            subprocess.run(["kill", "-KILL", str(victim)], check=True)
            killed = time.monotonic()
            _, errors = parent.communicate(timeout=WAIT)
            took = time.monotonic() - killed
        finally:
            if parent.poll() is None:
                parent.kill()
        texts = Counter(text_key(r.article_text()) for r in server.requests)

    assert parent.returncode == 1, errors
    assert re.search(r"error: worker process \d killed by SIGKILL", errors), errors
    from summarize.store import Store

    with Store(db, readonly=True) as store:
        stored = store.articles()
    assert sorted(a.source for a in stored) == sorted(paths)
    assert all(a.status == "ok" for a in stored), [a.error for a in stored if a.error]
    assert len(texts) == len(paths)
    # Only the killed process's articles in flight (at most its 2 slots) may have gone twice.
    assert sum(texts.values()) - len(paths) <= 2, sorted(texts.values())
    assert "80 articles: 80 succeeded" in summary_line(errors)
    assert took < 60, f"{took:.0f} s after the kill: its claims waited for their lease"


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_a_signal_stops_every_process_and_a_rerun_finishes(
    tmp_path: Path, signum: signal.Signals
) -> None:
    paths = write_tiny_articles(tmp_path / "articles", 40)
    db = tmp_path / "store.sqlite"
    release = threading.Event()

    def model(request: ReceivedRequest) -> Reply:
        release.wait(60)
        return grounded(request)

    with FakeOpenAI(default=model, latency=0.02) as server:
        environment = run_environment(server.base_url) | {"SUMMARIZE_TIMEOUT": "90"}
        parent = start_run(tmp_path / "articles", db, environment)
        try:
            wait_until(parent, lambda: len(server.requests) >= 4, WAIT)
            children = children_of(parent.pid)
            assert len(children) == 2
            parent.send_signal(signum)
            _, errors = parent.communicate(timeout=WAIT)
        finally:
            release.set()
            if parent.poll() is None:
                parent.kill()
        assert parent.returncode == 128 + signum, errors
        assert "interrupted" in errors and "Traceback" not in errors, errors
        for child in children:  # every child is gone
            assert (
                not Path(f"/proc/{child}").exists()
                or "zombie" in Path(f"/proc/{child}/status").read_text()
            )
        # SIGTERM as well as SIGINT: each child released its claims for the re-run.
        assert query_count(db, "SELECT count(*) FROM claims WHERE status = 'running'") == 0
        again = run_to_end(tmp_path / "articles", db, environment)
    assert again.returncode == 0, again.stderr
    from summarize.store import Store

    with Store(db, readonly=True) as store:
        assert sorted(a.source for a in store.articles()) == sorted(paths)


def test_the_model_flags_reach_every_worker_process(tmp_path: Path) -> None:
    """The workers get the model flags from the parent's command line alone (the environment
    names no endpoint and no timeout here): their requests carry --model and --max-tokens to
    --base-url, an answer slower than --timeout fails with it, and what --record saved is
    served by a --replay run once the server is gone."""
    paths = write_tiny_articles(tmp_path / "articles", 8)
    slow = Path(paths[0])  # its answer comes after --timeout
    environment = {
        name: value
        for name, value in run_environment("unused").items()
        if name not in {"SUMMARIZE_BASE_URL", "SUMMARIZE_TIMEOUT"}
    } | {"SUMMARIZE_TRANSPORT_ATTEMPTS": "1"}  # the slow article fails on its first timeout
    recordings = tmp_path / "recordings"

    def model(request: ReceivedRequest) -> Reply:
        if "dispatch number 0 from" in (request.article_text() or ""):
            return hang(10)
        return grounded(request)

    with FakeOpenAI(default=model, latency=0.02) as server:
        flags = ["--model", "flag-model", "--base-url", server.base_url, "--max-tokens", "1234"]
        recorded = run_to_end(
            tmp_path / "articles",
            tmp_path / "recorded.sqlite",
            environment,
            *flags,
            "--backend",
            "openai",
            "--timeout",
            "2.5",
            "--record",
            str(recordings),
        )
        requests = list(server.requests)

    assert recorded.returncode == 1, recorded.stderr
    failures = [line for line in recorded.stderr.splitlines() if line.startswith("failed: ")]
    assert len(failures) == 1 and str(slow) in failures[0], recorded.stderr
    assert "2.5s" in failures[0], failures[0]
    assert len(requests) >= len(paths)
    assert {(r.body["model"], r.body["max_tokens"]) for r in requests} == {("flag-model", 1234)}
    slow.unlink()
    replayed = run_to_end(
        tmp_path / "articles",
        tmp_path / "replayed.sqlite",
        environment,
        *flags,
        "--replay",
        str(recordings),
    )
    assert replayed.returncode == 0, replayed.stderr
    assert "7 articles: 7 succeeded (0 cached), 0 failed" in summary_line(replayed.stderr)


def test_the_backend_and_model_path_reach_every_worker_process(tmp_path: Path) -> None:
    write_tiny_articles(tmp_path / "articles", 2)
    absent = tmp_path / "absent.gguf"
    ran = run_to_end(
        tmp_path / "articles",
        tmp_path / "store.sqlite",
        run_environment("http://127.0.0.1:9/v1"),  # not asked: the local backend has no endpoint
        "--backend",
        "local",
        "--model-path",
        str(absent),
    )
    # Bad input in every worker: exit 2, as one process would, with each worker's reason.
    assert ran.returncode == 2, ran.stderr
    assert ran.stderr.count(f"error: model file not found: {absent}") == 2, ran.stderr


@pytest.mark.parametrize(
    ("flags", "message"),
    [
        (["--processes", "0"], "--processes must be at least 1"),
        (["--processes", "5", "--concurrency", "4"], "more than --concurrency 4"),
        (["--processes", "2", "--concurrency", "65"], "--concurrency must be between 1 and 64"),
        (["--processes", "2", "--batch"], "not --batch"),
        (["--processes", "2", "https://example.org/a.html"], "article files only"),
        (["--processes", "2", "--article-timeout", "0"], "--article-timeout must be more than 0"),
    ],
)
def test_bad_values_are_usage_errors(tmp_path: Path, flags: list[str], message: str) -> None:
    from typer.testing import CliRunner

    from summarize.cli import app

    folder = tmp_path / "articles"
    write_tiny_articles(folder, 1)
    db = tmp_path / "s.sqlite"
    result = CliRunner().invoke(app, ["run", str(folder), "--db", str(db), *flags])
    assert result.exit_code == 2, result.output
    assert message in " ".join(result.output.split()), result.output
    assert "Traceback" not in result.output


def test_sharing_out() -> None:
    assert split_concurrency(10, 3) == [4, 3, 3]
    assert split_concurrency(64, 2) == [32, 32]
    assert walking_order(["a", "b", "c", "d"], 1, 2) == ["c", "d", "a", "b"]
    from summarize.cli._processes import ChildResult
    from summarize.pipeline import ArticleOutcome, CallTotals

    one = ChildResult(
        [
            ArticleOutcome("a", "extracted", usage=CallTotals(1, 10, 5)),
            ArticleOutcome("b", "cached"),
        ],
        {},
    )
    two = ChildResult([ArticleOutcome("a", "cached"), ArticleOutcome("b", "failed", "x")], {})
    merged = merge_outcomes(["a", "b", "c"], [one, two], "not finished")
    assert [(o.source, o.status) for o in merged.outcomes] == [
        ("a", "extracted"),
        ("b", "failed"),
        ("c", "failed"),
    ]
    assert merged.usage == CallTotals(1, 10, 5)


class FakeChild:
    """Enough of subprocess.Popen for SignalForwarder: a running child that records signals."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.signals: list[int] = []

    def poll(self) -> int | None:
        return None

    def send_signal(self, signum: int) -> None:
        self.signals.append(signum)


def test_a_signal_while_children_start_reaches_every_child() -> None:
    """A child started after the handler ran (the signal came while it was being started) is
    sent the signal when the start loop ends; no child is sent one twice."""
    from summarize.cli._processes import SignalForwarder

    first, second = FakeChild(1), FakeChild(2)
    children: list[Any] = [first]
    forwarder = SignalForwarder(children)
    forwarder.handle(signal.SIGTERM, None)
    children.append(second)  # started while the handler ran
    forwarder.catch_up()
    assert first.signals == [signal.SIGTERM] and second.signals == [signal.SIGTERM]
    forwarder.handle(signal.SIGINT, None)
    forwarder.catch_up()
    assert first.signals == second.signals == [signal.SIGTERM, signal.SIGINT]
    assert forwarder.received == [signal.SIGTERM, signal.SIGINT]
