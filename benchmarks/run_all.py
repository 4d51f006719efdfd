"""Every benchmark, one table: each figure beside its ideal or reference, as a ratio.

    .venv/bin/python benchmarks/run_all.py           # full run (~8 min): writes BENCHMARKS.md
    .venv/bin/python benchmarks/run_all.py --quick   # smaller sizes (~2 min): prints only

The model is the tests' fake OpenAI server in a child process with a fixed latency per request,
so the figures measure this tool (client, pipeline, store), never a model.
"""

from __future__ import annotations

import os
import platform
import re
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
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
    """How big each benchmark is: articles per concurrency, extractions merged, time limit."""

    articles: dict[int, int]
    merged: int
    merge_time_limit: float


FULL = Size(articles={1: 200, 8: 200, 32: 400, 64: 800}, merged=10_000, merge_time_limit=300.0)
QUICK = Size(articles={1: 16, 8: 64, 32: 128, 64: 256}, merged=2_000, merge_time_limit=60.0)


@dataclass(frozen=True)
class Row:
    figure: str
    measured: str
    reference: str
    ratio: str
    target: str
    verdict: str  # "pass", "FAIL" or "" (no target: for information)


def _verdict(ok: bool | None) -> str:
    return "" if ok is None else ("pass" if ok else "FAIL")


# --- the benchmarks -------------------------------------------------------------------------


def throughput_rows(timings: Sequence[BatchTiming]) -> list[Row]:
    rows = []
    for timing in timings:
        targeted = timing.concurrency >= 32
        cpu_ms = 1000 * timing.cpu_seconds / timing.articles
        rows.append(
            Row(
                figure=f"throughput, concurrency {timing.concurrency}",
                measured=f"{timing.seconds:.2f} s for {timing.articles} articles "
                f"({timing.requests} requests, {timing.failed} failed; "
                f"client CPU {cpu_ms:.1f} ms/article)",
                reference=f"ideal {timing.ideal_seconds:.2f} s "
                f"({timing.articles} x {timing.latency * 1000:.0f} ms / {timing.concurrency})",
                ratio=f"{timing.efficiency:.0%} of ideal",
                target=f">= {THROUGHPUT_TARGET:.0%}" if targeted else "",
                verdict=_verdict(timing.efficiency >= THROUGHPUT_TARGET if targeted else None),
            )
        )
    top = max(timings, key=lambda t: t.concurrency)
    cpu_ms = 1000 * top.cpu_seconds / top.articles
    rows.append(
        Row(
            figure=f"client CPU per article, concurrency {top.concurrency}",
            measured=f"{cpu_ms:.1f} ms/article ({top.cpu_seconds:.2f} s CPU for {top.articles})",
            reference=f"{1000 * top.latency / top.concurrency:.1f} ms: one article's share of "
            "the wall time at ideal throughput",
            ratio=f"x{cpu_ms / CPU_TARGET_MS:.2f} of target",
            target=f"<= {CPU_TARGET_MS:.0f} ms",
            verdict=_verdict(cpu_ms <= CPU_TARGET_MS),
        )
    )
    return rows


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
        verdict=_verdict(ok),
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
            rows.append(
                Row(f"{stage}, {large.extractions:,} extractions", measured, "", "", "", "FAIL")
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
                verdict=_verdict(ratio <= LINEAR_SCALING_TARGET if ratio is not None else None),
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
        verdict=_verdict(rate >= RULES_MIN_RATE),
    )


# --- running and reporting ------------------------------------------------------------------


def _step(title: str) -> None:
    console.print(f"[dim]{title}...[/]", highlight=False)


def llm_rows(size: Size, work: Path) -> list[Row]:
    most = max(size.articles.values())
    paths = write_distinct_articles(work / "articles", most)
    seeds = sorted(str(path) for path in SEEDS_DIR.glob("*.txt"))
    timings: dict[int, BatchTiming] = {}
    with ServerProcess(latency=LATENCY) as server:
        for concurrency, count in sorted(size.articles.items()):
            _step(f"throughput: {count} articles at concurrency {concurrency}")
            db = work / f"throughput_{concurrency}.sqlite"
            timings[concurrency] = time_batch(paths[:count], server, concurrency, db, LATENCY)
        _step("cache: the concurrency 8 batch again")
        first = timings[8]
        again = time_batch(
            paths[: first.articles], server, 8, work / "throughput_8.sqlite", LATENCY
        )
    with ServerProcess(latency=0.0) as server:
        _step("prompt overhead per structured-output mode")
        overhead = overhead_rows(server, seeds)
    return [*throughput_rows(list(timings.values())), cache_row(first, again), *overhead]


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
    for column in ("figure", "measured", "reference", "ratio", "target", "verdict"):
        out.add_column(column, overflow="fold")
    for row in rows:
        style = "red" if row.verdict == "FAIL" else None
        out.add_row(
            row.figure, row.measured, row.reference, row.ratio, row.target, row.verdict, style=style
        )
    return out


def markdown(rows: Sequence[Row], quick: bool) -> str:
    def cell(text: str) -> str:
        return text.replace("|", "\\|")

    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        RESULTS_START,
        f"Run {when}{' (--quick sizes)' if quick else ''} on {machine()}; {load_note()}.",
        f"Token counts: {tokenizer_name()}. Fake-server latency: {LATENCY * 1000:.0f} ms/request.",
        "",
        "| figure | measured | reference | ratio | target | verdict |",
        "| --- | --- | --- | --- | --- | --- |",
        *(
            "| "
            + " | ".join(
                cell(c) for c in (r.figure, r.measured, r.reference, r.ratio, r.target, r.verdict)
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
    quick: Annotated[bool, typer.Option(help="Smaller sizes; about a minute.")] = False,
    write: Annotated[
        bool | None, typer.Option(help="Write BENCHMARKS.md (default: only for full runs).")
    ] = None,
    report: Annotated[Path, typer.Option(help="Where the results go.")] = REPORT,
) -> None:
    """Run every benchmark and print the table."""
    size = QUICK if quick else FULL
    assert seed_texts(), f"no seed articles in {SEEDS_DIR}"
    console.print(f"machine: {machine()}", highlight=False)
    with tempfile.TemporaryDirectory(prefix="summarize-bench-") as tmp:
        work = Path(tmp)
        rows = llm_rows(size, work)
        _step(f"merge and render: {size.merged:,} stored extractions")
        small = time_merge(work / "merge_small.sqlite", size.merged // 10, size.merge_time_limit)
        large = time_merge(work / "merge_large.sqlite", size.merged, size.merge_time_limit)
        rows += merge_rows(large, small, size.merge_time_limit)
    _step("rules extractor (benchmarks/rules_speed.py)")
    rows.append(rules_row())
    console.print(table(rows))
    if write if write is not None else not quick:
        write_report(report, markdown(rows, quick))
        console.print(f"results written to {report}", highlight=False)
    failed = [row.figure for row in rows if row.verdict == "FAIL"]
    if failed:
        console.print(f"[red]missed targets:[/] {', '.join(failed)}", highlight=False)


if __name__ == "__main__":
    typer.run(main)
