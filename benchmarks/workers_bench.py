"""Several `summarize run` worker processes on one store, against the fake server (300 ms).

    .venv/bin/python benchmarks/workers_bench.py                # 300 articles, 1-3 workers
    .venv/bin/python benchmarks/workers_bench.py --articles 150 --concurrency 8

For 1, 2 and 3 workers on one PostgreSQL store (scripts/postgres.sh: a throwaway server on
localhost; skipped when it cannot start) and then on one SQLite file, every worker runs
`summarize run FOLDER --db STORE --concurrency C` over the same folder, all started at once.
Printed per row: wall time from launch to the last exit, articles stored, requests the server
got (more than the articles means an article was extracted twice), articles/s, and the ideal
rate `workers x concurrency / latency`. A worker's start-up (imports, opening the store) is
paid once per run and not spread over many articles in a short run, so the ideal wall time
printed beside it adds the measured start-up of one worker (a run over one article, less one
latency) to `articles x latency / (workers x concurrency)`.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

import typer

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from articles import write_distinct_articles
from llm_bench import UNUSED_KEY
from postgres_server import PostgresUnavailable, throwaway_postgres
from server import ServerProcess

ROOT = Path(__file__).resolve().parent.parent
LATENCY = 0.3
RUN_TIMEOUT = 300.0  # seconds: a hung worker fails the benchmark instead of holding it


@dataclass(frozen=True)
class WorkersTiming:
    store: str  # "postgresql" or "sqlite"
    workers: int
    concurrency: int
    articles: int
    stored: int
    requests: int
    seconds: float
    startup: float  # one worker's start-up, measured on its own
    failed_workers: int
    worker_cpu: float  # seconds of CPU, all workers together (start-up included)
    server_cpu: float  # seconds of CPU of the fake server's process

    @property
    def cpu_floor(self) -> float:
        """The wall time the CPU work alone needs on this machine's cores (PostgreSQL's own
        processes not counted)."""
        return (self.worker_cpu + self.server_cpu) / (os.cpu_count() or 1)

    @property
    def rate(self) -> float:
        return self.stored / self.seconds

    @property
    def ideal_rate(self) -> float:
        """Every worker keeps `concurrency` requests in flight, each taking `LATENCY`."""
        return self.workers * self.concurrency / LATENCY

    @property
    def ideal_seconds(self) -> float:
        return self.startup + self.articles / self.ideal_rate


def environment(base_url: str) -> dict[str, str]:
    """This process's environment without summarize's settings, pointed at the fake server."""
    kept = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("SUMMARIZE_") and key not in {"OPENAI_API_KEY", "OPENAI_BASE_URL"}
    }
    python_path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    return kept | {
        "OPENAI_API_KEY": UNUSED_KEY,
        "SUMMARIZE_BASE_URL": base_url,
        "SUMMARIZE_TIMEOUT": "30",
        "SUMMARIZE_RETRY_INITIAL_WAIT": "0.01",
        "SUMMARIZE_RETRY_MAX_WAIT": "0.05",
        "PYTHONPATH": python_path,
    }


def worker_command(folder: Path, store: str, concurrency: int) -> list[str]:
    code = "from summarize.cli import main; main()"
    run = ["run", str(folder), "--db", store, "--concurrency", str(concurrency)]
    return [sys.executable, "-c", code, *run]


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def process_cpu(pid: int | None) -> float:
    """A process's CPU seconds so far, from /proc (0 where there is no /proc)."""
    stat = Path(f"/proc/{pid}/stat")
    if pid is None or not stat.exists():
        return 0.0
    fields = stat.read_text().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run_workers(
    workers: int, folder: Path, store: str, concurrency: int, env: dict[str, str]
) -> tuple[float, int]:
    """Start `workers` runs at once; the wall time until the last exits, and how many failed."""
    started = time.perf_counter()
    processes = [
        subprocess.Popen(
            worker_command(folder, store, concurrency),
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(workers)
    ]
    failed = 0
    for process in processes:
        try:
            _, errors = process.communicate(timeout=RUN_TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
            _, errors = process.communicate()
        if process.returncode != 0:
            failed += 1
            print(f"worker exited {process.returncode}: {errors.strip()[-500:]}", file=sys.stderr)
    return time.perf_counter() - started, failed


def stored_articles(store: str) -> int:
    if store.startswith("postgresql://"):
        import psycopg

        with psycopg.connect(store) as connection:
            row = connection.execute("SELECT count(*) FROM articles").fetchone()
    else:
        import sqlite3

        with sqlite3.connect(store) as connection:
            row = connection.execute("SELECT count(*) FROM articles").fetchone()
    return int(row[0]) if row else 0


@contextmanager
def postgres_server() -> Iterator[str | None]:
    """A throwaway server's URL (tests/postgres_server.py), or None when it cannot start."""
    with ExitStack() as stack:
        try:
            url = stack.enter_context(throwaway_postgres())
        except PostgresUnavailable as why:
            print(f"PostgreSQL rows skipped: {why}", file=sys.stderr)
            url = None
        yield url


def fresh_database(server_url: str) -> str:
    import psycopg

    name = f"workers_bench_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server_url, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    base, _, _ = server_url.rpartition("/")
    return f"{base}/{name}"


def time_workers(
    kind: str,
    new_store: Sequence[str],
    workers_counts: Sequence[int],
    folder: Path,
    one_article: Path,
    server: ServerProcess,
    concurrency: int,
    articles: int,
) -> list[WorkersTiming]:
    """`new_store[0]` for the start-up run, then one fresh store per worker count."""
    env = environment(server.base_url)
    seconds, _ = run_workers(1, one_article, new_store[0], concurrency, env)
    startup = max(seconds - LATENCY, 0.0)
    timings = []
    for workers, store in zip(workers_counts, new_store[1:], strict=True):
        before, cpu, server_cpu = server.count(), children_cpu(), process_cpu(server.pid)
        seconds, failed = run_workers(workers, folder, store, concurrency, env)
        timing = WorkersTiming(
            store=kind,
            workers=workers,
            concurrency=concurrency,
            articles=articles,
            stored=stored_articles(store),
            requests=server.count() - before,
            seconds=seconds,
            startup=startup,
            failed_workers=failed,
            worker_cpu=children_cpu() - cpu,
            server_cpu=process_cpu(server.pid) - server_cpu,
        )
        print(row(timing), flush=True)
        timings.append(timing)
    return timings


HEADER = (
    "| store | workers x concurrency | wall | ideal wall (start-up + articles x 300 ms / "
    "in flight) | articles/s | ideal articles/s | % of ideal rate | CPU: workers + server "
    "(floor on this machine's cores) | stored / requests |\n"
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"
)


def row(t: WorkersTiming) -> str:
    failed = f", {t.failed_workers} worker(s) failed" if t.failed_workers else ""
    return (
        f"| {t.store} | {t.workers} x {t.concurrency} | {t.seconds:.2f} s | "
        f"{t.ideal_seconds:.2f} s (start-up {t.startup:.2f} s) | {t.rate:.1f} | "
        f"{t.ideal_rate:.1f} | {100 * t.rate / t.ideal_rate:.0f}% | "
        f"{t.worker_cpu:.1f} s + {t.server_cpu:.1f} s ({t.cpu_floor:.2f} s) | "
        f"{t.stored}/{t.articles} / {t.requests}{failed} |"
    )


def main(
    articles: Annotated[int, typer.Option(help="Articles per run.")] = 300,
    concurrency: Annotated[int, typer.Option(help="--concurrency of each worker.")] = 16,
    max_workers: Annotated[int, typer.Option(help="Runs with 1..N workers.")] = 3,
    sqlite: Annotated[bool, typer.Option(help="Also the SQLite rows.")] = True,
) -> None:
    counts = list(range(1, max_workers + 1))
    with tempfile.TemporaryDirectory() as temp:
        work = Path(temp)
        folder = work / "articles"
        write_distinct_articles(folder, articles)
        one = work / "one"
        one.mkdir()
        (one / "article.txt").write_text(
            (folder / "article_0000.txt").read_text(encoding="utf-8"), encoding="utf-8"
        )
        print(HEADER, flush=True)
        with ServerProcess(latency=LATENCY) as server:
            with postgres_server() as pg:
                if pg is not None:
                    stores = [fresh_database(pg) for _ in range(len(counts) + 1)]
                    time_workers(
                        "postgresql", stores, counts, folder, one, server, concurrency, articles
                    )
            if sqlite:
                files = [str(work / f"store_{n}.sqlite") for n in range(len(counts) + 1)]
                time_workers("sqlite", files, counts, folder, one, server, concurrency, articles)


if __name__ == "__main__":
    typer.run(main)
