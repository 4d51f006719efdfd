"""Client CPU and throughput on the LLM path, one process and `run --processes`, against the fake
server (300 ms per request, in its own process).

    PYTHONPATH=. .venv/bin/python benchmarks/processes_bench.py                 # 400 articles
    PYTHONPATH=. .venv/bin/python benchmarks/processes_bench.py --articles 200

In-process rows: `llm_bench.time_batch` (run_batch in this process, after a 10-article warm-up so
imports are not counted) at concurrency 1 (a tenth of the articles), 8, 32 and 64; client CPU is
this process's CPU per article, with the batch's helper process (summarize.offload; at
concurrency 32 and 64) and its share beside it. Command rows: `summarize run FOLDER
--concurrency C --processes P` as a child process into a fresh SQLite store, for C = 32, 64 and
P = 1, 2; the wall time is from launch to exit and includes each process's start-up (imports,
opening the store), measured on its own with a one-article run and shown beside the ideal.
Client CPU per article there is all the command's CPU (parent and workers) less the start-up
CPU of each process, over the articles.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

import typer

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from articles import write_distinct_articles
from llm_bench import time_batch
from server import ServerProcess
from workers_bench import children_cpu, environment, worker_command

LATENCY = 0.3
RUN_TIMEOUT = 600.0


@dataclass(frozen=True)
class CommandTiming:
    seconds: float
    cpu: float
    exit_code: int


def run_command(
    folder: Path, db: Path, concurrency: int, processes: int, base_url: str
) -> CommandTiming:
    command = [*worker_command(folder, str(db), concurrency), "--processes", str(processes)]
    cpu = children_cpu()
    started = time.perf_counter()
    done = subprocess.run(
        command, env=environment(base_url), capture_output=True, text=True, timeout=RUN_TIMEOUT
    )
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        print(f"run exited {done.returncode}: {done.stderr.strip()[-800:]}", file=sys.stderr)
    return CommandTiming(seconds, children_cpu() - cpu, done.returncode)


def main(
    articles: Annotated[int, typer.Option(help="Articles per row.")] = 400,
    in_process: Annotated[bool, typer.Option(help="The in-process rows.")] = True,
    commands: Annotated[bool, typer.Option(help="The `run --processes` rows.")] = True,
) -> None:
    load = os.getloadavg()
    print(f"{os.cpu_count()} cores; load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    with tempfile.TemporaryDirectory() as temp, ServerProcess(latency=LATENCY) as server:
        work = Path(temp)
        if in_process:
            warm = write_distinct_articles(work / "warm", 10)
            time_batch(warm, server, 8, work / "warm.sqlite", LATENCY)
            print(
                "| in process: concurrency | articles | wall | ideal | % of ideal | "
                "client CPU/article (of it, the helper's) | requests |"
            )
            print("| --- | --- | --- | --- | --- | --- | --- |")
            for concurrency in (1, 8, 32, 64):
                count = articles // 10 if concurrency == 1 else articles
                paths = write_distinct_articles(work / f"in-{concurrency}", count)
                t = time_batch(
                    paths, server, concurrency, work / f"in-{concurrency}.sqlite", LATENCY
                )
                print(
                    f"| {concurrency} | {count} | {t.seconds:.2f} s | {t.ideal_seconds:.2f} s | "
                    f"{100 * t.efficiency:.0f}% | {1000 * t.cpu_seconds / count:.1f} ms "
                    f"({1000 * t.helper_cpu_seconds / count:.1f} ms) | "
                    f"{t.requests} ({t.failed} failed) |",
                    flush=True,
                )
        if commands:
            one = work / "one"
            write_distinct_articles(one, 1)
            start = run_command(one, work / "one.sqlite", 1, 1, server.base_url)
            startup_wall = max(start.seconds - LATENCY, 0.0)
            startup_cpu = start.cpu
            print(f"\none process's start-up: {startup_wall:.2f} s wall, {startup_cpu:.2f} s CPU")
            print(
                "| command: concurrency x processes | wall | ideal (+ start-up) | % of ideal "
                "(of ideal + start-up) | client CPU/article (all / less start-up) | requests |"
            )
            print("| --- | --- | --- | --- | --- | --- |")
            folder = work / "articles"
            write_distinct_articles(folder, articles)
            for concurrency in (32, 64):
                for processes in (1, 2):
                    before = server.count()
                    db = work / f"c{concurrency}-p{processes}.sqlite"
                    t = run_command(folder, db, concurrency, processes, server.base_url)
                    ideal = articles * LATENCY / concurrency
                    with_start = ideal + startup_wall
                    net_cpu = t.cpu - processes * startup_cpu
                    failed = f", exit {t.exit_code}" if t.exit_code else ""
                    print(
                        f"| {concurrency} x {processes} | {t.seconds:.2f} s | {ideal:.2f} s "
                        f"({with_start:.2f} s) | {100 * ideal / t.seconds:.0f}% "
                        f"({100 * with_start / t.seconds:.0f}%) | {1000 * t.cpu / articles:.1f} / "
                        f"{1000 * net_cpu / articles:.1f} ms | {server.count() - before}{failed} |",
                        flush=True,
                    )
    load = os.getloadavg()
    print(f"load average at the end {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")


if __name__ == "__main__":
    typer.run(main)
