"""Merge and render at scale: a briefing from many stored extractions, with time and memory.

The stages run in a fresh interpreter (`python merge_bench.py STORE`), so its peak resident
memory is the briefing's own, not the benchmark's, and a stage that scales badly is stopped at a
time limit instead of hanging the benchmark. The child prints one JSON line per stage.
"""

from __future__ import annotations

import json
import re
import resource
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from synthetic import SYNTHETIC_CONFLICT, SYNTHETIC_DATE, synthetic_extractions

from summarize.actors import ActorTable
from summarize.store import Store

# "copies" is the near-duplicate search `brief` runs inside the merge (`texts=`): timed on its
# own, last, so the other stages are measured even when it does not finish.
STAGES = ("load", "merge", "render_md", "render_json", "render_html", "copies")
SYNTHETIC_KEY = "benchmark-synthetic"


def fill_store(db: Path, count: int) -> float:
    """Store `count` synthetic extractions (one transaction each, as a run would); seconds."""
    actors = ActorTable.load()
    started = time.perf_counter()
    with Store(db) as store:
        for extraction, text in synthetic_extractions(count, actors):
            store.save_success(
                source=extraction.article.source,
                text=text,
                extraction=extraction,
                extractor_key=SYNTHETIC_KEY,
            )
    return time.perf_counter() - started


def _peak_rss_mib() -> float:
    """This interpreter's own peak RSS. Linux keeps ru_maxrss across fork and exec (the parent's
    peak shows through), so read the memory map's high-water mark, which exec resets."""
    status = Path("/proc/self/status")
    if status.exists():
        found = re.search(r"^VmHWM:\s+(\d+) kB", status.read_text(), re.MULTILINE)
        if found:
            return int(found.group(1)) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _report(stage: str, seconds: float) -> None:
    print(json.dumps({"stage": stage, "seconds": seconds, "peak_rss_mib": _peak_rss_mib()}))
    sys.stdout.flush()


def run_stages(db: Path) -> None:
    """The child: load the store, merge, render each format, find copies; a line after each."""
    from summarize.merge import build_briefing
    from summarize.merge.copies import copy_groups
    from summarize.render import render_briefing

    actors = ActorTable.load()
    _report("start", 0.0)
    started = time.perf_counter()
    with Store(db) as store:
        extractions = [a.extraction for a in store.articles() if a.extraction is not None]
        texts = {e.article.sha256: store.text(e.article.sha256) or "" for e in extractions}
    _report("load", time.perf_counter() - started)
    started = time.perf_counter()
    briefing = build_briefing(
        extractions, date=SYNTHETIC_DATE, actors=actors, conflict=SYNTHETIC_CONFLICT
    )
    _report("merge", time.perf_counter() - started)
    for fmt in ("md", "json", "html"):
        started = time.perf_counter()
        render_briefing(briefing, fmt, texts)
        _report(f"render_{fmt}", time.perf_counter() - started)
    started = time.perf_counter()
    copy_groups(list(enumerate(extractions, start=1)), texts)
    _report("copies", time.perf_counter() - started)


@dataclass
class MergeTiming:
    extractions: int
    store_seconds: float
    seconds: dict[str, float] = field(default_factory=dict)
    baseline_rss_mib: float = 0.0
    peak_rss_mib: float = 0.0
    unfinished: str | None = None  # the stage still running at the time limit

    @property
    def complete(self) -> bool:
        return self.unfinished is None


def time_merge(db: Path, count: int, time_limit: float) -> MergeTiming:
    """Fill a store with `count` extractions, then time each stage in a child process."""
    timing = MergeTiming(extractions=count, store_seconds=fill_store(db, count))
    try:
        done = subprocess.run(
            [sys.executable, __file__, str(db)],
            capture_output=True,
            text=True,
            timeout=time_limit,
            check=False,
        )
        output = done.stdout
    except subprocess.TimeoutExpired as stopped:
        output = stopped.stdout.decode() if isinstance(stopped.stdout, bytes) else ""
    for line in output.splitlines():
        record = json.loads(line)
        if record["stage"] == "start":
            timing.baseline_rss_mib = record["peak_rss_mib"]
            continue
        timing.seconds[record["stage"]] = record["seconds"]
        timing.peak_rss_mib = record["peak_rss_mib"]
    timing.unfinished = next((stage for stage in STAGES if stage not in timing.seconds), None)
    return timing


if __name__ == "__main__":
    run_stages(Path(sys.argv[1]))
