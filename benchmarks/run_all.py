"""Every benchmark, one table: each figure beside its ideal or reference, as a ratio.

    .venv/bin/python benchmarks/run_all.py           # full run (~12 min): writes BENCHMARKS.md
    .venv/bin/python benchmarks/run_all.py --quick   # smaller sizes (~4 min): prints only

The model is the tests' fake OpenAI server with a fixed latency per request, so the figures
measure this tool (client, pipeline, store), never a model. Each stage runs in its own process
group with a time limit: one still running at its limit is stopped and reported as not
finished (with the rows it had finished), one that fails is reported with its error.
"""

from __future__ import annotations

import json
import os
import platform
import re
import signal
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import typer
from articles import seed_texts, write_distinct_articles
from llm_bench import BatchTiming, prompt_overhead, structured_modes, time_batch
from merge_bench import STAGES, MergeTiming, time_merge
from rich.console import Console
from rich.table import Table
from server import ServerProcess
from stages import Row, batch_rows, fault_rows, kill_resume_rows, long_article_rows, verdict
from tokens import tokenizer_name

ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = ROOT / "seeds"
REPORT = ROOT / "BENCHMARKS.md"
RESULTS_START = "<!-- results:start (written by benchmarks/run_all.py) -->"
RESULTS_END = "<!-- results:end -->"
LATENCY = 0.3
THROUGHPUT_TARGET = 0.90  # of ideal, at concurrency 32 and above
CPU_TARGET_MS = 6.0  # client CPU per article
CACHE_TARGET = 0.05  # second run's time over the first's
LINEAR_SCALING_TARGET = 1.5  # time at N over 10 x time at N/10; 1.0 is linear
RULES_MIN_RATE = 100.0  # articles/s: rules_speed.py's own gate

console = Console(width=None if sys.stdout.isatty() else 180)


@dataclass(frozen=True)
class Size:
    """How big each benchmark is, and how long each stage may take (seconds)."""

    name: str
    articles: dict[int, int]  # per concurrency
    merged: int
    merge_time_limit: float  # per merge child (merge_bench.py)
    long_words: int
    batch_articles: int
    fault_articles: int
    resume_articles: int
    stage_limit: float


FULL = Size(
    name="full",
    articles={1: 200, 8: 200, 32: 400, 64: 800},
    merged=10_000,
    merge_time_limit=300.0,
    long_words=50_000,
    batch_articles=200,
    fault_articles=200,
    resume_articles=48,
    stage_limit=300.0,
)
QUICK = Size(
    name="quick",
    articles={1: 16, 8: 64, 32: 128, 64: 256},
    merged=2_000,
    merge_time_limit=60.0,
    long_words=50_000,
    batch_articles=50,
    fault_articles=48,
    resume_articles=16,
    stage_limit=120.0,
)
SIZES = {size.name: size for size in (FULL, QUICK)}
FAULT_LATENCY = 0.1  # under tests/test_faults.py's 0.4 s request timeout, with room for load
RESUME_LATENCY = 0.05
FAULT_CONCURRENCY = 8


# --- the benchmarks -------------------------------------------------------------------------


def throughput_row(timing: BatchTiming) -> Row:
    targeted = timing.concurrency >= 32
    cpu_ms = 1000 * timing.cpu_seconds / timing.articles
    return Row(
        figure=f"throughput, concurrency {timing.concurrency}",
        measured=f"{timing.seconds:.2f} s for {timing.articles} articles "
        f"({timing.requests} requests, {timing.failed} failed; "
        f"client CPU {cpu_ms:.1f} ms/article{helper_part(timing)})",
        reference=f"ideal {timing.ideal_seconds:.2f} s "
        f"({timing.articles} x {timing.latency * 1000:.0f} ms / {timing.concurrency})",
        ratio=f"{timing.efficiency:.0%} of ideal",
        target=f">= {THROUGHPUT_TARGET:.0%}" if targeted else "",
        verdict=verdict(timing.efficiency >= THROUGHPUT_TARGET if targeted else None),
    )


def helper_part(timing: BatchTiming) -> str:
    """The helper process's share of the client CPU, when the batch had one."""
    if not timing.helper_cpu_seconds:
        return ""
    return f", of which {1000 * timing.helper_cpu_seconds / timing.articles:.1f} in the helper"


def throughput_rows(timings: Sequence[BatchTiming]) -> list[Row]:
    rows = [throughput_row(timing) for timing in timings]
    rows.append(cpu_row(max(timings, key=lambda t: t.concurrency)))
    return rows


def cpu_row(top: BatchTiming) -> Row:
    cpu_ms = 1000 * top.cpu_seconds / top.articles
    return Row(
        figure=f"client CPU per article, concurrency {top.concurrency}",
        measured=f"{cpu_ms:.1f} ms/article ({top.cpu_seconds:.2f} s CPU for {top.articles}"
        f"{helper_part(top)})",
        reference=f"{1000 * top.latency / top.concurrency:.1f} ms: one article's share of "
        "the wall time at ideal throughput",
        ratio=f"x{cpu_ms / CPU_TARGET_MS:.2f} of target",
        target=f"<= {CPU_TARGET_MS:.0f} ms",
        verdict=verdict(cpu_ms <= CPU_TARGET_MS),
    )


def cache_row(first: BatchTiming, second: BatchTiming) -> Row:
    share = second.seconds / first.seconds
    ok = share < CACHE_TARGET and second.requests == 0 and second.cached == second.articles
    return Row(
        figure="cache: same batch again",
        measured=f"{second.seconds:.3f} s, {second.requests} model calls, "
        f"{second.cached}/{second.articles} cached",
        reference=f"first run {first.seconds:.2f} s, {first.requests} model calls",
        ratio=f"{share:.1%} of first",
        target=f"< {CACHE_TARGET:.0%}, 0 calls",
        verdict=verdict(ok),
    )


def overhead_rows(server: ServerProcess, paths: Sequence[str]) -> list[Row]:
    rows = []
    for mode in structured_modes():
        overhead = prompt_overhead(server, mode, paths)
        per_article = overhead.sent_tokens / len(paths)
        rows.append(
            Row(
                figure=f"prompt overhead, mode {mode}",
                measured=f"{per_article:.0f} tokens sent/article "
                f"({overhead.requests} requests for {len(paths)} articles)",
                reference=f"article alone {overhead.article_tokens / len(paths):.0f} tokens",
                ratio=f"x{overhead.ratio:.2f}",
                target="",
                verdict="",
            )
        )
    return rows


def merge_rows(large: MergeTiming, small: MergeTiming, limit: float) -> list[Row]:
    rows = []
    scale = large.extractions / small.extractions
    for stage in STAGES:
        if stage not in large.seconds:
            measured = f"not finished within {limit:.0f} s" if stage == large.unfinished else "-"
            reference = small.seconds.get(stage)
            rows.append(
                Row(
                    f"{stage}, {large.extractions:,} extractions",
                    measured,
                    f"linear from {small.extractions:,}: {scale * reference:.2f} s"
                    if reference
                    else f"not finished at {small.extractions:,} either",
                    "",
                    f"<= x{LINEAR_SCALING_TARGET}",
                    "not finished",
                )
            )
            continue
        seconds, reference = large.seconds[stage], small.seconds.get(stage)
        ratio = seconds / (scale * reference) if reference else None
        rows.append(
            Row(
                figure=f"{stage}, {large.extractions:,} extractions",
                measured=f"{seconds:.2f} s",
                reference=f"linear from {small.extractions:,}: {scale * reference:.2f} s"
                if reference
                else "",
                ratio=f"x{ratio:.1f} of linear" if ratio is not None else "",
                target=f"<= x{LINEAR_SCALING_TARGET}",
                verdict=verdict(ratio <= LINEAR_SCALING_TARGET if ratio is not None else None),
            )
        )
    rows.append(
        Row(
            figure=f"peak memory, {large.extractions:,} extractions",
            measured=f"{large.peak_rss_mib:.0f} MiB RSS"
            + ("" if large.complete else f" (until {large.unfinished} was stopped)"),
            reference=f"{large.baseline_rss_mib:.0f} MiB before loading",
            ratio=f"+{large.peak_rss_mib - large.baseline_rss_mib:.0f} MiB",
            target="",
            verdict="",
        )
    )
    return rows


def rules_row() -> Row:
    """Runs the rules engineer's benchmarks/rules_speed.py as it is and reads its line."""
    script = Path(__file__).resolve().parent / "rules_speed.py"
    if not script.exists():
        return Row("rules extractor", "rules_speed.py not found", "", "", "", "")
    done = subprocess.run(
        [sys.executable, str(script), "--min-rate", str(RULES_MIN_RATE)],
        capture_output=True,
        text=True,
        check=False,
    )
    found = re.search(r"([\d.]+) articles/s", done.stdout)
    if found is None:
        return Row("rules extractor", f"no rate: {done.stderr.strip()[-200:]}", "", "", "", "FAIL")
    rate = float(found.group(1))
    return Row(
        figure="rules extractor",
        measured=done.stdout.strip(),
        reference=f"{RULES_MIN_RATE:.0f} articles/s (its --min-rate gate)",
        ratio=f"x{rate / RULES_MIN_RATE:.1f}",
        target=">= x1",
        verdict=verdict(rate >= RULES_MIN_RATE),
    )


# --- running and reporting ------------------------------------------------------------------


def _emit(row: Row) -> None:
    """A stage's row, as one JSON line on stdout (read by the parent as the stage goes)."""
    print(json.dumps(asdict(row)), flush=True)


def _progress(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def stage_throughput(size: Size, work: Path) -> Iterator[Row]:
    paths = write_distinct_articles(work / "articles", max(size.articles.values()))
    timings: dict[int, BatchTiming] = {}
    with ServerProcess(latency=LATENCY) as server:
        for concurrency, count in sorted(size.articles.items()):
            _progress(f"throughput: {count} articles at concurrency {concurrency}")
            db = work / f"throughput_{concurrency}.sqlite"
            timings[concurrency] = time_batch(paths[:count], server, concurrency, db, LATENCY)
            yield throughput_row(timings[concurrency])
        yield cpu_row(timings[max(timings)])
        _progress("cache: the concurrency 8 batch again")
        first = timings[8]
        again = time_batch(
            paths[: first.articles], server, 8, work / "throughput_8.sqlite", LATENCY
        )
        yield cache_row(first, again)


def stage_overhead(size: Size, work: Path) -> Iterator[Row]:
    seeds = sorted(str(path) for path in SEEDS_DIR.glob("*.txt"))
    with ServerProcess(latency=0.0) as server:
        yield from overhead_rows(server, seeds)


def stage_merge(size: Size, work: Path) -> list[Row]:
    small = time_merge(work / "merge_small.sqlite", size.merged // 10, size.merge_time_limit)
    large = time_merge(work / "merge_large.sqlite", size.merged, size.merge_time_limit)
    return merge_rows(large, small, size.merge_time_limit)


WORKERS_NOT_RUN = Row(
    figure="workers 1/2/3 on PostgreSQL and SQLite",
    measured="not run here: `benchmarks/workers_bench.py` (~1 min, needs PostgreSQL)",
    reference='see "Several worker processes on one store" below',
    ratio="",
    target="",
    verdict="",
)

# name -> (what it measures, its rows, its time limit as a multiple of the size's stage limit).
# The child prints each row as soon as the stage yields it, so a stage stopped at its limit
# still reports the rows it finished.
STAGE_TABLE: dict[str, tuple[str, Callable[[Size, Path], Iterable[Row]], float]] = {
    "throughput": ("throughput at concurrency 1/8/32/64, client CPU, cache", stage_throughput, 1),
    "overhead": ("prompt overhead per structured-output mode", stage_overhead, 1),
    "long": (
        "a long article in chunks",
        lambda size, work: long_article_rows(size.long_words, LATENCY, work),
        0.5,
    ),
    "batch": (
        "the Batch API round trip (benchmarks/batch_bench.py)",
        lambda size, work: batch_rows(size.batch_articles),
        1,
    ),
    "faults": (
        "fault injection (tests/test_faults.py's flaky server)",
        lambda size, work: fault_rows(size.fault_articles, FAULT_CONCURRENCY, FAULT_LATENCY),
        1,
    ),
    "resume": (
        "kill and resume (summarize run, SIGKILL)",
        lambda size, work: kill_resume_rows(size.resume_articles, RESUME_LATENCY),
        1,
    ),
    "merge": ("merge and render of stored extractions", stage_merge, 3),
    "rules": ("rules extractor (benchmarks/rules_speed.py)", lambda size, work: [rules_row()], 1),
    "workers": ("workers (benchmarks/workers_bench.py)", lambda size, work: [WORKERS_NOT_RUN], 1),
}


def run_stage(name: str, size: Size, work: Path) -> list[Row]:
    """Run one stage in a child process group; its rows, then a row if it did not finish."""
    what, _, share = STAGE_TABLE[name]
    limit = share * size.stage_limit
    console.print(f"[dim]{what} (limit {limit:.0f} s)...[/]", highlight=False)
    errors_path = work / f"{name}.stderr"
    command = [sys.executable, __file__, "--stage", name, "--size", size.name, "--work", str(work)]
    with errors_path.open("w") as errors:
        child = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=errors, text=True, start_new_session=True
        )
        timed_out = False
        try:
            output, _ = child.communicate(timeout=limit)
        except subprocess.TimeoutExpired:
            timed_out = True
            os.killpg(child.pid, signal.SIGKILL)  # the stage and its fake server, nothing else
            output, _ = child.communicate()
    load = f"{os.getloadavg()[0]:.2f}"
    rows = [
        Row(**{**json.loads(line), "load": load})
        for line in output.splitlines()
        if line.startswith("{")
    ]
    if timed_out:
        rows.append(
            Row(what, f"not finished within {limit:.0f} s", "", "", "", "not finished", load)
        )
    elif child.returncode != 0:
        tail = errors_path.read_text(errors="replace").strip().splitlines()[-1:] or ["?"]
        rows.append(
            Row(
                what,
                f"stage failed (exit {child.returncode}): {tail[0][-200:]}",
                "",
                "",
                "",
                "FAIL",
                load,
            )
        )
    return rows


def machine() -> str:
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    cpu = "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        names = re.findall(r"model name\s*:\s*(.+)", cpuinfo.read_text())
        cpu = names[0].strip() if names else cpu
    return (
        f"{os.cpu_count()} cores ({cpu}), {memory:.0f} GiB memory, "
        f"Python {platform.python_version()} on {platform.system()} {platform.release()}"
    )


def load_note() -> str:
    load, cores = os.getloadavg()[0], os.cpu_count() or 1
    busy = " (over the core count: other work shared the machine)" if load > cores else ""
    return f"load average {load:.2f} at the end{busy}"


def table(rows: Sequence[Row]) -> Table:
    out = Table(show_lines=False)
    for column in ("figure", "measured", "reference", "ratio", "target", "verdict", "load"):
        out.add_column(column, overflow="fold")
    for row in rows:
        style = "red" if row.verdict in ("FAIL", "not finished") else None
        out.add_row(
            row.figure,
            row.measured,
            row.reference,
            row.ratio,
            row.target,
            row.verdict,
            row.load,
            style=style,
        )
    return out


def markdown(rows: Sequence[Row], quick: bool) -> str:
    def cell(text: str) -> str:
        return text.replace("|", "\\|")

    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        RESULTS_START,
        f"Run {when}{' (--quick sizes)' if quick else ''} on {machine()}; {load_note()}.",
        f"Token counts: {tokenizer_name()}. Fake-server latency: {LATENCY * 1000:.0f} ms/request "
        f"({FAULT_LATENCY * 1000:.0f} ms for fault injection, {RESUME_LATENCY * 1000:.0f} ms for "
        "kill and resume). Load: the 1-minute load average when each stage ended.",
        "",
        "| figure | measured | reference | ratio | target | verdict | load |",
        "| --- | --- | --- | --- | --- | --- | --- |",
        *(
            "| "
            + " | ".join(
                cell(c)
                for c in (r.figure, r.measured, r.reference, r.ratio, r.target, r.verdict, r.load)
            )
            + " |"
            for r in rows
        ),
        RESULTS_END,
    ]
    return "\n".join(lines)


def write_report(report: Path, results: str) -> None:
    """Replace the results block of `report`, keeping the hand-written analysis around it."""
    text = report.read_text(encoding="utf-8") if report.exists() else ""
    if RESULTS_START in text and RESULTS_END in text:
        before, rest = text.split(RESULTS_START, 1)
        after = rest.split(RESULTS_END, 1)[1]
        text = f"{before}{results}{after}"
    else:
        text = f"{text}\n{results}\n" if text else f"# Benchmarks\n\n{results}\n"
    report.write_text(text, encoding="utf-8")


def main(
    quick: Annotated[bool, typer.Option(help="Smaller sizes; about four minutes.")] = False,
    write: Annotated[
        bool | None, typer.Option(help="Write BENCHMARKS.md (default: only for full runs).")
    ] = None,
    report: Annotated[Path, typer.Option(help="Where the results go.")] = REPORT,
    only: Annotated[
        list[str] | None, typer.Option(help="Run only these stages (repeatable).")
    ] = None,
    stage: Annotated[str | None, typer.Option(hidden=True)] = None,
    size_name: Annotated[str, typer.Option("--size", hidden=True)] = "full",
    work_dir: Annotated[Path | None, typer.Option("--work", hidden=True)] = None,
) -> None:
    """Run every benchmark and print the table."""
    if stage is not None:  # a child: one stage, rows as JSON lines on stdout
        assert work_dir is not None
        for row in STAGE_TABLE[stage][1](SIZES[size_name], work_dir):
            _emit(row)
        return
    size = QUICK if quick else FULL
    names = only or list(STAGE_TABLE)
    unknown = [name for name in names if name not in STAGE_TABLE]
    if unknown:
        raise typer.BadParameter(f"unknown stage(s) {unknown}; known: {list(STAGE_TABLE)}")
    assert seed_texts(), f"no seed articles in {SEEDS_DIR}"
    console.print(f"machine: {machine()}", highlight=False)
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="summarize-bench-") as tmp:
        for name in names:
            rows += run_stage(name, size, Path(tmp))
    console.print(table(rows))
    if write if write is not None else (not quick and only is None):
        write_report(report, markdown(rows, quick))
        console.print(f"results written to {report}", highlight=False)
    failed = [row.figure for row in rows if row.verdict in ("FAIL", "not finished")]
    if failed:
        console.print(
            f"[red]missed targets or not finished:[/] {', '.join(failed)}", highlight=False
        )


if __name__ == "__main__":
    typer.run(main)
